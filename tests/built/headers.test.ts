import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";
import { cacheControl, cacheControlFor, securityHeaders, toHeadersFile, toNginx, toNginxCacheMap } from "../../site/_lib/publish/security-headers.ts";

const csp = securityHeaders["Content-Security-Policy"]!;

describe("security headers", () => {
  it("the policy allows only what the pages need", () => {
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https?:/);
    // Scripts: same origin, plus WebAssembly for Pagefind's search (nothing else; no eval).
    expect(csp).toMatch(/(^|; )script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    for (const directive of ["default-src 'none'", "worker-src 'none'", "style-src 'self'", "connect-src 'self'", "form-action 'none'", "frame-ancestors 'none'", "base-uri 'none'"])
      expect(csp).toContain(directive);
    expect(securityHeaders["Referrer-Policy"]).toBe("no-referrer");
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) expect(securityHeaders["Permissions-Policy"]).toContain(`${feature}=()`);
    expect(securityHeaders["X-Content-Type-Options"]).toBe("nosniff");
    expect(securityHeaders["Cross-Origin-Opener-Policy"]).toBe("same-origin");
    expect(securityHeaders["Strict-Transport-Security"]).toMatch(/max-age=\d{7,}/);
  });

  it("the build's _headers file and the repository's nginx snippets come from the same source", () => {
    const fingerprinted = readdirSync("dist/assets").filter((f) => /\.[0-9a-f]{10}\.(css|js)$/.test(f)).map((f) => `/assets/${f}`).sort();
    const headersFile = readFileSync("dist/_headers", "utf8");
    expect(headersFile).toBe(toHeadersFile(undefined, fingerprinted));
    // Each fingerprinted file has its own immutable rule; nothing else sets Cache-Control, so no two
    // rules' values are joined into a contradiction on Netlify or Cloudflare.
    expect(headersFile.match(/Cache-Control: /g)?.length).toBe(fingerprinted.length);
    for (const file of fingerprinted) expect(headersFile).toContain(`${file}\n  Cache-Control: ${cacheControl.immutable}\n`);
    expect(readFileSync("scripts/deploy/nginx-security-headers.conf", "utf8")).toBe(toNginx());
    expect(readFileSync("scripts/deploy/nginx-cache-map.conf", "utf8")).toBe(toNginxCacheMap());
    expect(toNginx()).toContain(`add_header Content-Security-Policy "${csp}" always;`);
  });

  it("only content-hashed scripts and styles are cached for a year; pages and data are revalidated", () => {
    expect(cacheControlFor("/assets/exit.0123abcdef.js")).toBe(cacheControl.immutable);
    expect(cacheControlFor("/assets/site.0123abcdef.css")).toBe(cacheControl.immutable);
    for (const path of ["/assets/exit.js", "/assets/tree.nl.json", "/nl/", "/index.html", "/favicon.svg", "/x/assets/a.0123abcdef.js"])
      expect(cacheControlFor(path), path).toBe(cacheControl.revalidate);
    expect(cacheControl.immutable).toMatch(/max-age=31536000.*immutable/);
  });
});
