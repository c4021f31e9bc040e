// The translation state of the whole site, read from disk: every translated page against its Dutch page,
// the UI strings and the search terms. Used by the build-start check (site/_lib/data/load-data.ts) and by
// `npm run translations` (scripts/translations.ts).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { LOCALES, DEFAULT_LOCALE } from "../../../_data/locales.ts";
import { STRING_PARTS } from "../../../_data/strings/index.ts";
import { listFiles } from "../publish/files.ts";
import { checkPage } from "./pages.ts";
import type { Finding } from "./align.ts";
import { checkStringPart, checkTopics, emptyStamps, type KeyedFinding, type Stamps } from "./keyed.ts";
import { UNIT_CHECKED_LOCALES, isHeldToDutch } from "./enforced.ts";

export const TRANSLATED = LOCALES.filter((l) => l !== DEFAULT_LOCALE);

export interface PageReport {
  /** "site/uk/signalen.md" */
  file: string;
  findings: Finding[];
}

export function dutchPages(root: string): string[] {
  return listFiles(path.join(root, "site", DEFAULT_LOCALE)).filter((f) => f.endsWith(".md"));
}

/** Every page of `lang` that exists in Dutch and in `lang` (a page missing in a language is check-data's finding). */
export function pageReports(root: string, lang: string): PageReport[] {
  return dutchPages(root)
    .filter((page) => existsSync(path.join(root, "site", lang, page)))
    .map((page) => ({
      file: `site/${lang}/${page}`,
      findings: checkPage(readFileSync(path.join(root, "site", DEFAULT_LOCALE, page), "utf8"), readFileSync(path.join(root, "site", lang, page), "utf8"))
        .findings,
    }));
}

/** "site/uk/melden/overzicht.md" -> "melden/overzicht.md" */
const pageOf = (file: string) => file.split("/").slice(2).join("/");

export const stampsFile = (lang: string) => `translations/${lang}.json`;

export function readStamps(root: string, lang: string): Stamps {
  const file = path.join(root, stampsFile(lang));
  if (!existsSync(file)) return emptyStamps();
  return { ...emptyStamps(), ...(JSON.parse(readFileSync(file, "utf8")) as Partial<Stamps>) };
}

/** Sorted keys, one entry a line: a stamp shows up in a diff as the one line it changed. */
export function writeStamps(root: string, lang: string, stamps: Stamps): void {
  const sorted = (o: Record<string, string>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  writeFileSync(path.join(root, stampsFile(lang)), `${JSON.stringify({ strings: sorted(stamps.strings), topics: sorted(stamps.topics) }, null, 2)}\n`);
}

export type Dicts = Record<string, { nl: Record<string, unknown>; tr: Record<string, unknown> }>;

/** Every string part of `lang` with its Dutch reference, keyed by part name (core, tree, print, …). */
export async function stringParts(root: string, lang: string): Promise<Dicts> {
  const out: Dicts = {};
  for (const [name, part] of Object.entries(STRING_PARTS)) {
    out[name] = {
      nl: (await import(path.join(root, part.file(DEFAULT_LOCALE)))).default,
      tr: (await import(path.join(root, part.file(lang)))).default,
    };
  }
  return out;
}

export async function searchTopics(root: string) {
  return (await import(path.join(root, "_data/search-topics.ts"))).default;
}

export interface KeyedReport {
  /** The file the findings belong in: a string part's file, or the search topics. */
  file: string;
  findings: KeyedFinding[];
}

export async function keyedReports(root: string, lang: string): Promise<KeyedReport[]> {
  const stamps = readStamps(root, lang);
  const parts = await stringParts(root, lang);
  const out: KeyedReport[] = Object.entries(parts).map(([name, { nl, tr }]) => ({
    file: STRING_PARTS[name as keyof typeof STRING_PARTS].file(lang),
    findings: checkStringPart(name, nl, tr, stamps.strings),
  }));
  out.push({ file: `_data/search-topics.ts (${lang})`, findings: checkTopics(await searchTopics(root), lang, stamps.topics) });
  return out;
}

/** Build-stopping findings: a missing or extra unit on a page of a language the build holds to the Dutch. */
export function translationErrors(root: string, langs: readonly string[] = UNIT_CHECKED_LOCALES): string[] {
  return langs.flatMap((lang) =>
    pageReports(root, lang)
      .filter(({ file }) => isHeldToDutch(lang, pageOf(file)))
      .flatMap(({ file, findings }) => findings.filter((f) => f.type !== "outdated").map((f) => `${file}: ${f.message}`)),
  );
}

/**
 * Warnings: every outdated unit of a checked language (the page still shows the older translation), and
 * one line per language that is not yet checked unit by unit, or has strings or search terms to stamp.
 */
export async function translationWarnings(root: string, langs: readonly string[] = UNIT_CHECKED_LOCALES): Promise<string[]> {
  const out: string[] = [];
  for (const lang of TRANSLATED) {
    const pages = pageReports(root, lang);
    const held = (file: string) => langs.includes(lang) && isHeldToDutch(lang, pageOf(file));
    for (const { file, findings } of pages.filter((p) => held(p.file))) {
      const outdated = findings.filter((f) => f.type === "outdated");
      // A unit whose Dutch changed is named; units never stamped are counted (a whole page may be new).
      const unstamped = outdated.filter((f) => f.type === "outdated" && !f.tr.stamp);
      for (const f of outdated) if (!unstamped.includes(f)) out.push(`${file}: ${f.message} (the page shows the older translation)`);
      if (unstamped.length) out.push(`${file}: ${unstamped.length} unit(s) not stamped yet (npm run translations -- --stamp ${file.slice(5)})`);
    }
    const unaligned = pages.filter((p) => !held(p.file) && p.findings.some((f) => f.type !== "outdated")).length;
    if (unaligned) out.push(`site/${lang}: ${unaligned} page(s) do not match the Dutch unit by unit yet (not held to it by the build; npm run translations)`);
    const keyed = (await keyedReports(root, lang)).flatMap((r) => r.findings);
    const count = (t: KeyedFinding["type"]) => keyed.filter((f) => f.type === t).length;
    if (keyed.length)
      out.push(`${lang}: strings and search terms: ${count("missing")} missing, ${count("extra")} extra, ${count("outdated")} outdated (npm run translations)`);
  }
  return out;
}
