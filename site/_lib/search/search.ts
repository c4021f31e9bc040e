// Search, the pure parts: which pages are indexed, the A to Z index of the search page, the check of the
// topics list and the lexicon the browser gets from it, and the query preparation the browser uses (a
// light Ukrainian ending-stripper, because Pagefind does not stem Ukrainian). People's own words are in
// ./words.ts, the choice of a result's section in ./results.ts.
import type { SearchTopics } from "../../../_data/search-topics.ts";
import { contentWords } from "./results.ts";
import { wordsOf, type Lexicon } from "./words.ts";

/**
 * A space after every closing block tag, for the index only: Pagefind joins the text of adjacent
 * elements, so a card's "Waarvoor" and its answer became one word ("WaarvoorUitbuiting").
 */
export const spacedBlocks = (html: string) =>
  html.replace(/(<\/(?:p|li|dt|dd|h[1-6]|td|th|div|section|article|header|footer|nav|ul|ol|dl|table|tr|blockquote|figcaption)>)/g, "$1 ");

/** The search page's address, without the language prefix. */
export const SEARCH_PATH = "/zoeken/";

/**
 * Whether a page's main content goes into the search index: the content pages and the tree's start
 * page. Not the tree's question and advice pages (every address below /xx/melden/ except the
 * overview: selected by pattern, since node ids may change), not the 404 pages, not the search page.
 */
export function isIndexed(url: string): boolean {
  const m = /^\/[a-z]{2}(\/.*)$/.exec(url);
  if (!m) return false;
  const path = m[1]!;
  if (path.endsWith(".html") || path === SEARCH_PATH) return false;
  const tree = /^\/melden\/([^/]+)\/$/.exec(path);
  return !tree || tree[1] === "overzicht";
}

export interface AzEntry {
  /** The text shown: a page title or a topic word. */
  label: string;
  url: string;
  /** For a topic: the title of the page it leads to. */
  page?: string;
}
export interface AzGroup {
  letter: string;
  entries: AzEntry[];
}

/**
 * The letter a reader looks under: the first letter, not a quote or a bracket ("'s nachts" under N),
 * capital, and Ё under Е as Russian dictionaries file it. In a Cyrillic index the Dutch names (CoMensha,
 * Meld Misdaad Anoniem) go under one "A–Z" at the end: a Latin C or M beside Cyrillic С and М looks the
 * same and sends the reader to the wrong group.
 */
export function letterOf(label: string, intl: string): string {
  const first = /\p{L}|\p{N}/u.exec(label)?.[0] ?? label.charAt(0);
  const letter = first.toLocaleUpperCase(intl);
  if (CYRILLIC_INDEX.test(intl) && /\p{Script=Latin}/u.test(letter)) return "A–Z";
  return letter === "Ё" ? "Е" : /\p{N}/u.test(letter) ? "0–9" : letter;
}
const CYRILLIC_INDEX = /^(uk|ru)\b/;

/** Groups entries by the letter a reader looks under, sorted the way the language sorts, each once. */
export function azGroups(entries: readonly AzEntry[], intl: string): AzGroup[] {
  const collator = new Intl.Collator(intl, { sensitivity: "base", numeric: true });
  const key = (e: AzEntry) => e.label.replace(/^[^\p{L}\p{N}]+/u, "");
  const unique = [...new Map(entries.map((e) => [`${key(e).toLocaleLowerCase(intl)} ${e.url}`, e])).values()];
  const sorted = unique.sort((a, b) => collator.compare(key(a), key(b)) || collator.compare(a.page ?? "", b.page ?? ""));
  const groups: AzGroup[] = [];
  for (const entry of sorted) {
    const letter = letterOf(entry.label, intl);
    const last = groups[groups.length - 1];
    if (last && last.letter === letter) last.entries.push(entry);
    else groups.push({ letter, entries: [entry] });
  }
  return groups;
}

/**
 * Every topic key must be a page in every language, every entry needs a term, and one label may lead
 * to one place only (the A to Z index lists it once); each finding names the file and the key.
 */
export function checkSearchTopics(
  topics: Readonly<Record<string, SearchTopics>>,
  pageExists: (locale: string, path: string) => boolean,
  file: string,
): string[] {
  const out: string[] = [];
  const seen = new Map<string, string>();
  for (const [path, entry] of Object.entries(topics)) {
    if (!/^\/([a-z0-9-]+\/)*$/.test(path)) {
      out.push(`${file}: "${path}": not a page path like "/signalen/"`);
      continue;
    }
    for (const [locale, list] of Object.entries(entry)) {
      if (!pageExists(locale, path)) out.push(`${file}: "${path}": no such page in ${locale}`);
      for (const topic of list) {
        if (!topic.term.trim()) out.push(`${file}: "${path}".${locale}: empty term`);
        const key = `${locale} ${topic.term.toLocaleLowerCase(locale)}`;
        const to = `${path}#${topic.section}`;
        if (seen.has(key) && seen.get(key) !== to) out.push(`${file}: "${path}".${locale}: "${topic.term}" also leads to ${seen.get(key)}`);
        seen.set(key, to);
      }
    }
  }
  return out;
}

/** The list as the browser's search field reads it, for one language (see ./words.ts). */
export function lexiconFor(topics: Readonly<Record<string, SearchTopics>>, small: readonly string[], locale: keyof SearchTopics): Lexicon {
  const smallSet = new Set(small);
  const lexicon: Lexicon = { small: [...small], topics: [] };
  for (const [path, entry] of Object.entries(topics)) {
    for (const topic of entry[locale]) {
      const find = topic.find ?? topic.term;
      const phrases = [topic.term, find, ...(topic.words ?? "").split(",")];
      const words = phrases
        .map((p, i) => wordsOf(p, locale).filter((w) => i > 1 || !smallSet.has(w)))
        .filter((w) => w.length)
        .map((w) => [...new Set(w)]);
      const unique = [...new Map(words.map((w) => [w.join(" "), w])).values()];
      lexicon.topics.push({ to: `/${locale}${path}${topic.section ? `#${topic.section}` : ""}`, find, words: unique, ...(topic.broad ? { broad: true } : {}) });
    }
  }
  return lexicon;
}

// Ukrainian noun and adjective endings, longest first. Stripping one leaves a stem that Pagefind's
// prefix matching extends to the other forms: "зарплату" → "зарплат" finds "зарплата", "поліцію" →
// "поліці" finds "поліція". Short words are left alone, so a stem never gets too general.
const UK_ENDINGS = [
  "ями", "ами", "ові", "еві", "єві", "ого", "ому", "ими", "іми", "ою", "ею", "єю", "ий", "ій", "ої", "ів", "їв",
  "ах", "ях", "ам", "ям", "ом", "ем", "єм", "ію", "ія", "ії", "ая", "ую",
  "а", "я", "у", "ю", "і", "и", "о", "е", "ь", "ї",
];
const MIN_STEM = 4;

export function stemUkrainian(word: string): string {
  const lower = word.toLocaleLowerCase("uk");
  for (const ending of UK_ENDINGS) {
    if (lower.endsWith(ending) && lower.length - ending.length >= MIN_STEM) return lower.slice(0, -ending.length);
  }
  return lower;
}

/** The query Pagefind gets: trimmed, and for Ukrainian each word cut to its stem. */
export function prepareQuery(query: string, locale: string): string {
  const words = query.trim().split(/\s+/).filter(Boolean);
  return (locale === "uk" ? words.map(stemUkrainian) : words).join(" ");
}

/** An excerpt around the first matched word in [from, to), as text pieces (`mark` for a matched word). */
export function excerpt(
  content: string,
  locations: readonly number[],
  from: number,
  length = 24,
  accept: (word: string) => boolean = () => true,
  to?: number,
): { text: string; mark: boolean }[] {
  const words = contentWords(content);
  const stop = Math.min(to ?? words.length, words.length);
  const hits = locations.filter((l) => l >= from && l < stop && accept(words[l] ?? "")).sort((a, b) => a - b);
  const first = hits[0] ?? from;
  const start = Math.max(from, Math.min(first - Math.floor(length / 3), stop - length));
  const end = Math.min(stop, start + length);
  const marked = new Set(hits);
  const out: { text: string; mark: boolean }[] = [];
  if (start > from) out.push({ text: "… ", mark: false });
  for (let i = start; i < end; i++) {
    const mark = marked.has(i);
    const text = i < end - 1 ? `${words[i]} ` : words[i]!;
    const last = out[out.length - 1];
    if (last && !last.mark && !mark) last.text += text;
    else if (mark && text.endsWith(" ")) out.push({ text: words[i]!, mark: true }, { text: " ", mark: false });
    else out.push({ text, mark });
  }
  if (end < stop) out.push({ text: " …", mark: false });
  return out;
}
