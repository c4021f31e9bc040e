// Runs the repository's nginx configuration (scripts/deploy/nginx.conf with its generated includes) in a
// real nginx on a loopback port, serving this checkout's dist/: only the paths and the listen address are
// replaced, everything else lives in a temporary prefix. Shared by the nginx tests.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

const NGINX = ["/usr/sbin/nginx", "/usr/local/sbin/nginx"].find(existsSync);
const BROTLI = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";

/** Why nginx cannot run here ("" when it can). In CI (.ci/run installs nginx) a missing nginx is a failure. */
export const nginxMissing = !NGINX ? "nginx is not installed" : !existsSync(BROTLI) ? `${BROTLI} is missing (libnginx-mod-http-brotli-static)` : "";
if (nginxMissing && process.env.CI) throw new Error(`${nginxMissing}: CI must run the nginx tests (.ci/run installs nginx)`);

const repo = process.cwd();
const deployed = "/srv/mensenhandel";
const TEMP_DIRS = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"];

/** The server block as kept in the repository, pointed at this checkout and a loopback port. */
export function serverBlockFor(port: number): string {
  const conf = readFileSync(path.join(repo, "scripts/deploy/nginx.conf"), "utf8");
  const replaced = conf.replaceAll(deployed, repo).replace(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`);
  if (!replaced.includes(`127.0.0.1:${port}`) || replaced.includes(deployed)) throw new Error("nginx.conf: expected `listen 80;` and paths under /srv/mensenhandel/");
  return replaced;
}

/**
 * The main configuration around it: foreground, everything inside the prefix. `debianLogs` adds an access
 * log and an error log in the http context, as Debian's /etc/nginx/nginx.conf does for every server.
 */
function mainConfig(prefix: string, debianLogs: boolean): string {
  const temp = TEMP_DIRS.map((t) => `    ${t}_temp_path ${prefix}/${t};`).join("\n");
  return `load_module ${BROTLI};
${process.getuid?.() === 0 ? "user root; # the checkout may sit under /root, which www-data cannot read\n" : ""}daemon off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log${debianLogs ? "" : " warn"};
events { worker_connections 64; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log ${debianLogs ? `${prefix}/access.log` : "off"};
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

export interface RunningNginx {
  prefix: string;
  stop(): Promise<void>;
}

export async function startNginx(port: number, { debianLogs = false } = {}): Promise<RunningNginx> {
  if (!existsSync(path.join(repo, "dist/index.html"))) throw new Error("dist/ is missing: run `npm run build` first");
  const prefix = mkdtempSync(path.join(tmpdir(), "nginx-test-"));
  for (const t of TEMP_DIRS) mkdirSync(path.join(prefix, t));
  writeFileSync(path.join(prefix, "site.conf"), serverBlockFor(port));
  writeFileSync(path.join(prefix, "nginx.conf"), mainConfig(prefix, debianLogs));
  const args = ["-p", prefix, "-c", path.join(prefix, "nginx.conf")];
  const check = spawnSync(NGINX!, [...args, "-t"], { encoding: "utf8" });
  if (check.status !== 0) throw new Error(`nginx -t refused the configuration:\n${check.stderr}`);
  const nginx: ChildProcess = spawn(NGINX!, args, { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  nginx.stderr!.on("data", (d) => (stderr += d));
  for (let i = 0; i < 100 && !(await portIsOpen(port)); i++) {
    if (nginx.exitCode !== null) throw new Error(`nginx stopped at start:\n${stderr}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    prefix,
    async stop() {
      if (nginx.pid && nginx.exitCode === null) {
        const exited = new Promise((r) => nginx.once("exit", r));
        process.kill(nginx.pid, "SIGQUIT"); // the master, by its PID: it stops its worker and exits
        await exited;
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
