// Translations that are not pages: UI strings (one dictionary per part and language) and the displayed
// search terms. Each translated entry records the Dutch version it translates in a stamps file per
// language (translations/<lang>.json, written by `npm run translations -- --stamp`), because a TypeScript
// dictionary has no pleasant place for a marker.
import { hashOf } from "./units.ts";

/** Per language: "part/key" -> Dutch hash for strings, "page#index" -> Dutch hash for search terms. */
export interface Stamps {
  strings: Record<string, string>;
  topics: Record<string, string>;
}

export interface KeyedFinding {
  type: "missing" | "extra" | "outdated";
  key: string;
  message: string;
  /** For an outdated string: the Dutch and the translation as they read now (`npm run translations -- --show`). */
  now?: { nl: string; tr: string };
}

export const emptyStamps = (): Stamps => ({ strings: {}, topics: {} });

/** The version of a Dutch value: plain text or plural forms. */
export function valueHash(value: unknown): string {
  return hashOf(typeof value === "string" ? value : JSON.stringify(value));
}

const SEVERITY = { missing: 0, extra: 1, outdated: 2 } as const;
const bySeverity = (a: KeyedFinding, b: KeyedFinding) => SEVERITY[a.type] - SEVERITY[b.type];

const plain = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value));

function quote(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 48 ? `"${text.slice(0, 47)}…"` : `"${text}"`;
}

/** One part's strings in one language against the Dutch. `part` prefixes the keys in the stamps file. */
export function checkStringPart(
  part: string,
  nl: Readonly<Record<string, unknown>>,
  tr: Readonly<Record<string, unknown>>,
  stamps: Readonly<Record<string, string>>,
): KeyedFinding[] {
  const out: KeyedFinding[] = [];
  for (const [key, value] of Object.entries(nl)) {
    const at = `${part}/${key}`;
    if (!(key in tr)) out.push({ type: "missing", key: at, message: `missing "${key}" (Dutch ${quote(value)})` });
    else if (stamps[at] !== valueHash(value))
      out.push({
        type: "outdated",
        key: at,
        message: `outdated "${key}" (Dutch ${quote(value)}): ${stamps[at] ? "the Dutch changed since it was translated" : "not stamped yet"}`,
        now: { nl: plain(value), tr: plain(tr[key]) },
      });
  }
  for (const key of Object.keys(tr)) if (!(key in nl)) out.push({ type: "extra", key: `${part}/${key}`, message: `extra "${key}"` });
  return out.sort(bySeverity);
}

/** The search list of _data/search-topics.ts: per page and language, entries whose `term` is displayed. */
type TopicList = Readonly<Record<string, Readonly<Record<string, readonly { term: string }[]>>>>;
/** The displayed terms of one page in one language (people's own `words` are not translations). */
const termsOf = (entry: Readonly<Record<string, readonly { term: string }[]>>, lang: string) => (entry[lang] ?? []).map((t) => t.term);

/** The displayed search terms of one language against the Dutch terms, term by term in order. */
export function checkTopics(topics: TopicList, lang: string, stamps: Readonly<Record<string, string>>): KeyedFinding[] {
  const out: KeyedFinding[] = [];
  for (const [page, entry] of Object.entries(topics)) {
    const nl = termsOf(entry, "nl");
    const tr = termsOf(entry, lang);
    nl.forEach((term, i) => {
      const at = `${page}#${i}`;
      if (i >= tr.length) out.push({ type: "missing", key: at, message: `${page}: missing term ${i + 1} (Dutch "${term}")` });
      else if (stamps[at] !== hashOf(term))
        out.push({
          type: "outdated",
          key: at,
          message: `${page}: outdated term ${i + 1} "${tr[i]}" (Dutch "${term}"): ${stamps[at] ? "the Dutch changed since it was translated" : "not stamped yet"}`,
        });
    });
    for (let i = nl.length; i < tr.length; i++)
      out.push({ type: "extra", key: `${page}#${i}`, message: `${page}: extra term ${i + 1} "${tr[i]}" (an everyday synonym belongs in the entry's "words")` });
  }
  return out.sort(bySeverity);
}

/** The stamps after stamping every string key starting with `prefix` ("part/key…"). */
export function stampStrings(
  parts: Readonly<Record<string, { nl: Readonly<Record<string, unknown>>; tr: Readonly<Record<string, unknown>> }>>,
  stamps: Stamps,
  prefix: string,
): number {
  let n = 0;
  for (const [part, { nl, tr }] of Object.entries(parts))
    for (const [key, value] of Object.entries(nl)) {
      const at = `${part}/${key}`;
      if (!at.startsWith(prefix) || !(key in tr)) continue;
      if (stamps.strings[at] !== valueHash(value)) n++;
      stamps.strings[at] = valueHash(value);
    }
  return n;
}

/** The stamps after stamping the terms of every page starting with `prefix` (terms beyond the Dutch stay unstamped). */
export function stampTopics(topics: TopicList, lang: string, stamps: Stamps, prefix: string): number {
  let n = 0;
  for (const [page, entry] of Object.entries(topics)) {
    if (!page.startsWith(prefix)) continue;
    const tr = termsOf(entry, lang);
    termsOf(entry, "nl").forEach((term, i) => {
      if (i >= tr.length) return;
      if (stamps.topics[`${page}#${i}`] !== hashOf(term)) n++;
      stamps.topics[`${page}#${i}`] = hashOf(term);
    });
  }
  return n;
}
