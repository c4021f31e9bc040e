/**
 * How a value was checked. Only "source" means someone opened the live page at `url` and compared the
 * value with it on `verified`: only then may a page say "checked on DATE". "copy" means a stored copy of
 * that page (of unknown age) was read, "sheet" that it was compared with the project's facts sheet
 * (shared/reference/facts.md) only, "secondary" with another page (named in `via`); pages then say so
 * plainly ("according to …, as of DATE").
 */
export const CHECKED_AT = ["source", "copy", "sheet", "secondary"] as const;
export type CheckedAt = (typeof CHECKED_AT)[number];

/** A law on wetten.overheid.nl, named beside its link so a wrong identifier is caught without internet. */
export interface LawRef {
  /** The register's identifier, as in the URL: BWBR0009616. */
  bwbr: string;
  /** The law's title as the register gives it. */
  title: string;
}

/** Where a fact comes from and how it was checked. */
export interface Source {
  url: string;
  /** ISO date, YYYY-MM-DD: the day someone really compared the value (with the source or with `checkedAgainst`). */
  verified: string;
  /** Where the value was compared on that day: at the source itself, or only via the facts sheet or a secondary page. */
  checkedAt: CheckedAt;
  /** What the value was compared with on that day: the page at `url` itself, or the copy or sheet used. */
  checkedAgainst: string;
  /** With checkedAt "secondary": the other source's web address as readers know it ("gemeente.nu"), the same in every language. */
  via?: string;
  /** H = official or several consistent sources; M = one, older or secondary source. */
  confidence: "H" | "M";
  /** Required for every wetten.overheid.nl link: the law the link should open. */
  law?: LawRef;
}

/**
 * A maker of sources checked on the same day, in the same way, against the same thing:
 * `const src = checkedOn("2026-11-22", "sheet", "the reference sheet")`, then `src(url)`.
 */
export function checkedOn(verified: string, checkedAt: CheckedAt, checkedAgainst: string) {
  return (url: string, confidence: Source["confidence"] = "H"): Source => ({ url, verified, checkedAt, checkedAgainst, confidence });
}

/** A source on wetten.overheid.nl with the law it names (the data check holds the pair against site/_lib/facts/laws.ts). */
export function lawSource(make: ReturnType<typeof checkedOn>, url: string, law: LawRef, confidence: Source["confidence"] = "H"): Source {
  return { ...make(url, confidence), law };
}
