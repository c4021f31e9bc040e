// Formatting facts for a page language with Intl: money, percentages, durations with their unit
// (Intl words the unit and picks the plural), dates, and working days through the plural strings.
import type { FactValue } from "../../../_data/facts.ts";

// Building an Intl formatter costs far more than using one, and every page formats dozens of dates
// (its sources' "compared on" lines): one formatter per language and kind.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function formatter<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = make()));
  return f as T;
}

export function formatMoney(amount: number, intl: string): string {
  return formatter(`money ${intl}`, () => new Intl.NumberFormat(intl, { style: "currency", currency: "EUR", currencyDisplay: "narrowSymbol" })).format(amount);
}

export function formatPercent(value: number, intl: string): string {
  return formatter(`percent ${intl}`, () => new Intl.NumberFormat(intl, { style: "percent", maximumFractionDigits: 1 })).format(value / 100);
}

export function formatDuration(value: number, unit: "hour" | "day" | "week" | "month", intl: string): string {
  return formatter(`${unit} ${intl}`, () => new Intl.NumberFormat(intl, { style: "unit", unit, unitDisplay: "long" })).format(value);
}

/** ISO date (YYYY-MM-DD) as a long local date, read in UTC so the day never shifts. */
export function formatDate(iso: string, intl: string): string {
  return formatter(`date ${intl}`, () => new Intl.DateTimeFormat(intl, { dateStyle: "long", timeZone: "UTC" })).format(new Date(`${iso}T00:00:00Z`));
}

export function formatFactValue(value: FactValue, intl: string, workingDays: (count: number) => string): string {
  switch (value.kind) {
    case "money":
      return formatMoney(value.amount, intl);
    case "percent":
      return formatPercent(value.value, intl);
    case "duration":
      return formatDuration(value.value, value.unit, intl);
    case "workingDays":
      return workingDays(value.value);
    case "date":
      return formatDate(value.date, intl);
    case "law":
      return value.citation;
  }
}
