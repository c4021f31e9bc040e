/** Where a fact comes from. `verified` is the day someone last checked the fact against `url`. */
export interface Source {
  url: string;
  /** ISO date, YYYY-MM-DD. */
  verified: string;
  /** H = official or several consistent sources; M = one, older or secondary source. */
  confidence: "H" | "M";
}

/** A maker of sources all checked on the same day: `const src = checkedOn("2026-11-22")`. */
export function checkedOn(verified: string) {
  return (url: string, confidence: Source["confidence"] = "H"): Source => ({ url, verified, confidence });
}
