/** Where a fact comes from. `verified` is the day someone last checked the fact against `url`. */
export interface Source {
  url: string;
  /** ISO date, YYYY-MM-DD. */
  verified: string;
  /** H = official or several consistent sources; M = one, older or secondary source. */
  confidence: "H" | "M";
}
