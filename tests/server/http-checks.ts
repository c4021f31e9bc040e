// The HTTP checks every server of the built site must pass: the local server (server.test.ts) and the
// repository's nginx configuration in a real nginx (nginx.test.ts). Requests are sent raw over a socket,
// so nothing normalises the hostile addresses on the way.
import { readdirSync, readFileSync } from "node:fs";
import { connect } from "node:net";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { expect, it } from "vitest";
import { cacheControl, securityHeaders } from "../../site/_lib/publish/security-headers.ts";

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  text: string;
}

export function raw(port: number, target: string, method = "GET", extra: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const head = Object.entries({ Host: "localhost", Connection: "close", ...extra }).map(([k, v]) => `${k}: ${v}\r\n`).join("");
    const socket = connect(port, "127.0.0.1", () => socket.write(`${method} ${target} HTTP/1.1\r\n${head}\r\n`));
    const chunks: Buffer[] = [];
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("error", reject);
    socket.on("end", () => {
      const data = Buffer.concat(chunks);
      const split = data.indexOf("\r\n\r\n");
      const [statusLine, ...lines] = data.subarray(0, split).toString("latin1").split("\r\n");
      const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(":")).toLowerCase(), l.slice(l.indexOf(":") + 1).trim()]));
      const body = data.subarray(split + 4);
      resolve({ status: Number(statusLine!.split(" ")[1]), headers, body, text: body.toString("utf8") });
    });
  });
}

const dist = path.resolve("dist");
/** The fingerprinted quick-exit script of the current build ("/assets/exit.<hash>.js"). */
const exitScript = () => `/assets/${readdirSync(path.join(dist, "assets")).find((f) => /^exit\.[0-9a-f]{10}\.js$/.test(f))}`;

export const hostile = [
  "/../package.json",
  "/../../../../etc/passwd",
  "/%2e%2e/package.json",
  "/%2e%2e/%2e%2e/etc/passwd",
  "/nl/%2f..%2f..%2fpackage.json",
  "/..%5cpackage.json",
  "/nl/index.html%00.css",
  "//etc/passwd",
  "http://localhost/../package.json",
  `/${"a/".repeat(3000)}`,
];

/**
 * `refused`: the statuses a hostile address may get. The local server answers 404 to all; nginx answers
 * 400 to what it cannot even normalise (traversal above the root), with the same neutral 404 page.
 */
export function httpChecks(port: () => number, refused: readonly number[]) {
  const get = (url: string, method?: string, extra?: Record<string, string>) => raw(port(), url, method, extra);

  it.each(["/", "/nl/", "/uk/melden/q3/", "/assets/site.css", "/assets/tree.nl.json", "/ru/no-such-page/", "/zz"])(
    "%s carries every security header",
    async (url) => {
      const response = await get(url.replace("/assets/site.css", exitScript()));
      for (const [name, value] of Object.entries(securityHeaders)) expect(response.headers[name.toLowerCase()], name).toBe(value);
    },
  );

  it("serves pages, and an unknown tree node gets that language's 404 page with a link to the start", async () => {
    expect((await get("/nl/")).status).toBe(200);
    expect((await get("/uk/signalen/")).status).toBe(200);
    expect((await get("/uk/signalen")).text).toContain('<html lang="uk"'); // no slash: the same page
    const missing = await get("/nl/melden/zzz/");
    expect(missing.status).toBe(404);
    expect(missing.text).toContain('lang="nl"');
    expect(missing.text).toContain('href="/nl/melden/"');
    for (const locale of ["en", "uk", "ru"]) {
      const page = await get(`/${locale}/nothing-here/`);
      expect(page.status).toBe(404);
      expect(page.text).toContain(`<html lang="${locale}"`);
    }
    const outside = await get("/nothing-here/");
    expect(outside.status).toBe(404);
    expect(outside.text).toContain('<html lang="nl"');
    expect(outside.text).toContain('href="/uk/"'); // the four-language chooser
  });

  const label = (url: string) => (url.length > 60 ? `${url.slice(0, 12)}… (${url.length} characters)` : url);
  it.each(hostile.map((url) => [label(url), url]))("%s is refused with the 404 page and no file outside dist/", async (_, url) => {
    const response = await get(url);
    expect(refused).toContain(response.status);
    expect(response.text).not.toMatch(/root:|"devDependencies"|"name": "mensenhandel/);
    expect(response.text).toContain("<!DOCTYPE html>");
    expect(response.headers["content-security-policy"]).toBe(securityHeaders["Content-Security-Policy"]);
  });

  it("lists no directory and serves no dot file or _headers", async () => {
    for (const url of ["/assets/", "/_headers", "/.well-known/"]) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(response.text, url).not.toMatch(/Index of|tree\.nl\.json|Content-Security-Policy:/);
    }
  });

  it("refuses methods other than GET and HEAD", async () => {
    expect((await get("/nl/", "POST")).status).toBe(405);
  });

  it("sends the build's brotli or gzip copy when the browser accepts it, the same page either way", async () => {
    const plain = readFileSync(path.join(dist, "uk/index.html"));
    const br = await get("/uk/", "GET", { "Accept-Encoding": "gzip, deflate, br" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers["vary"]).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.body).equals(plain)).toBe(true);
    const gz = await get("/uk/", "GET", { "Accept-Encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body).equals(plain)).toBe(true);
    const identity = await get("/uk/");
    expect(identity.headers["content-encoding"]).toBeUndefined();
    expect(identity.body.equals(plain)).toBe(true);
    const script = await get(exitScript(), "GET", { "Accept-Encoding": "br" });
    expect(script.headers["content-encoding"]).toBe("br");
    expect(script.headers["content-type"]).toMatch(/javascript/);
  });

  it("caches fingerprinted scripts and styles for a year, and revalidates pages and the tree's texts", async () => {
    expect((await get(exitScript())).headers["cache-control"]).toBe(cacheControl.immutable);
    for (const url of ["/", "/nl/", "/ru/melden/", "/assets/tree.uk.json", "/favicon.svg"]) {
      expect((await get(url)).headers["cache-control"], url).toBe(cacheControl.revalidate);
    }
    const missing = await get(exitScript().replace(/[0-9a-f]{10}/, "0000000000"));
    expect(missing.status).toBe(404);
    expect(missing.headers["cache-control"]).not.toContain("immutable");
  });
}

