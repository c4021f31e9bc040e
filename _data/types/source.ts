/** Where a fact comes from. `verified` is the day someone last compared the fact with `checkedAgainst`. */
export interface Source {
  url: string;
  /** ISO date, YYYY-MM-DD: the day someone really compared the value, and nothing else. */
  verified: string;
  /** What the value was compared with on that day: the page at `url` itself, or the copy or sheet used. */
  checkedAgainst: string;
  /** H = official or several consistent sources; M = one, older or secondary source. */
  confidence: "H" | "M";
}

/**
 * A maker of sources checked on the same day against the same thing:
 * `const src = checkedOn("2026-11-22", "the reference sheet")`, then `src(url)`.
 */
export function checkedOn(verified: string, checkedAgainst: string) {
  return (url: string, confidence: Source["confidence"] = "H"): Source => ({ url, verified, checkedAgainst, confidence });
}
