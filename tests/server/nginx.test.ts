// The repository's nginx configuration (scripts/deploy/nginx.conf with the two generated includes) in a
// real nginx, on a loopback port, serving the built site: it must pass the same HTTP checks as the local
// server. Only the paths and the listen address are replaced. Where nginx is not installed the test is
// skipped with a message; in CI (CI=true, where .ci/run installs it) a missing nginx is a failure.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, it } from "vitest";
import { httpChecks } from "./http-checks.ts";

const NGINX = ["/usr/sbin/nginx", "/usr/local/sbin/nginx"].find(existsSync);
const BROTLI = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";
const missing = !NGINX ? "nginx is not installed" : !existsSync(BROTLI) ? `${BROTLI} is missing (libnginx-mod-http-brotli-static)` : "";
if (missing && process.env.CI) throw new Error(`${missing}: CI must run the nginx test (.ci/run installs nginx)`);

const repo = process.cwd();
const deployed = "/srv/mensenhandel";

/** The server block as kept in the repository, pointed at this checkout and a loopback port. */
export function serverBlockFor(port: number): string {
  const conf = readFileSync(path.join(repo, "scripts/deploy/nginx.conf"), "utf8");
  const replaced = conf.replaceAll(deployed, repo).replace(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`);
  if (!replaced.includes(`127.0.0.1:${port}`) || replaced.includes(deployed)) throw new Error("nginx.conf: expected `listen 80;` and paths under /srv/mensenhandel/");
  return replaced;
}

/** The minimal main configuration around it: foreground, everything inside the test's own prefix. */
function mainConfig(prefix: string, serverBlock: string): string {
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((t) => `    ${t}_temp_path ${prefix}/${t};`).join("\n");
  return `load_module ${BROTLI};
${process.getuid?.() === 0 ? "user root; # the checkout may sit under /root, which www-data cannot read\n" : ""}daemon off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 64; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
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

describe.skipIf(Boolean(missing))(`the nginx configuration in a real nginx${missing ? ` (skipped: ${missing})` : ""}`, () => {
  const port = 20000 + (process.pid % 20000);
  let prefix = "";
  let nginx: ChildProcess | undefined;

  beforeAll(async () => {
    if (!existsSync(path.join(repo, "dist/index.html"))) throw new Error("dist/ is missing: run `npm run build` first");
    prefix = mkdtempSync(path.join(tmpdir(), "nginx-test-"));
    for (const t of ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]) mkdirSync(path.join(prefix, t));
    writeFileSync(path.join(prefix, "site.conf"), serverBlockFor(port));
    writeFileSync(path.join(prefix, "nginx.conf"), mainConfig(prefix, "site.conf"));
    const args = ["-p", prefix, "-c", path.join(prefix, "nginx.conf")];
    const check = spawnSync(NGINX!, [...args, "-t"], { encoding: "utf8" });
    if (check.status !== 0) throw new Error(`nginx -t refused the configuration:\n${check.stderr}`);
    nginx = spawn(NGINX!, args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    nginx.stderr!.on("data", (d) => (stderr += d));
    for (let i = 0; i < 100 && !(await portIsOpen(port)); i++) {
      if (nginx.exitCode !== null) throw new Error(`nginx stopped at start:\n${stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  });

  afterAll(async () => {
    if (nginx?.pid && nginx.exitCode === null) {
      const exited = new Promise((r) => nginx!.once("exit", r));
      process.kill(nginx.pid, "SIGQUIT"); // the master, by its PID: it stops its worker and exits
      await exited;
    }
    if (prefix) rmSync(prefix, { recursive: true, force: true });
  });

  it("loads the repository's configuration", () => {
    // (beforeAll has run `nginx -t` on it and started it; the checks below talk to it.)
  });

  httpChecks(() => port, [400, 404]);
});
