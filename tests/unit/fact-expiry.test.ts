// Facts that expire, with a fixed clock: the expired rendering in all four languages, the period beside
// expiring amounts, the build warning and the `npm run facts` list.
import { describe, expect, it } from "vitest";
import facts from "../../_data/facts.ts";
import { LOCALES } from "../../_data/locales.ts";
import { checkExpiries, expiryWarnings, lastValidDay, pagesMissingPeriod, validityOf } from "../../site/_lib/facts/fact-expiry.ts";
import { renderFact } from "../../site/_lib/facts/fact-render.ts";
import { factsReport } from "../../site/_lib/facts/facts-report.ts";
import { contextFor } from "../../site/_lib/i18n/strings.ts";
import { siteToday } from "../../site/_lib/facts/today.ts";

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");
const text = (html: string) => plain(html.replace(/<[^>]+>/g, ""));
const SOURCE = facts.minimumWage21.source.url;

describe("an amount past its expiry day", () => {
  const expected = {
    nl: { before: "€ 14,99", after: "(het bedrag is misschien veranderd: kijk op rijksoverheid.nl)" },
    en: { before: "€14.99", after: "(the amount may have changed: check rijksoverheid.nl)" },
    uk: { before: "14,99 €", after: "(сума могла змінитися: перевірте на rijksoverheid.nl)" },
    ru: { before: "14,99 €", after: "(сумма могла измениться: проверьте на rijksoverheid.nl)" },
  } as const;

  for (const locale of LOCALES) {
    it(`${locale}: shows the amount until the day before, then says it may have changed and links to the source`, () => {
      const ctx = contextFor(locale);
      expect(text(renderFact(facts.minimumWage21, ctx, "2026-12-31"))).toBe(expected[locale].before);
      const after = renderFact(facts.minimumWage21, ctx, "2027-01-01");
      expect(text(after)).toBe(expected[locale].after);
      expect(after).not.toMatch(/14[.,]99/);
      expect(after).toContain(`<a href="${SOURCE}" rel="noreferrer">`);
    });
  }

  it("leaves facts without an expiry alone, whatever the day", () => {
    expect(text(renderFact(facts.holidayAllowance, contextFor("en"), "2099-01-01"))).toBe("8%");
  });
});

describe("the period beside expiring amounts", () => {
  const periods = {
    nl: "1 juli 2026 tot en met 31 december 2026",
    en: "1 July 2026 to 31 December 2026",
    uk: "1 липня 2026 р. до 31 грудня 2026 р. включно",
    ru: "1 июля 2026 г. по 31 декабря 2026 г.",
  } as const;
  for (const locale of LOCALES) {
    it(`${locale}: "from {% fact "minimumWageFrom" %}" reads as the whole period, before and after expiry`, () => {
      const ctx = contextFor(locale);
      expect(text(renderFact(facts.minimumWageFrom, ctx, "2026-11-23"))).toBe(periods[locale]);
      expect(text(renderFact(facts.minimumWageFrom, ctx, "2027-02-01"))).toBe(periods[locale]);
    });
  }

  it("ends the period the day before the expiry", () => {
    expect(lastValidDay("2027-01-01")).toBe("2026-12-31");
    expect(lastValidDay("2026-03-01")).toBe("2026-02-28");
  });

  it("warns about a page that shows an expiring amount without its period", () => {
    const pages = [
      { file: "site/en/a.md", text: 'at least {% fact "minimumWage21" %} per hour' },
      { file: "site/en/b.md", text: 'from {% fact "minimumWageFrom" %}: {% fact "minimumWage21" %}' },
      { file: "site/en/c.md", text: '{% fact "holidayAllowance" %}' },
    ];
    expect(pagesMissingPeriod(facts, pages)).toEqual([
      'warning: site/en/a.md: shows minimumWage21 but not its period: add "{% fact "minimumWageFrom" %}" next to it',
    ]);
  });
});

describe("the build warning", () => {
  it("is silent more than 30 days ahead, warns within 30 days and after expiry", () => {
    expect(validityOf("2027-01-01", "2026-12-01")).toBe("current");
    expect(validityOf("2027-01-01", "2026-12-02")).toBe("expiring");
    expect(validityOf("2027-01-01", "2027-01-01")).toBe("expired");
    expect(expiryWarnings(facts, "_data/facts.ts", "2026-11-23")).toEqual([]);
  });

  it("names the fact, its source and what to check, one line per fact", () => {
    const soon = expiryWarnings(facts, "_data/facts.ts", "2026-12-20");
    expect(soon).toHaveLength(5);
    expect(soon[0]).toBe(
      `warning: _data/facts.ts: minimumWage18 expires on 2027-01-01 (in 12 days): check ${SOURCE} for the gross hourly minimum wage for age 18 from the next indexation (1 January or 1 July); then update the value, source.verified, source.checkedAgainst and expires`,
    );
    const late = expiryWarnings(facts, "_data/facts.ts", "2027-01-05");
    expect(late.find((l) => l.includes(" minimumWage21 "))).toContain("minimumWage21 expired on 2027-01-01 (pages now say it may have changed)");
  });

  it("refuses an expiry without a re-check note or on a kind that cannot expire", () => {
    const bad = {
      a: { value: { kind: "money" }, source: facts.minimumWage21.source, expires: "2027-01-01" },
      b: { value: { kind: "percent" }, source: facts.minimumWage21.source, expires: "2027-13-01", recheck: "x" },
    };
    expect(checkExpiries(bad, "_data/facts.ts")).toEqual([
      "_data/facts.ts: a.recheck: missing (say what to compare with the source when it expires)",
      "_data/facts.ts: b.expires: not a date (YYYY-MM-DD)",
      '_data/facts.ts: b.expires: only money and date facts can expire (this is "percent")',
    ]);
    expect(checkExpiries(facts, "_data/facts.ts")).toEqual([]);
  });
});

describe("the clock", () => {
  it("is SITE_TODAY when set, the real day otherwise, and refuses a bad date", () => {
    expect(siteToday({ SITE_TODAY: "2027-01-02" })).toBe("2027-01-02");
    expect(siteToday({}, new Date("2026-11-23T10:00:00Z"))).toBe("2026-11-23");
    expect(() => siteToday({ SITE_TODAY: "tomorrow" })).toThrow(/SITE_TODAY/);
  });
});

describe("npm run facts", () => {
  it("lists every fact with value, source, verified, checked against and expiry, soonest expiry first", () => {
    const lines = factsReport(facts, "2026-12-20");
    const ids = lines.filter((l) => !l.startsWith(" ")).map((l) => l.split(":")[0]);
    expect(ids).toHaveLength(Object.keys(facts).length);
    expect(ids.slice(0, 5).sort()).toEqual(["minimumWage18", "minimumWage19", "minimumWage20", "minimumWage21", "minimumWageFrom"]);
    const first = lines.indexOf("minimumWage18: €7.50");
    expect(lines.slice(first + 1, first + 6)).toEqual([
      "  expires:         2027-01-01 (EXPIRING)",
      `  then check:      ${facts.minimumWage18.recheck}`,
      `  source:          ${SOURCE} (confidence M)`,
      "  verified:        2026-11-23, via the facts sheet only",
      `  checked against: ${facts.minimumWage18.source.checkedAgainst}`,
    ]);
    expect(lines).toContain("  expires:         never");
  });
});
