// Build-start checks of the typed data and the page folders. Each finding is one line that names the
// file and the key, so a broken data file is found at once. Pure: the caller loads the inputs.
import { CHECKED_AT, type Source } from "../../../_data/types/source.ts";
import { placeholdersOf, type Text } from "../i18n/i18n.ts";
import { displayMatches } from "../i18n/phone.ts";
import { checkLawLink } from "../facts/laws.ts";

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

/**
 * A source needs an https URL, a real, past `verified` date, and says how it was checked (`checkedAt`,
 * `checkedAgainst`, `via` for a secondary source); a wetten.overheid.nl link names its law (laws.ts).
 */
export function checkSource(source: Partial<Source> | undefined, where: string, today: string): string[] {
  if (!source) return [`${where}: no source`];
  const out: string[] = [];
  if (!source.url || !/^https:\/\/[^\s]+$/.test(source.url)) out.push(`${where}.source.url: missing or not an https address`);
  else out.push(...checkLawLink({ url: source.url, law: source.law }, where));
  if (!source.checkedAt || !(CHECKED_AT as readonly string[]).includes(source.checkedAt))
    out.push(`${where}.source.checkedAt: missing or not one of ${CHECKED_AT.join(", ")}`);
  else if (source.checkedAt === "secondary" && !source.via?.trim()) out.push(`${where}.source.via: missing (name the secondary source)`);
  if (!source.checkedAgainst?.trim()) out.push(`${where}.source.checkedAgainst: missing (say what the value was compared with)`);
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

const EMAIL = /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i;

interface PlanRefLike {
  seed?: string;
  section?: string;
  title?: string;
  date?: string;
}

/** A reference to a municipal plan needs the seed file, the section, the title and a date (YYYY or YYYY-MM-DD). */
export function checkPlanRef(ref: PlanRefLike | undefined, where: string): string[] {
  if (!ref) return [`${where}: no source`];
  const out: string[] = [];
  if (!ref.seed || !/^[\w.-]+\.txt$/.test(ref.seed)) out.push(`${where}.seed: missing or not a seed file name`);
  if (!ref.section?.trim()) out.push(`${where}.section: missing`);
  if (!ref.title?.trim()) out.push(`${where}.title: missing`);
  if (!ref.date || !/^\d{4}(-\d{2}-\d{2})?$/.test(ref.date)) out.push(`${where}.date: missing or not YYYY or YYYY-MM-DD`);
  return out;
}

interface MunicipalityLike {
  id?: string;
  name?: string;
  url?: string;
  plan?: PlanRefLike;
}
interface StepLike {
  municipality?: string;
  id?: string;
  contacts?: readonly { email?: string; audience?: string; org?: string }[];
}

/**
 * The municipalities and their route steps: every step belongs to a known municipality and has its text
 * in the reference strings; every contact is an e-mail address or a known organisation; a municipality
 * without a plan must link to its own site (the page says the plans do not describe its route).
 */
export function checkMunicipalities(
  data: { municipalities?: readonly MunicipalityLike[]; steps?: readonly StepLike[] },
  file: string,
  orgIds: readonly string[],
  referenceStrings: Dict,
): string[] {
  const out: string[] = [];
  const ids = new Set<string>();
  (data.municipalities ?? []).forEach((m, i) => {
    const where = `${file}: municipalities.${m.id ?? `[${i}]`}`;
    if (!m.id) out.push(`${where}: no id`);
    else if (ids.has(m.id)) out.push(`${where}: duplicate id`);
    ids.add(m.id ?? "");
    if (!m.name) out.push(`${where}.name: missing`);
    if (m.url !== undefined && !/^https:\/\/\S+$/.test(m.url)) out.push(`${where}.url: not an https address`);
    if (m.plan) out.push(...checkPlanRef(m.plan, `${where}.plan`));
    else if (!m.url) out.push(`${where}: no plan and no url (say the plans do not describe the route, and link to the municipality)`);
  });
  (data.steps ?? []).forEach((step, i) => {
    const where = `${file}: steps[${i}]${step.id ? ` (${step.id})` : ""}`;
    if (!step.municipality) out.push(`${where}.municipality: missing`);
    else if (!ids.has(step.municipality)) out.push(`${where}.municipality: "${step.municipality}" is not a municipality in this file`);
    if (!step.id) out.push(`${where}.id: missing`);
    else if (step.municipality && !(`pro.step.${step.municipality}.${step.id}` in referenceStrings))
      out.push(`${where}: no text "pro.step.${step.municipality}.${step.id}" in _data/strings/pro/nl.ts`);
    (step.contacts ?? []).forEach((c, j) => {
      const at = `${where}.contacts[${j}]`;
      if (c.email !== undefined) {
        if (!EMAIL.test(c.email)) out.push(`${at}.email: "${c.email}" is not an e-mail address`);
        if (c.audience !== "meldpunt" && c.audience !== "staffOnly") out.push(`${at}.audience: must be "meldpunt" or "staffOnly"`);
      } else if (c.org !== undefined) {
        if (!orgIds.includes(c.org)) out.push(`${at}.org: "${c.org}" is not an organisation in _data/organisations.ts`);
      } else out.push(`${at}: neither an e-mail address nor a known organisation`);
    });
  });
  return out;
}

interface SeriesLike {
  id?: string;
  rows?: readonly string[];
  columns?: readonly string[];
  values?: readonly (readonly number[])[];
  source?: PlanRefLike & { table?: string; inText?: boolean };
}

/** Every series has a source (plan, section, table or inText), labels in the strings, and one count per row and column. */
export function checkFigures(series: readonly SeriesLike[], file: string, referenceStrings: Dict): string[] {
  const out: string[] = [];
  const ids = new Set<string>();
  series.forEach((s, i) => {
    const where = `${file}: ${s.id ?? `[${i}]`}`;
    if (!s.id) out.push(`${where}: no id`);
    else if (ids.has(s.id)) out.push(`${where}: duplicate id`);
    ids.add(s.id ?? "");
    if (!s.source) out.push(`${where}: no source`);
    else {
      out.push(...checkPlanRef(s.source, `${where}.source`));
      if (!s.source.table?.trim() && s.source.inText !== true) out.push(`${where}.source.table: missing (or inText: true where the plan gives the numbers in its text)`);
    }
    for (const label of [...(s.rows ?? []), ...(s.columns ?? [])])
      if (!(`pro.label.${label}` in referenceStrings)) out.push(`${where}: no label "pro.label.${label}" in _data/strings/pro/nl.ts`);
    const rows = s.rows ?? [];
    const columns = s.columns ?? [];
    if (!rows.length || !columns.length) out.push(`${where}: needs rows and columns`);
    if ((s.values ?? []).length !== rows.length) out.push(`${where}.values: ${(s.values ?? []).length} rows, expected ${rows.length}`);
    (s.values ?? []).forEach((row, r) => {
      if (row.length !== columns.length) out.push(`${where}.values[${r}]: ${row.length} values, expected ${columns.length}`);
      row.forEach((v, c) => {
        if (!Number.isInteger(v) || v < 0) out.push(`${where}.values[${r}][${c}]: ${v} is not a count`);
      });
    });
  });
  return out;
}
