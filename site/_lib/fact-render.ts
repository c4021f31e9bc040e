// How a fact appears in a sentence, given "today". An expiring date (when amounts apply from) shows its
// whole period, "1 July 2026 to 31 December 2026", so a page built earlier and read later still tells
// the truth. An amount from its expiry day on is not shown: a short note in the page's language says it
// may have changed and links to the source.
import type { Fact } from "../../_data/facts.ts";
import type { Context } from "./context.ts";
import { lastValidDay, validityOf } from "./fact-expiry.ts";
import { formatDate, formatFactValue } from "./format.ts";

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** "https://www.rijksoverheid.nl/…" -> "rijksoverheid.nl": the name readers know the site by. */
export function siteName(url: string): string {
  return new URL(url).hostname.replace(/^www\./, "");
}

/** The fact as HTML for a page in `ctx`'s language, as it stands on `today` (YYYY-MM-DD). */
export function renderFact(fact: Fact, ctx: Context, today: string): string {
  const { value, expires } = fact;
  if (value.kind === "date" && expires) {
    const until = ctx.t("facts.until", { date: formatDate(lastValidDay(expires), ctx.intl) });
    return escapeHtml(`${formatDate(value.date, ctx.intl)} ${until}`);
  }
  if (validityOf(expires, today) === "expired") {
    const note = ctx.t("facts.expired", { site: siteName(fact.source.url) });
    return `<span class="fact-expired">(<a href="${escapeHtml(fact.source.url)}" rel="noreferrer">${escapeHtml(note)}</a>)</span>`;
  }
  return escapeHtml(formatFactValue(value, ctx.intl, (count) => ctx.t("units.workingDays", { count })));
}
