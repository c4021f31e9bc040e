// `npm run bench`: a benchmark, not a test. Prints the build time (median of 3 clean builds) and what
// each page transfers (HTML + CSS + JS it loads, gzip), heaviest first.
import { execSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { listFiles, urlOfBuiltFile } from "../site/_lib/publish/files.ts";

const times: number[] = [];
for (let i = 0; i < 3; i++) {
  rmSync("dist", { recursive: true, force: true });
  const start = performance.now();
  execSync("npm run build --silent", { stdio: ["ignore", "ignore", "inherit"] });
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
console.log(`Build (check-data + Eleventy + islands + fingerprints, headers, sitemap, .br/.gz), 3 clean runs: ${times.map((t) => (t / 1000).toFixed(2)).join(" s, ")} s`);
console.log(`Median build time: ${(times[1]! / 1000).toFixed(2)} s\n`);

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
