import { describe, expect, it } from "vitest";
import { checkFacts, checkOrganisations, checkPages, checkStrings } from "../../site/_lib/data/check-data.ts";

const today = "2026-11-22";
const source = { url: "https://example.org/x", verified: "2026-11-01", checkedAt: "source" as const, checkedAgainst: "the page", confidence: "H" as const };

describe("checkStrings", () => {
  const reference = { "nav.home": "Home", "units.days": { one: "{count} dag", other: "{count} dagen" }, "call": "Bel {number}" };
  const file = (lang: string) => `_data/strings/${lang}.ts`;

  it("names the file and the key of a missing translation", () => {
    const out = checkStrings(reference, { uk: { "units.days": { other: "{count} днів" }, call: "Дзвоніть {number}" } }, file);
    expect(out).toEqual(['_data/strings/uk.ts: "nav.home": missing translation']);
  });

  it("finds wrong shapes, lost placeholders, empty texts and extra keys", () => {
    const out = checkStrings(reference, { en: { "nav.home": "", "units.days": "days", call: "Call", extra: "x" } }, file);
    expect(out).toEqual([
      '_data/strings/en.ts: "nav.home": empty or not text',
      '_data/strings/en.ts: "units.days": must be plural forms',
      '_data/strings/en.ts: "call": placeholders {} differ from the reference {number}',
      '_data/strings/en.ts: "extra": not in the reference language',
    ]);
  });
});

describe("checkOrganisations", () => {
  it("names an organisation without a source", () => {
    const out = checkOrganisations([{ id: "nla", name: "NLA", phones: [] }], "_data/organisations.ts", today);
    expect(out).toEqual(["_data/organisations.ts: nla: no source"]);
  });

  it("names a bad phone number, a mismatched display form and a future check date", () => {
    const out = checkOrganisations(
      [{ id: "x", name: "X", source: { ...source, verified: "2027-01-01" }, phones: [{ number: "08007000", display: "0800-7000", source }, { number: "+318007000", display: "0800-7001", source }] }],
      "f.ts",
      today,
    );
    expect(out).toEqual([
      "f.ts: x.source.verified: 2027-01-01 is in the future",
      'f.ts: x.phones[0].number: "08007000" is not E.164 or a short number',
      'f.ts: x.phones[0].display: "0800-7000" does not match 08007000',
      'f.ts: x.phones[1].display: "0800-7001" does not match +318007000',
    ]);
  });
});

describe("checkFacts and checkPages", () => {
  it("names a fact without a verified date", () => {
    expect(checkFacts({ wage: { source: { url: "https://a.nl", verified: "", checkedAt: "sheet", checkedAgainst: "the sheet" } as never } }, "_data/facts.ts", today)).toEqual([
      "_data/facts.ts: wage.source.verified: missing or not a date (YYYY-MM-DD)",
    ]);
  });

  it("names a page present in one language but missing in another", () => {
    const out = checkPages({ nl: ["index.md", "privacy.md"], ru: ["index.md"] }, (l) => `site/${l}`);
    expect(out).toEqual(["site/ru/privacy.md: missing (site/nl/privacy.md exists)"]);
  });
});
