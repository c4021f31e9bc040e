// Build step: the Pagefind index, one per language (from <html lang>), written to dist/pagefind/.
// Only pages marked data-pagefind-body are indexed (content pages and the tree's start page, see
// site/_lib/search/search.ts). Before a page goes in, its words from _data/search-topics.ts are put in front
// of its main content, weighted, in the index only (the built page does not change): so everyday words,
// synonyms and the Ukrainian forms Pagefind cannot stem find the right page first. The browser skips
// those words when it shows an excerpt (the `skip` meta says how many there are).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import * as pagefind from "pagefind";
import searchTopics from "../_data/search-topics.ts";
import { isLocale, localeOfUrl } from "../site/_lib/i18n/locale-url.ts";
import { isIndexed, keywordsOf } from "../site/_lib/search/search.ts";
import { listFiles, urlOfBuiltFile } from "../site/_lib/publish/files.ts";

const DIST = path.resolve("dist");
const OUT = path.join(DIST, "pagefind");
/** What the browser needs: the API, the entry, each language's WebAssembly, meta, index and fragments. */
const KEEP = /^(pagefind\.js|pagefind-entry\.json|wasm\.(nl|en|ru|unknown)\.pagefind|pagefind\.\w+_\w+\.pf_meta|index\/.*|fragment\/.*)$/;

/** Repeats of the tree on its overview page (the diagram and the table of every path): they would
 * only make the index larger (the first search downloads it) and match everything. */
const EXCLUDE = [".diagram", ".table-wrap"];

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const countWords = (words: readonly string[]) => words.join(" ").split(/\s+/).filter(Boolean).length;

/** The page's HTML with its search words in front of the main content. */
export function withKeywords(html: string, url: string): string {
  const locale = localeOfUrl(url);
  const pagePath = locale ? url.slice(locale.length + 1) : url;
  const { topics, also } = keywordsOf(searchTopics[pagePath], isLocale(locale) ? locale : "nl");
  const skip = countWords(topics) + countWords(also);
  const block =
    `<span data-pagefind-meta="skip:${skip}"></span>` +
    (topics.length ? `<p data-pagefind-weight="10">${escape(topics.join(" "))}</p>` : "") +
    (also.length ? `<p data-pagefind-weight="6">${escape(also.join(" "))}</p>` : "");
  return html.replace(/(<main\b[^>]*data-pagefind-body[^>]*>)/, `$1${block}`);
}

// Smaller index chunks: a search downloads only the chunks its words fall in, so the first search stays
// within its budget (110 KB with the WebAssembly) and a later one loads little. Pagefind 1.5.2 reads this
// setting from the environment of its service; the budgets are asserted in tests/e2e/search.spec.ts.
process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= "2000";

const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE });
if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
let pages = 0;
for (const rel of listFiles(DIST).filter((f) => f.endsWith(".html"))) {
  const url = urlOfBuiltFile(rel);
  const html = readFileSync(path.join(DIST, rel), "utf8");
  if (!html.includes("data-pagefind-body")) continue;
  if (!isIndexed(url)) throw new Error(`${rel}: marked data-pagefind-body, but this page must not be searchable`);
  const added = await index.addHTMLFile({ url, content: withKeywords(html, url) });
  if (added.errors.length) throw new Error(`pagefind: ${rel}: ${added.errors.join("; ")}`);
  pages++;
}
const { files } = await index.getFiles();
await pagefind.close();

rmSync(OUT, { recursive: true, force: true });
let bytes = 0;
for (const file of files) {
  if (!KEEP.test(file.path)) continue;
  const target = path.join(OUT, file.path);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, file.content);
  bytes += file.path.endsWith(".js") ? gzipSync(file.content).length : file.content.length;
}
if (!process.argv.includes("--quiet")) console.log(`pagefind       ${pages} pages, ${Math.round(bytes / 1024)} KB`);
