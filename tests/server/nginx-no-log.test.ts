// The privacy page says the server keeps no visitor log. This runs scripts/deploy/nginx.conf in a real
// nginx under Debian's default logging (an access log and an error log in the http context, as
// /etc/nginx/nginx.conf sets them), walks the tree's static pages, asks for a missing and a malformed
// address, and then reads both logs: neither may hold a visitor's address or a page that was asked for.
import { existsSync, readFileSync } from "node:fs";
import { request } from "node:http";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nginxMissing as missing, startNginx, type RunningNginx } from "./nginx-run.ts";

/** A raw GET (the path is sent as written, so a malformed one reaches nginx as it is). */
const get = (port: number, urlPath: string) =>
  new Promise<number>((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path: urlPath, headers: { "user-agent": "no-log-test" } }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", reject);
    req.end();
  });

describe.skipIf(Boolean(missing))(`nginx keeps no visitor log${missing ? ` (skipped: ${missing})` : ""}`, () => {
  const port = 20000 + ((process.pid + 7919) % 20000);
  let nginx: RunningNginx | undefined;
  let prefix = "";

  beforeAll(async () => {
    nginx = await startNginx(port, { debianLogs: true });
    prefix = nginx.prefix;
  });

  afterAll(async () => {
    await nginx?.stop();
  });

  it("writes neither the visitor's address nor the pages asked for, also for missing and malformed addresses", async () => {
    const asked = ["/uk/melden/", "/uk/melden/q10/", "/uk/melden/r20/", "/ru/melden/r26/", "/nl/privacy/", "/nl/no-such-page/", "/%2e%2e/%2e%2e/etc/passwd"];
    const statuses = [];
    for (const p of asked) statuses.push(await get(port, p));
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses[5]).toBe(404);
    // Let the worker flush whatever it would write.
    await new Promise((r) => setTimeout(r, 300));
    const read = (name: string) => (existsSync(path.join(prefix, name)) ? readFileSync(path.join(prefix, name), "utf8") : "");
    const logs = read("access.log") + read("error.log");
    expect(read("access.log")).toBe("");
    expect(logs).not.toContain("127.0.0.1");
    for (const p of ["melden", "q10", "r20", "r26", "no-such-page", "passwd", "no-log-test"]) expect(logs).not.toContain(p);
  });
});
