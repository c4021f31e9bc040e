// `npm run facts`: every fact with its value, source, check date, what it was checked against and its
// expiry, the soonest expiry first (facts that never expire last), so a re-check starts where it matters.
import type { Fact } from "../../../_data/facts.ts";
import { validityOf } from "./fact-expiry.ts";
import { formatFactValue } from "../i18n/format.ts";
import { howChecked } from "./work-list.ts";

export function factsReport(facts: Readonly<Record<string, Fact>>, today: string): string[] {
  const rows = Object.entries(facts).sort(([idA, a], [idB, b]) => {
    const byExpiry = (a.expires ?? "9999").localeCompare(b.expires ?? "9999");
    return byExpiry || idA.localeCompare(idB);
  });
  return rows.flatMap(([id, fact]) => {
    const value = formatFactValue(fact.value, "en-GB", (n) => `${n} working day${n === 1 ? "" : "s"}`);
    const state = validityOf(fact.expires, today);
    const expiry = fact.expires ? `${fact.expires}${state === "current" ? "" : ` (${state.toUpperCase()})`}` : "never";
    return [
      `${id}: ${value}`,
      `  expires:         ${expiry}`,
      ...(fact.recheck ? [`  then check:      ${fact.recheck}`] : []),
      `  source:          ${fact.source.url} (confidence ${fact.source.confidence})`,
      `  verified:        ${howChecked(fact.source)}`,
      `  checked against: ${fact.source.checkedAgainst}`,
    ];
  });
}
