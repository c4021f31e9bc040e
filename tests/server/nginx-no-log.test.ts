// The privacy page says the server keeps no visitor log. This runs scripts/deploy/nginx.conf in a real
// nginx under Debian's default logging (an access log and an error log in the http context, as
// /etc/nginx/nginx.conf sets them), walks the tree's static pages, asks for a missing and a malformed
// address, and then reads both logs: neither may hold a visitor's address or a page that was asked for.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const NGINX = ["/usr/sbin/nginx", "/usr/local/sbin/nginx"].find(existsSync);
const BROTLI = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";
const missing = !NGINX ? "nginx is not installed" : !existsSync(BROTLI) ? `${BROTLI} is missing` : "";
if (missing && process.env.CI) throw new Error(`${missing}: CI must run the nginx test (.ci/run installs nginx)`);

/** The repository's server block, pointed at this checkout and a loopback port (as in nginx.test.ts). */
function serverBlockFor(port: number): string {
  const conf = readFileSync(path.join(process.cwd(), "scripts/deploy/nginx.conf"), "utf8");
  return conf.replaceAll("/srv/mensenhandel", process.cwd()).replace(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`);
}

/** Like Debian's /etc/nginx/nginx.conf: a default access log and error log for every server. */
function debianLikeConfig(prefix: string): string {
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((t) => `    ${t}_temp_path ${prefix}/${t};`).join("\n");
  return `load_module ${BROTLI};
${process.getuid?.() === 0 ? "user root;\n" : ""}daemon off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log;
events { worker_connections 64; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log ${prefix}/access.log;
${temp}
    include ${prefix}/site.conf;
}
`;
}

const portIsOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, "127.0.0.1", () => (socket.destroy(), resolve(true)));
    socket.on("error", () => resolve(false));
  });

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
  let prefix = "";
  let nginx: ChildProcess | undefined;

  beforeAll(async () => {
    if (!existsSync(path.join(process.cwd(), "dist/index.html"))) throw new Error("dist/ is missing: run `npm run build` first");
    prefix = mkdtempSync(path.join(tmpdir(), "nginx-log-test-"));
    for (const t of ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]) mkdirSync(path.join(prefix, t));
    writeFileSync(path.join(prefix, "site.conf"), serverBlockFor(port));
    writeFileSync(path.join(prefix, "nginx.conf"), debianLikeConfig(prefix));
    const args = ["-p", prefix, "-c", path.join(prefix, "nginx.conf")];
    const check = spawnSync(NGINX!, [...args, "-t"], { encoding: "utf8" });
    if (check.status !== 0) throw new Error(`nginx -t refused the configuration:\n${check.stderr}`);
    nginx = spawn(NGINX!, args, { stdio: "ignore" });
    for (let i = 0; i < 100 && !(await portIsOpen(port)); i++) await new Promise((r) => setTimeout(r, 50));
  });

  afterAll(async () => {
    if (nginx?.pid && nginx.exitCode === null) {
      const exited = new Promise((r) => nginx!.once("exit", r));
      process.kill(nginx.pid, "SIGQUIT");
      await exited;
    }
    if (prefix) rmSync(prefix, { recursive: true, force: true });
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
