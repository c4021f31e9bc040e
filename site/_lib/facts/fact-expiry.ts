// Facts that stop being true on a known day (the minimum wage: every 1 January and 1 July). Pure: the
// caller passes "today" (see ./today.ts), so tests can fix the clock.
import type { Source } from "../../../_data/types/source.ts";

/** Within this many days of its expiry a fact is "expiring" and the build warns. */
export const SOON_DAYS = 30;

export type Validity = "current" | "expiring" | "expired";

interface ExpiringFact {
  value: { kind: string };
  source: Source;
  expires?: string;
  recheck?: string;
}

const DAY = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

/** "expired" from the expiry day on; "expiring" in the SOON_DAYS before it; otherwise "current". */
export function validityOf(expires: string | undefined, today: string, soonDays = SOON_DAYS): Validity {
  if (!expires) return "current";
  const left = daysBetween(today, expires);
  if (left <= 0) return "expired";
  return left <= soonDays ? "expiring" : "current";
}

/** The last day a fact is valid: the day before it expires (pages say "to 31 December 2026"). */
export function lastValidDay(expires: string): string {
  return new Date(Date.parse(`${expires}T00:00:00Z`) - DAY).toISOString().slice(0, 10);
}

/**
 * One warning line per expired or soon-expiring fact: its id, when, the source to open and what to
 * compare there. The build prints these and goes on: pages already show an expired fact as "may have
 * changed", and a re-check needs a person.
 */
export function expiryWarnings(facts: Readonly<Record<string, ExpiringFact>>, file: string, today: string, soonDays = SOON_DAYS): string[] {
  return Object.entries(facts)
    .filter(([, fact]) => validityOf(fact.expires, today, soonDays) !== "current")
    .sort(([idA, a], [idB, b]) => a.expires!.localeCompare(b.expires!) || idA.localeCompare(idB))
    .map(([id, fact]) => {
      const left = daysBetween(today, fact.expires!);
      const when = left <= 0 ? `expired on ${fact.expires} (pages now say it may have changed)` : `expires on ${fact.expires} (in ${left} day${left === 1 ? "" : "s"})`;
      return `warning: ${file}: ${id} ${when}: check ${fact.source.url} for ${fact.recheck}; then update the value, source.verified, source.checkedAgainst and expires`;
    });
}

/** Kinds a page can show as a period or replace by "may have changed" (see fact-render.ts). */
const EXPIRING_KINDS = new Set(["money", "date"]);

/** An expiry must be a real date, on a money or date fact, and say what to re-check. */
export function checkExpiries(facts: Readonly<Record<string, ExpiringFact>>, file: string): string[] {
  const out: string[] = [];
  for (const [id, fact] of Object.entries(facts)) {
    if (fact.expires === undefined) continue;
    const where = `${file}: ${id}`;
    if (!ISO_DATE.test(fact.expires) || Number.isNaN(Date.parse(fact.expires))) out.push(`${where}.expires: not a date (YYYY-MM-DD)`);
    if (!EXPIRING_KINDS.has(fact.value.kind)) out.push(`${where}.expires: only money and date facts can expire (this is "${fact.value.kind}")`);
    if (!fact.recheck?.trim()) out.push(`${where}.recheck: missing (say what to compare with the source when it expires)`);
  }
  return out;
}

/**
 * Pages that show an expiring amount without its period: a page built before the expiry day may be
 * served after it, so the reader must see "from 1 July 2026 to 31 December 2026" beside the amount.
 * The period comes from the date fact with the same expiry ({% fact "minimumWageFrom" %}).
 */
export function pagesMissingPeriod(
  facts: Readonly<Record<string, ExpiringFact>>,
  pages: readonly { file: string; text: string }[],
): string[] {
  const used = (text: string) => new Set([...text.matchAll(/\{%-?\s*fact\s+["']([\w]+)["']/g)].map((m) => m[1]!));
  const out: string[] = [];
  for (const page of pages) {
    const ids = used(page.text);
    for (const id of ids) {
      const fact = facts[id];
      if (!fact?.expires || fact.value.kind !== "money") continue;
      const period = Object.entries(facts).find(([, f]) => f.value.kind === "date" && f.expires === fact.expires);
      if (period && !ids.has(period[0])) {
        out.push(`warning: ${page.file}: shows ${id} but not its period: add "{% fact "${period[0]}" %}" next to it`);
        break;
      }
    }
  }
  return out;
}
