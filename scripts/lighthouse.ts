// `npm run lighthouse`: a benchmark, not a test. Serves dist/ (build first) with the local server on a
// loopback port, runs Lighthouse 12 (the npm package, with the system Chromium or CHROME_PATH) on one
// page of each kind, and prints the four scores. Aim: 100 everywhere. About 15 s a page.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { promisify } from "node:util";
import { createSiteServer } from "./site-server.ts";

const dist = path.resolve("dist");
if (!existsSync(path.join(dist, "index.html"))) throw new Error("dist/ is missing: run `npm run build` first");

/** One page of each kind; the search page joins when the build has one. */
const kinds: [string, string][] = [
  ["language chooser", "/"],
  ["content page (uk)", "/uk/signalen/"],
  ["tree start (ru)", "/ru/melden/"],
  ["advice page (nl)", "/nl/melden/r1/"],
  ...(["zoeken", "search"].filter((p) => existsSync(path.join(dist, `en/${p}/index.html`))).map((p) => ["search page (en)", `/en/${p}/`] as [string, string])),
];
const categories = ["performance", "accessibility", "best-practices", "seo"] as const;

const chrome = process.env.CHROME_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const server = createSiteServer(dist);
await new Promise<void>((resolve) => server.listen(Number(process.env.PORT ?? 0), "127.0.0.1", resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

interface Report {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { score: number | null; title: string; scoreDisplayMode: string }>;
}

const rows: string[][] = [];
const failing: string[] = [];
try {
  for (const [kind, url] of kinds) {
    const { stdout } = await promisify(execFile)(
      path.resolve("node_modules/.bin/lighthouse"),
      [`${base}${url}`, "--output=json", "--output-path=stdout", "--quiet", `--only-categories=${categories.join(",")}`,
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu"],
      { env: { ...process.env, ...(chrome ? { CHROME_PATH: chrome } : {}) }, maxBuffer: 64 * 1024 * 1024 },
    );
    const report = JSON.parse(stdout) as Report;
    const scores = categories.map((c) => Math.round((report.categories[c]?.score ?? 0) * 100));
    rows.push([kind, url, ...scores.map(String)]);
    console.log(`${kind.padEnd(20)} ${url.padEnd(16)} ${scores.map((s) => String(s).padStart(4)).join(" ")}`);
    for (const [id, audit] of Object.entries(report.audits)) {
      if (audit.score !== null && audit.score < 1 && ["binary", "numeric", "metricSavings"].includes(audit.scoreDisplayMode))
        failing.push(`  ${url}: ${id} (${audit.title}) ${audit.score}`);
    }
  }
} finally {
  server.close();
}

console.log(`\n| page | address | ${categories.join(" | ")} |\n|---|---|${categories.map(() => "---").join("|")}|`);
for (const row of rows) console.log(`| ${row.join(" | ")} |`);
if (failing.length) console.log(`\nAudits below full marks:\n${failing.join("\n")}`);
