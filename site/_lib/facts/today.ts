// The day the build treats as "today": for expiring facts and for refusing `verified` dates in the
// future. SITE_TODAY=YYYY-MM-DD fixes it, so tests (and a rebuild that must look ahead) can set the clock.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function siteToday(env: Readonly<Record<string, string | undefined>> = process.env, now = new Date()): string {
  const fixed = env.SITE_TODAY;
  if (fixed === undefined || fixed === "") return now.toISOString().slice(0, 10);
  if (!ISO_DATE.test(fixed) || Number.isNaN(Date.parse(fixed))) throw new Error(`SITE_TODAY: "${fixed}" is not a date (YYYY-MM-DD)`);
  return fixed;
}
