// The municipal editors' work list (`npm run facts`, first part): what expires, soonest first; which
// sources were never checked at the source itself, oldest check first; and what only the organisations
// (or municipalities) themselves can confirm. Pure: the caller passes the data and "today".
import type { Source } from "../../../_data/types/source.ts";
import { validityOf } from "./fact-expiry.ts";

interface FactLike {
  source: Source;
  expires?: string;
  recheck?: string;
}
interface OrgLike {
  id: string;
  name: string;
  source: Source;
  phones: readonly { display: string; source: Source }[];
  askOrganisation?: readonly string[];
}
interface MunicipalityLike {
  id: string;
  name: string;
  askMunicipality?: readonly string[];
}

const HOW: Readonly<Record<Source["checkedAt"], string>> = {
  source: "at the source",
  copy: "in a stored copy of the page only",
  sheet: "via the facts sheet only",
  secondary: "via a secondary source only",
};

/** "2026-11-23, via the facts sheet only": when and how a source was last checked. */
export function howChecked(source: Source): string {
  return `${source.verified}, ${HOW[source.checkedAt]}${source.via ? ` (${source.via})` : ""}`;
}

export function expiringFacts(facts: Readonly<Record<string, FactLike>>, today: string): string[] {
  return Object.entries(facts)
    .filter(([, f]) => f.expires)
    .sort(([idA, a], [idB, b]) => a.expires!.localeCompare(b.expires!) || idA.localeCompare(idB))
    .map(([id, f]) => {
      const state = validityOf(f.expires, today);
      return `- ${f.expires}${state === "current" ? "" : ` ${state.toUpperCase()}`}  ${id}: check ${f.source.url} for ${f.recheck}`;
    });
}

/** Every address not checked at the source, once, with the keys that use it; oldest check first. */
export function neverCheckedAtSource(facts: Readonly<Record<string, FactLike>>, orgs: readonly OrgLike[]): string[] {
  const byUrl = new Map<string, { source: Source; keys: string[] }>();
  const note = (source: Source, key: string) => {
    if (source.checkedAt === "source") return;
    const known = byUrl.get(source.url);
    if (known) known.keys.push(key);
    else byUrl.set(source.url, { source, keys: [key] });
  };
  for (const [id, fact] of Object.entries(facts)) note(fact.source, `facts.${id}`);
  for (const org of orgs) {
    note(org.source, `organisations.${org.id}`);
    for (const phone of org.phones) note(phone.source, `organisations.${org.id} ${phone.display}`);
  }
  return [...byUrl.entries()]
    .sort(([urlA, a], [urlB, b]) => a.source.verified.localeCompare(b.source.verified) || urlA.localeCompare(urlB))
    .map(([url, { source, keys }]) => `- ${url}  (${howChecked(source)})  for ${keys.join(", ")}`);
}

export function askTheOrganisations(orgs: readonly OrgLike[], municipalities: readonly MunicipalityLike[]): string[] {
  return [
    ...orgs.flatMap((o) => (o.askOrganisation ?? []).map((q) => `- ${o.name}: ${q}`)),
    ...municipalities.flatMap((m) => (m.askMunicipality ?? []).map((q) => `- Gemeente ${m.name}: ${q}`)),
  ];
}

export function editorsWorkList(
  facts: Readonly<Record<string, FactLike>>,
  orgs: readonly OrgLike[],
  municipalities: readonly MunicipalityLike[],
  today: string,
): string[] {
  const section = (title: string, lines: string[]) => [title, ...(lines.length ? lines : ["- nothing"]), ""];
  return [
    ...section("1. Expiring facts, soonest first (re-check at the source before the date):", expiringFacts(facts, today)),
    ...section("2. Never checked at the source itself, oldest check first (open the page, compare, then set checkedAt: \"source\" and verified):", neverCheckedAtSource(facts, orgs)),
    ...section("3. Ask the organisations and municipalities themselves to confirm:", askTheOrganisations(orgs, municipalities)),
  ];
}
