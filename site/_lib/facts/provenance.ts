// What a page says about how a source was checked. "Checked on DATE" only where someone compared the
// value with the source page itself; otherwise it says plainly what the value was compared with, so a
// professional relying on the date knows what it means (fact review 2026-12, P2).
import type { CheckedAt, Source } from "../../../_data/types/source.ts";
import type { Context } from "../i18n/context.ts";
import { formatDate } from "../i18n/format.ts";

/** From strongest to weakest: a page citing one address twice shows the weakest check. */
const STRENGTH: Readonly<Record<CheckedAt, number>> = { source: 3, copy: 2, secondary: 1, sheet: 0 };

/** True when `a` says less about the address than `b`: a weaker way of checking, or the same way on an older day. */
export function weakerCheck(a: Source, b: Source): boolean {
  const byWay = STRENGTH[a.checkedAt] - STRENGTH[b.checkedAt];
  return byWay < 0 || (byWay === 0 && a.verified < b.verified);
}

/** The line after a source's address, in the page's language. */
export function provenanceText(source: Source, ctx: Pick<Context, "t" | "intl">): string {
  const date = formatDate(source.verified, ctx.intl);
  switch (source.checkedAt) {
    case "source":
      return ctx.t("sources.verified", { date });
    case "copy":
      return ctx.t("sources.viaCopy", { date });
    case "secondary":
      return ctx.t("sources.viaOther", { date, via: source.via ?? "" });
    case "sheet":
      return ctx.t("sources.viaSheet", { date });
  }
}
