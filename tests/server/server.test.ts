// The local server: real headers on every response, and odd or hostile addresses get the 404 page,
// never a file outside dist/. Requests are sent raw, so nothing normalises them on the way.
import { connect } from "node:net";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { securityHeaders } from "../../site/_lib/security-headers.ts";
import { createSiteServer } from "../../scripts/site-server.ts";

const server = createSiteServer(path.resolve("dist"));
let port = 0;
beforeAll(() => new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => ((port = (server.address() as AddressInfo).port), resolve()))));
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function raw(target: string, method = "GET"): Promise<{ status: number; headers: Record<string, string>; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => socket.write(`${method} ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`));
    let data = "";
    socket.setEncoding("latin1");
    socket.on("data", (chunk) => (data += chunk));
    socket.on("error", reject);
    socket.on("end", () => {
      const [head, ...rest] = data.split("\r\n\r\n");
      const [statusLine, ...lines] = head!.split("\r\n");
      const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(":")).toLowerCase(), l.slice(l.indexOf(":") + 1).trim()]));
      resolve({ status: Number(statusLine!.split(" ")[1]), headers, body: rest.join("\r\n\r\n") });
    });
  });
}

describe("the local server", () => {
  it.each(["/", "/nl/", "/uk/melden/q3/", "/assets/site.css", "/assets/tree.js", "/ru/no-such-page/"])("%s carries every security header", async (url) => {
    const response = await raw(url);
    for (const [name, value] of Object.entries(securityHeaders)) expect(response.headers[name.toLowerCase()], name).toBe(value);
  });

  it("serves pages, and an unknown tree node gets that language's 404 page with a link to the start", async () => {
    expect((await raw("/nl/")).status).toBe(200);
    const missing = await raw("/nl/melden/zzz/");
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('lang="nl"');
    expect(missing.body).toContain('href="/nl/melden/"');
    expect((await raw("/uk/nothing")).body).toContain('lang="uk"');
  });

  const hostile = [
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
  it.each(hostile)("%s gets the 404 page and no file outside dist/", async (url) => {
    const response = await raw(url);
    expect(response.status).toBe(404);
    expect(response.body).not.toMatch(/root:|"devDependencies"|"name": "mensenhandel/);
    expect(response.body).toContain("<!DOCTYPE html>");
    expect(response.headers["content-security-policy"]).toBe(securityHeaders["Content-Security-Policy"]);
  });

  it("refuses methods other than GET and HEAD", async () => {
    expect((await raw("/nl/", "POST")).status).toBe(405);
  });
});
