// Build-start checks of the typed data and the page folders. Each finding is one line that names the
// file and the key, so a broken data file is found at once. Pure: the caller loads the inputs.
import type { Source } from "./source.ts";
import { placeholdersOf, type Text } from "./i18n.ts";
import { displayMatches } from "./phone.ts";

export type Dict = Readonly<Record<string, unknown>>;

function shapeOf(value: unknown): "text" | "plural" | "invalid" {
  if (typeof value === "string") return value.trim() ? "text" : "invalid";
  if (value && typeof value === "object" && typeof (value as { other?: unknown }).other === "string") return "plural";
  return "invalid";
}

/** Every language has exactly the reference's keys, in the same shape, with the same placeholders. */
export function checkStrings(reference: Dict, dicts: Readonly<Record<string, Dict>>, fileOf: (lang: string) => string): string[] {
  const out: string[] = [];
  for (const [lang, dict] of Object.entries(dicts)) {
    const file = fileOf(lang);
    for (const key of Object.keys(reference)) {
      if (!(key in dict)) {
        out.push(`${file}: "${key}": missing translation`);
        continue;
      }
      const want = shapeOf(reference[key]);
      const got = shapeOf(dict[key]);
      if (got === "invalid") out.push(`${file}: "${key}": empty or not text`);
      else if (got !== want) out.push(`${file}: "${key}": must be ${want === "plural" ? "plural forms" : "plain text"}`);
      else {
        const a = placeholdersOf(reference[key] as Text).join(",");
        const b = placeholdersOf(dict[key] as Text).join(",");
        if (a !== b) out.push(`${file}: "${key}": placeholders {${b}} differ from the reference {${a}}`);
      }
    }
    for (const key of Object.keys(dict)) if (!(key in reference)) out.push(`${file}: "${key}": not in the reference language`);
  }
  return out;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A source needs an https URL and a real, past `verified` date. */
export function checkSource(source: Partial<Source> | undefined, where: string, today: string): string[] {
  if (!source) return [`${where}: no source`];
  const out: string[] = [];
  if (!source.url || !/^https:\/\/[^\s]+$/.test(source.url)) out.push(`${where}.source.url: missing or not an https address`);
  if (!source.verified || !ISO_DATE.test(source.verified) || Number.isNaN(Date.parse(source.verified)))
    out.push(`${where}.source.verified: missing or not a date (YYYY-MM-DD)`);
  else if (source.verified > today) out.push(`${where}.source.verified: ${source.verified} is in the future`);
  return out;
}

interface OrgLike {
  id?: string;
  name?: string;
  url?: string;
  phones?: readonly { number: string; display: string; source?: Source }[];
  source?: Source;
}

const NORMALISED = /^(\+[1-9]\d{7,14}|1\d{2})$/;

export function checkOrganisations(orgs: readonly OrgLike[], file: string, today: string): string[] {
  const out: string[] = [];
  const ids = new Set<string>();
  orgs.forEach((org, i) => {
    const where = `${file}: ${org.id ?? `[${i}]`}`;
    if (!org.id) out.push(`${where}: no id`);
    else if (ids.has(org.id)) out.push(`${where}: duplicate id`);
    ids.add(org.id ?? "");
    if (!org.name) out.push(`${where}.name: missing`);
    if (org.url !== undefined && !/^https:\/\//.test(org.url)) out.push(`${where}.url: not an https address`);
    out.push(...checkSource(org.source, where, today));
    (org.phones ?? []).forEach((phone, p) => {
      const at = `${where}.phones[${p}]`;
      if (!NORMALISED.test(phone.number)) out.push(`${at}.number: "${phone.number}" is not E.164 or a short number`);
      if (!displayMatches(phone)) out.push(`${at}.display: "${phone.display}" does not match ${phone.number}`);
      out.push(...checkSource(phone.source, at, today));
    });
  });
  return out;
}

export function checkFacts(facts: Readonly<Record<string, { source?: Source }>>, file: string, today: string): string[] {
  return Object.entries(facts).flatMap(([id, fact]) => checkSource(fact.source, `${file}: ${id}`, today));
}

/** Every page exists in every language folder (same relative file names). */
export function checkPages(pagesByLang: Readonly<Record<string, readonly string[]>>, folderOf: (lang: string) => string): string[] {
  const all = new Set(Object.values(pagesByLang).flat());
  const out: string[] = [];
  for (const [lang, pages] of Object.entries(pagesByLang)) {
    const have = new Set(pages);
    for (const page of [...all].sort()) {
      if (have.has(page)) continue;
      const other = Object.keys(pagesByLang).find((l) => pagesByLang[l]!.includes(page))!;
      out.push(`${folderOf(lang)}/${page}: missing (${folderOf(other)}/${page} exists)`);
    }
  }
  return out;
}
