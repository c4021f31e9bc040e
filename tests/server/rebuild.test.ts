// The nightly rebuild (scripts/deploy/rebuild.sh, docs/deploying.md) against a temporary web root: a
// failed build leaves the last good site up and says why; a good build is switched in as a whole, built
// for the real day even when SITE_TODAY is set in the environment.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const repo = process.cwd();
const script = path.join(repo, "scripts/deploy/rebuild.sh");
let root = "";

function rebuild(env: Record<string, string>) {
  const run = spawnSync("sh", [script], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1", SITE_ROOT: root, ...env } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
/** What nginx would send for "/": the served dist/ resolved through its link. */
const servedHome = () => readFileSync(path.join(root, "dist", "index.html"), "utf8");
const buildFolders = () => readdirSync(path.join(root, "releases")).filter((f) => f.startsWith(".build-"));

beforeAll(() => {
  // A web root like /srv/mensenhandel: the code, node_modules, and the site that is up now.
  root = mkdtempSync(path.join(tmpdir(), "rebuild-"));
  for (const entry of ["site", "_data", "_includes", "scripts", "eleventy.config.js", "package.json", "tsconfig.json"])
    cpSync(path.join(repo, entry), path.join(root, entry), { recursive: true });
  symlinkSync(path.join(repo, "node_modules"), path.join(root, "node_modules"));
  mkdirSync(path.join(root, "releases", "20261201T000500Z"), { recursive: true });
  writeFileSync(path.join(root, "releases", "20261201T000500Z", "index.html"), "<p>the last good site</p>");
  symlinkSync("releases/20261201T000500Z", path.join(root, "dist"));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("scripts/deploy/rebuild.sh", () => {
  it("a failed build leaves the last good site up and reports why", () => {
    // Forced failure: the build refuses a public address that is not https.
    const { status, stderr } = rebuild({ SITE_URL: "http://www.example.org" });
    expect(status).toBe(1);
    expect(stderr).toContain("rebuild: FAILED: npm run build exited with 1");
    expect(stderr).toContain("rebuild: the site was not changed; nginx still serves releases/20261201T000500Z");
    // The reason from the build itself, and where the whole log is.
    expect(stderr).toContain('SITE_URL: "http://www.example.org" must start with https://');
    const log = /rebuild: log: (\S+)/.exec(stderr)?.[1];
    expect(log && readFileSync(log, "utf8")).toContain("must start with https://");

    expect(readlinkSync(path.join(root, "dist"))).toBe("releases/20261201T000500Z");
    expect(servedHome()).toBe("<p>the last good site</p>");
    expect(buildFolders()).toEqual([]);
  });

  it("a good build is switched in whole, for the real day, and the previous release is kept", () => {
    const startDay = new Date().toISOString().slice(0, 10);
    const { status, stdout, stderr } = rebuild({ SITE_URL: "https://www.example.org", SITE_TODAY: "2027-01-02" });
    expect(stderr).not.toContain("FAILED");
    expect(status).toBe(0);
    const release = /serving (releases\/\d{8}T\d{6}Z)/.exec(stdout)?.[1];
    expect(release).toBeDefined();
    expect(lstatSync(path.join(root, "dist")).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path.join(root, "dist"))).toBe(release);
    expect(servedHome()).toContain('<link rel="canonical" href="https://www.example.org/"/>');
    expect(existsSync(path.join(root, "dist", "nl", "rechten-op-het-werk", "index.html"))).toBe(true);
    expect(existsSync(path.join(root, "releases", "20261201T000500Z", "index.html"))).toBe(true);
    expect(buildFolders()).toEqual([]);

    // SITE_TODAY was not passed on: the build judged the facts on the real (UTC) day.
    // (The day read before and after the run: a run may cross midnight.)
    const today = new Date().toISOString().slice(0, 10);
    const log = readFileSync(path.join(root, "logs", readdirSync(path.join(root, "logs")).sort().at(-1)!), "utf8");
    expect([`for ${startDay}`, `for ${today}`].some((line) => log.includes(line)), log.slice(0, 200)).toBe(true);
    if (today < "2027-01-01") expect(log).not.toContain("expired on 2027-01-01");
  }, 300_000);
});
