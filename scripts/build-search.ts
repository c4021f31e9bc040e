// Build step: the Pagefind index, one per language (from <html lang>), written to dist/pagefind/, and
// beside it what the search field reads for people's own words (issue 20): lexicon.<lang>.json (the
// small words and the list of _data/search-topics.ts) and vocabulary.<lang>.json (the index's words of 6+
// letters, fetched only to correct a typo). Only pages marked data-pagefind-body are indexed (content
// pages and the tree's start page, see site/_lib/search/search.ts). The index gets each page with a
// space after every block element, so words of an organisation card never run together
// ("WaarvoorUitbuiting"). Sections are the headings' ids: a result opens the section that answers.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import * as pagefind from "pagefind";
import { LOCALES, type Locale } from "../_data/locales.ts";
import searchSmallWords from "../_data/search-small-words.ts";
import searchTopics from "../_data/search-topics.ts";
import { localeOfUrl } from "../site/_lib/i18n/locale-url.ts";
import { isIndexed, lexiconFor, spacedBlocks } from "../site/_lib/search/search.ts";
import { wordsOf } from "../site/_lib/search/words.ts";
import { listFiles, urlOfBuiltFile } from "../site/_lib/publish/files.ts";

const DIST = path.resolve("dist");
const OUT = path.join(DIST, "pagefind");
/** What the browser needs: the API, the entry, each language's WebAssembly, meta, index and fragments. */
const KEEP = /^(pagefind\.js|pagefind-entry\.json|wasm\.(nl|en|ru|unknown)\.pagefind|pagefind\.\w+_\w+\.pf_meta|index\/.*|fragment\/.*)$/;

/** Repeats of the tree on its overview page (the diagram and the table of every path), and the "On this
 * page" list (its headings would make the top of a page match every section's words). */
const EXCLUDE = [".diagram", ".table-wrap", "nav.contents"];

/** The words of 6+ letters of a page's main content (without the excluded parts): the typo corrector's vocabulary. */
function vocabularyOf(html: string, locale: string): string[] {
  const main = /<main\b[\s\S]*?<\/main>/.exec(html)?.[0] ?? "";
  const text = main
    .replace(/<nav class="contents"[\s\S]*?<\/nav>|<section class="sources"[\s\S]*?<\/section>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&[a-z]+;|&#\d+;/g, " ");
  return wordsOf(text, locale).filter((w) => w.length >= 6 && /^\p{L}+(-\p{L}+)*$/u.test(w));
}

/** Pagefind lists the languages in its entry file in a different order each run: sorted, the same
 * checkout builds the same bytes. */
function sortedEntry(content: Uint8Array): string {
  const entry = JSON.parse(Buffer.from(content).toString("utf8")) as { languages: Record<string, unknown> };
  entry.languages = Object.fromEntries(Object.entries(entry.languages).sort(([a], [b]) => a.localeCompare(b)));
  return JSON.stringify(entry);
}

// Smaller index chunks: a search downloads only the chunks its words fall in, so the first search stays
// within its budget (110 KB with the WebAssembly) and a later one loads little. Pagefind 1.5.2 reads this
// setting from the environment of its service; the budgets are asserted in tests/e2e/search.spec.ts.
process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= "2000";

const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE });
if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
let pages = 0;
const vocabulary: Partial<Record<Locale, Set<string>>> = {};
/** Each indexed page's heading ids, to check the list's sections. */
const ids = new Map<string, Set<string>>();
for (const rel of listFiles(DIST).filter((f) => f.endsWith(".html"))) {
  const url = urlOfBuiltFile(rel);
  const html = readFileSync(path.join(DIST, rel), "utf8");
  if (!html.includes("data-pagefind-body")) continue;
  if (!isIndexed(url)) throw new Error(`${rel}: marked data-pagefind-body, but this page must not be searchable`);
  const added = await index.addHTMLFile({ url, content: spacedBlocks(html) });
  const locale = localeOfUrl(url);
  if (locale) for (const w of vocabularyOf(html, locale)) (vocabulary[locale as Locale] ??= new Set()).add(w);
  ids.set(url, new Set([...html.matchAll(/<h[1-6][^>]*\sid="([^"]+)"/g)].map((m) => m[1]!)));
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
  writeFileSync(target, file.path === "pagefind-entry.json" ? sortedEntry(file.content) : file.content);
  bytes += file.path.endsWith(".js") ? gzipSync(file.content).length : file.content.length;
}

// The list's sections: every language's page must have each one, under the Dutch heading id (issue 16
// gives every translated heading its Dutch id); a wrong id fails the build, naming the file and the key.
const problems: string[] = [];
for (const [pagePath, entry] of Object.entries(searchTopics)) {
  for (const locale of LOCALES)
    for (const topic of entry[locale])
      if (topic.section && !ids.get(`/${locale}${pagePath}`)?.has(topic.section))
        problems.push(`_data/search-topics.ts: "${pagePath}".${locale} "${topic.term}": no heading #${topic.section} on /${locale}${pagePath}`);
}
if (problems.length) throw new Error(problems.join("\n"));
for (const locale of LOCALES) {
  writeFileSync(path.join(OUT, `lexicon.${locale}.json`), JSON.stringify(lexiconFor(searchTopics, searchSmallWords[locale], locale)));
  writeFileSync(path.join(OUT, `vocabulary.${locale}.json`), JSON.stringify([...(vocabulary[locale] ?? [])].sort()));
}
if (!process.argv.includes("--quiet")) console.log(`pagefind       ${pages} pages, ${Math.round(bytes / 1024)} KB`);
