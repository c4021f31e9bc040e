// `npm run bench`: a benchmark, not a test. Prints the build's CPU time (user + system, the build and
// every process it starts) and wall time for 3 clean builds, then what each page transfers (HTML + CSS +
// JS it loads, gzip), heaviest first. With BASELINE_DIR set to a checkout of eleventy-base-blog v9 (with
// its node_modules), each of our builds is paired with one of its `npx @11ty/eleventy` builds on the same
// machine at the same moment, and the ratio of CPU times is printed (the budget: at most 2.5).
import { execSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { listFiles, urlOfBuiltFile } from "../site/_lib/publish/files.ts";

/** CPU seconds (user + system) and wall seconds of a shell command and all its children. */
function measure(command: string, cwd = process.cwd()): { cpu: number; wall: number } {
  const start = performance.now();
  // bash's `times` prints the children's user and system time on its second line: "0m6.123s 0m0.456s".
  const out = execSync(`bash -c '${command} >/dev/null 2>/tmp/bench-stderr || { cat /tmp/bench-stderr >&2; exit 1; }; times'`, { cwd, encoding: "utf8" });
  const wall = (performance.now() - start) / 1000;
  const children = out.trim().split("\n").at(-1)!;
  const cpu = [...children.matchAll(/(\d+)m([\d.]+)s/g)].reduce((sum, m) => sum + Number(m[1]) * 60 + Number(m[2]), 0);
  return { cpu, wall };
}

const baseline = process.env.BASELINE_DIR;
const runs: { cpu: number; wall: number; base?: number }[] = [];
for (let i = 0; i < 3; i++) {
  rmSync("dist", { recursive: true, force: true });
  const ours = measure("npm run build --silent");
  let base: number | undefined;
  if (baseline) {
    rmSync(path.join(baseline, "_site"), { recursive: true, force: true });
    base = measure("npx @11ty/eleventy --quiet", baseline).cpu;
  }
  runs.push({ ...ours, base });
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const f = (n: number) => n.toFixed(2);
console.log(`Build (data check, print, Eleventy, islands, search index, finishing), 3 clean runs:`);
for (const r of runs) console.log(`  CPU ${f(r.cpu)} s, wall ${f(r.wall)} s${r.base !== undefined ? `; eleventy-base-blog CPU ${f(r.base)} s, ratio ${f(r.cpu / r.base)}` : ""}`);
console.log(`Median: CPU ${f(median(runs.map((r) => r.cpu)))} s, wall ${f(median(runs.map((r) => r.wall)))} s`);
if (baseline) console.log(`Median ratio to eleventy-base-blog (CPU): ${f(median(runs.map((r) => r.cpu / r.base!)))} (budget 2.5)`);
console.log("");

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const asset = (href: string) => gz(path.join("dist", href));

const rows = listFiles("dist")
  .filter((f) => f.endsWith(".html"))
  .map((rel) => {
    const file = path.join("dist", rel);
    const html = readFileSync(file, "utf8");
    const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].reduce((sum, m) => sum + asset(m[1]!), 0);
    const js = [...html.matchAll(/<script src="([^"]+)"/g)].reduce((sum, m) => sum + asset(m[1]!), 0);
    const url = urlOfBuiltFile(rel);
    return { url, html: gz(file), css, js, total: gz(file) + css + js };
  })
  .sort((a, b) => b.total - a.total);

console.log("page".padEnd(34) + "html".padStart(7) + "css".padStart(7) + "js".padStart(7) + "total".padStart(8) + "  html+css");
for (const r of rows) console.log(r.url.padEnd(34) + String(r.html).padStart(7) + String(r.css).padStart(7) + String(r.js).padStart(7) + String(r.total).padStart(8) + String(r.html + r.css).padStart(10));
const json = readdirSync("dist/assets").filter((f) => f.endsWith(".json")).map((f) => `${f} ${asset(`/assets/${f}`)}`);
console.log(`\n${rows.length} pages. Heaviest: ${rows[0]!.url} ${rows[0]!.total} bytes gzip (HTML+CSS ${rows[0]!.html + rows[0]!.css}).`);
console.log(`Tree strings fetched by the island (gzip): ${json.join(", ")}`);
