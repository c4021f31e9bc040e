// How a page says where a fact comes from: "checked on DATE" only for a fact someone compared with the
// source page itself; everything else says plainly what it was compared with (fact review 2026-12, P2).
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../_data/locales.ts";
import facts from "../../_data/facts.ts";
import organisations from "../../_data/organisations.ts";
import type { Source } from "../../_data/types/source.ts";
import { provenanceText, weakerCheck } from "../../site/_lib/facts/provenance.ts";
import { checkLawLink, KNOWN_LAWS } from "../../site/_lib/facts/laws.ts";
import { checkFacts } from "../../site/_lib/data/check-data.ts";
import { citeSource, forgetAllSources, sourcesOf } from "../../site/_lib/facts/page-sources.ts";
import { contextFor } from "../../site/_lib/i18n/strings.ts";

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");
const base = { url: "https://www.example.org/rule", verified: "2026-12-01", checkedAgainst: "x", confidence: "H" as const };
const atSource: Source = { ...base, checkedAt: "source" };
const viaSheet: Source = { ...base, checkedAt: "sheet" };

const CHECKED_ON = { nl: "gecontroleerd op 1 december 2026", en: "checked on 1 December 2026", uk: "перевірено 1 грудня 2026", ru: "проверено 1 декабря 2026" };
const NOT_AT_SOURCE = {
  nl: "volgens onze feitenlijst van 1 december 2026, die deze bron aanhaalt; nog niet door ons op de website van de bron zelf bekeken",
  en: "according to our fact list of 1 December 2026, which quotes this source; not yet checked by us on the source's own website",
  uk: "за нашим переліком фактів від 1 грудня 2026 р., де наведено це джерело; на сайті самого джерела ми ще не перевіряли",
  ru: "по нашему списку фактов от 1 декабря 2026 г., где приводится этот источник; на сайте самого источника мы ещё не проверяли",
};
/** What every line for a fact not compared with the live page ends with. */
const NOT_YET_LIVE = {
  nl: "nog niet door ons op de website van de bron zelf bekeken",
  en: "not yet checked by us on the source's own website",
  uk: "на сайті самого джерела ми ще не перевіряли",
  ru: "на сайте самого источника мы ещё не проверяли",
};

describe("the line beside a source", () => {
  for (const locale of LOCALES) {
    const ctx = contextFor(locale);
    it(`${locale}: a fact checked at the source says "checked on DATE"`, () => {
      expect(plain(provenanceText(atSource, ctx))).toContain(CHECKED_ON[locale]);
    });
    it(`${locale}: a fact checked only via the facts sheet, a stored copy or another site never says "checked on"`, () => {
      expect(plain(provenanceText(viaSheet, ctx))).toContain(NOT_AT_SOURCE[locale]);
      for (const other of [viaSheet, { ...base, checkedAt: "copy" as const }, { ...base, checkedAt: "secondary" as const, via: "gemeente.nu" }]) {
        const line = plain(provenanceText(other, ctx));
        expect(line).not.toContain(CHECKED_ON[locale]);
        expect(line).toContain("1");
        expect(line.endsWith(NOT_YET_LIVE[locale])).toBe(true);
      }
      expect(provenanceText({ ...base, checkedAt: "secondary", via: "gemeente.nu" }, ctx)).toContain("gemeente.nu");
    });
  }

  it("a page citing one address twice shows the weaker check, even when it is newer", () => {
    forgetAllSources();
    citeSource("/p/", { ...atSource, verified: "2026-11-01" });
    citeSource("/p/", { ...viaSheet, verified: "2026-12-03" });
    expect(sourcesOf("/p/")).toEqual([{ ...viaSheet, verified: "2026-12-03" }]);
    expect(weakerCheck({ ...viaSheet, verified: "2026-01-01" }, { ...viaSheet, verified: "2026-02-01" })).toBe(true);
    forgetAllSources();
  });

  it("nothing in the data claims a check at the source: nobody could open the pages from here", () => {
    // Change this test the day someone really compares a value with its page (checkedAt: "source").
    const all = [...Object.values(facts).map((f) => f.source), ...organisations.flatMap((o) => [o.source, ...o.phones.map((p) => p.source)])];
    expect(all.filter((s) => s.checkedAt === "source")).toEqual([]);
  });
});

describe("links to wetten.overheid.nl name their law", () => {
  const law = (bwbr: string, title: string, url = `https://wetten.overheid.nl/${bwbr}/`) => ({ url, law: { bwbr, title } });

  it("every such link in the data carries the identifier and title of the checked table", () => {
    expect(checkFacts(facts, "_data/facts.ts", "2026-12-04")).toEqual([]);
    const laws = Object.values(facts).flatMap((f) => ((f.source as Source).law ? [(f.source as Source).law!] : []));
    expect(laws.map((l) => l.bwbr).sort()).toEqual(["BWBR0001854", "BWBR0002638", "BWBR0005290", "BWBR0005290", "BWBR0009616"]);
    for (const l of laws) expect(KNOWN_LAWS[l.bwbr]).toBe(l.title);
  });

  it("the Waadi is BWBR0009616, and the recruitment-fee ban cites art. 3(1) and art. 9", () => {
    expect(KNOWN_LAWS.BWBR0009616).toBe("Wet allocatie arbeidskrachten door intermediairs");
    expect(facts.recruitmentFeeBan.source.url).toBe("https://wetten.overheid.nl/BWBR0009616/");
    expect(facts.recruitmentFeeBan.value.citation).toBe("Waadi, art. 3(1), art. 9");
  });

  it("a wrong identifier for a named law is refused, naming the key", () => {
    const where = "_data/facts.ts: recruitmentFeeBan";
    expect(checkLawLink(law("BWBR0009755", "Wet allocatie arbeidskrachten door intermediairs"), where)).toEqual([
      `${where}.source.url: BWBR0009755 is the Elektriciteitswet 1998 (the Waadi is BWBR0009616)`,
    ]);
    expect(checkLawLink(law("BWBR0009616", "Wet allocatie arbeidskrachten door intermediairs", "https://wetten.overheid.nl/BWBR0002638/"), where)).toEqual([
      `${where}.source.url: opens BWBR0002638, but law.bwbr says BWBR0009616`,
      `${where}.source.law.title: "Wet allocatie arbeidskrachten door intermediairs", but BWBR0002638 is "Wet minimumloon en minimumvakantiebijslag"`,
    ]);
    expect(checkLawLink(law("BWBR0002638", "Waadi"), where)).toEqual([
      `${where}.source.law.title: "Waadi", but BWBR0002638 is "Wet minimumloon en minimumvakantiebijslag"`,
    ]);
    expect(checkLawLink(law("BWBR0000001", "Een wet"), where)).toEqual([`${where}.source.url: BWBR0000001 is not in the checked table site/_lib/facts/laws.ts`]);
    expect(checkLawLink({ url: "https://wetten.overheid.nl/BWBR0009616/" }, where)).toEqual([
      `${where}.source.law: missing: name the law this link opens ({ bwbr: "BWBR0009616", title: "…" })`,
    ]);
  });
});
