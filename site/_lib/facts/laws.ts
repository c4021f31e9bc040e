// The laws the data links to on wetten.overheid.nl, checked once by hand: each identifier with the title
// the register gives it. A link is only as good as its identifier (the Waadi link once opened the
// Elektriciteitswet 1998, BWBR0009755), and the build machine has no internet, so the data check holds
// every wetten.overheid.nl link against this table instead of opening it.
//
// Checked on 2026-12-04 against the corrected facts sheet (shared/reference/facts.md) and a published
// list of Dutch labour laws that downloads each law from the register by identifier
// (repository.officiele-overheidspublicaties.nl/bwb/<id>). Add a law only after comparing its
// identifier and title with wetten.overheid.nl itself.
import type { LawRef, Source } from "../../../_data/types/source.ts";

export const KNOWN_LAWS: Readonly<Record<string, string>> = {
  BWBR0005290: "Burgerlijk Wetboek Boek 7",
  BWBR0009616: "Wet allocatie arbeidskrachten door intermediairs",
  BWBR0002638: "Wet minimumloon en minimumvakantiebijslag",
  BWBR0007671: "Arbeidstijdenwet",
  BWBR0001854: "Wetboek van Strafrecht",
  // The prosecution service's guideline (2022A002), as the facts sheet of 4 Dec 2026 cites it.
  BWBR0046368: "Aanwijzing mensenhandel",
};

/** Identifiers known to be wrong for this site, with what they really are (a clearer message). */
const KNOWN_WRONG: Readonly<Record<string, string>> = {
  BWBR0009755: "Elektriciteitswet 1998 (the Waadi is BWBR0009616)",
};

const LAW_HOST = /^https:\/\/wetten\.overheid\.nl\//;

/** The BWBR identifier in a wetten.overheid.nl address, or undefined. */
export function bwbrOf(url: string): string | undefined {
  return /^https:\/\/wetten\.overheid\.nl\/(BWBR\d{7})(?:[/?#]|$)/.exec(url)?.[1];
}

/**
 * A wetten.overheid.nl source must name its law (`law: { bwbr, title }`), the link must carry that same
 * identifier, and the pair must be in KNOWN_LAWS. One line per problem, naming `where` (file: key).
 */
export function checkLawLink(source: Pick<Source, "url"> & { law?: LawRef }, where: string, known = KNOWN_LAWS): string[] {
  if (!LAW_HOST.test(source.url)) return source.law ? [`${where}.source.law: only for wetten.overheid.nl links`] : [];
  const inUrl = bwbrOf(source.url);
  if (!inUrl) return [`${where}.source.url: ${source.url} has no BWBR identifier`];
  if (!source.law) return [`${where}.source.law: missing: name the law this link opens ({ bwbr: "${inUrl}", title: "…" })`];
  const out: string[] = [];
  const { bwbr, title } = source.law;
  if (inUrl !== bwbr) out.push(`${where}.source.url: opens ${inUrl}, but law.bwbr says ${bwbr}`);
  if (KNOWN_WRONG[inUrl]) out.push(`${where}.source.url: ${inUrl} is the ${KNOWN_WRONG[inUrl]}`);
  else if (!(inUrl in known)) out.push(`${where}.source.url: ${inUrl} is not in the checked table site/_lib/facts/laws.ts`);
  else if (known[inUrl] !== title) out.push(`${where}.source.law.title: "${title}", but ${inUrl} is "${known[inUrl]}"`);
  return out;
}
