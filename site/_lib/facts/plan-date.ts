// Dates of municipal plans: some give a day, some only a year.
import { formatDate } from "../i18n/format.ts";

export function formatPlanDate(date: string, intl: string): string {
  return /^\d{4}$/.test(date) ? date : formatDate(date, intl);
}

/** Whole years between the plan's date and `today` (YYYY-MM-DD); a year-only date counts from 1 July. */
export function yearsSince(date: string, today: string): number {
  const from = /^\d{4}$/.test(date) ? `${date}-07-01` : date;
  const [fy, fm, fd] = from.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = today.split("-").map(Number) as [number, number, number];
  return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
}
