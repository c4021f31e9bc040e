import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { securityHeaders, toHeadersFile, toNginx } from "../../site/_lib/security-headers.ts";

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

  it("the build's _headers file and the repository's nginx snippet come from the same source", () => {
    expect(readFileSync("dist/_headers", "utf8")).toBe(toHeadersFile());
    expect(readFileSync("scripts/deploy/nginx-security-headers.conf", "utf8")).toBe(toNginx());
    expect(toNginx()).toContain(`add_header Content-Security-Policy "${csp}" always;`);
  });
});
