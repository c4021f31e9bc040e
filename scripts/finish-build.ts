// The last build step (it must stay last: it compresses what the steps before it wrote into dist/).
// 1. Fingerprints every CSS and JS file in dist/assets/ (content-hashed names) and rewrites the pages
//    that load them, so they can be cached for a year. The tree's JSON keeps its plain name.
// 2. Writes the headers, from their one source, as dist/_headers and as the nginx snippets kept in the
//    repository (scripts/deploy/).
// 3. Writes sitemap.xml and robots.txt with the public address (SITE_URL).
// 4. Writes .br and .gz beside every text file.
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fingerprintedName, isFingerprintable, isFingerprinted, rewriteReferences } from "../site/_lib/publish/fingerprint.ts";
import { listFiles, urlOfBuiltFile } from "../site/_lib/publish/files.ts";
import { compressBoth, isCompressible, isPrecompressed } from "../site/_lib/publish/precompress.ts";
import { toHeadersFile, toNginx, toNginxCacheMap } from "../site/_lib/publish/security-headers.ts";
import { siteUrl } from "../site/_lib/publish/site-url.ts";
import { robotsTxt, sitemapXml } from "../site/_lib/publish/sitemap.ts";

const dist = path.resolve("dist");
const assets = path.join(dist, "assets");

// Copies from earlier builds: old fingerprinted names and compressed files would otherwise linger.
for (const rel of listFiles(dist)) {
  if (isPrecompressed(rel) || (rel.startsWith("assets/") && isFingerprinted(rel))) rmSync(path.join(dist, rel));
}

// A bundle that loads another one ("exit.js" loads "search.js" on demand) must name the other's final
// name, and that changes its own hash: so leaves first, then the bundles that refer to them.
const renames = new Map<string, string>();
let waiting = readdirSync(assets).filter(isFingerprintable);
while (waiting.length) {
  const refersToWaiting = (name: string) => {
    const text = readFileSync(path.join(assets, name), "utf8");
    return waiting.some((other) => other !== name && text.includes(`/assets/${other}`));
  };
  const ready = waiting.filter((name) => !refersToWaiting(name));
  if (!ready.length) throw new Error(`finish-build: assets refer to each other in a circle: ${waiting.join(", ")}`);
  for (const name of ready) {
    const file = path.join(assets, name);
    const text = rewriteReferences(readFileSync(file, "utf8"), renames);
    const hashed = fingerprintedName(name, new TextEncoder().encode(text));
    writeFileSync(path.join(assets, hashed), text);
    rmSync(file);
    renames.set(`/assets/${name}`, `/assets/${hashed}`);
  }
  waiting = waiting.filter((name) => !ready.includes(name));
}
const pages = listFiles(dist).filter((f) => f.endsWith(".html"));
for (const rel of pages) {
  const file = path.join(dist, rel);
  const html = readFileSync(file, "utf8");
  const rewritten = rewriteReferences(html, renames);
  if (rewritten !== html) writeFileSync(file, rewritten);
}

writeFileSync(path.join(dist, "_headers"), toHeadersFile(undefined, [...renames.values()].sort()));
writeFileSync("scripts/deploy/nginx-security-headers.conf", toNginx());
writeFileSync("scripts/deploy/nginx-cache-map.conf", toNginxCacheMap());

const base = siteUrl();
writeFileSync(path.join(dist, "sitemap.xml"), sitemapXml(pages.map(urlOfBuiltFile), base));
writeFileSync(path.join(dist, "robots.txt"), robotsTxt(base));

for (const rel of listFiles(dist).filter(isCompressible)) {
  const file = path.join(dist, rel);
  const { br, gz } = compressBoth(readFileSync(file));
  writeFileSync(`${file}.br`, br);
  writeFileSync(`${file}.gz`, gz);
}
