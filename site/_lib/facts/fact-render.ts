// How a fact appears in a sentence, given "today". An expiring date (when amounts apply from) shows its
// whole period, "1 July 2026 to 31 December 2026", so a page built earlier and read later still tells
// the truth. An amount from its expiry day on is not shown: a short note in the page's language says it
// may have changed and links to the source.
import type { Fact } from "../../../_data/facts.ts";
import type { Context } from "../i18n/context.ts";
import { lastValidDay, validityOf } from "./fact-expiry.ts";
import { formatDate, formatFactValue } from "../i18n/format.ts";

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** "https://www.rijksoverheid.nl/…" -> "rijksoverheid.nl": the name readers know the site by. */
export function siteName(url: string): string {
  return new URL(url).hostname.replace(/^www\./, "");
}

/**
 * The fact as plain text in `ctx`'s language, as it stands on `today` (YYYY-MM-DD); `expired` when an
 * amount is past its date and the text is the note instead of the value.
 */
export function factText(fact: Fact, ctx: Context, today: string): { text: string; expired: boolean } {
  const { value, expires } = fact;
  if (value.kind === "date" && expires) {
    const until = ctx.t("facts.until", { date: formatDate(lastValidDay(expires), ctx.intl) });
    return { text: `${formatDate(value.date, ctx.intl)} ${until}`, expired: false };
  }
  if (validityOf(expires, today) === "expired") return { text: ctx.t("facts.expired", { site: siteName(fact.source.url) }), expired: true };
  return { text: formatFactValue(value, ctx.intl, (count) => ctx.t("units.workingDays", { count })), expired: false };
}

/** The fact as HTML for a page: an expired amount becomes a note that links to the source. */
export function renderFact(fact: Fact, ctx: Context, today: string): string {
  const { text, expired } = factText(fact, ctx, today);
  if (!expired) return escapeHtml(text);
  return `<span class="fact-expired">(<a href="${escapeHtml(fact.source.url)}" rel="noreferrer">${escapeHtml(text)}</a>)</span>`;
}
