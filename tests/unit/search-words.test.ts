// People's own words (issue 20): small words dropped, list words recognised with their forms and small
// typos, fragments never counted as found, the section a result opens, an organisation's phone line.
import { describe, expect, it } from "vitest";
import searchSmallWords from "../../_data/search-small-words.ts";
import searchTopics from "../../_data/search-topics.ts";
import { bestSection, foundOnRealWords, phoneOf, type FoundPage } from "../../site/_lib/search/results.ts";
import { checkSearchTopics, lexiconFor, spacedBlocks } from "../../site/_lib/search/search.ts";
import { correct, editDistance, isRealMatch, sameWord, understand, wordsOf } from "../../site/_lib/search/words.ts";

const lexicon = (locale: "nl" | "en" | "uk" | "ru") => lexiconFor(searchTopics, searchSmallWords[locale], locale);
const first = (query: string, locale: "nl" | "en" | "uk" | "ru") => understand(query, lexicon(locale), locale).hits[0]?.to;

describe("people's own words", () => {
  it("drops small words and finds what the sentence is about", () => {
    expect(understand("agency took my passport", lexicon("en"), "en").content).toEqual(["agency", "passport"]);
    expect(first("agency took my passport", "en")).toBe("/en/rechten-op-het-werk/#je-paspoort-of-id-kaart");
    expect(first("krijg mijn salaris niet", "nl")).toBe("/nl/hulp/#org-nla-name");
    expect(first("salaris", "nl")).toBe("/nl/rechten-op-het-werk/#minimumloon");
    expect(first("агентство забрало мій паспорт", "uk")).toBe("/uk/rechten-op-het-werk/#je-paspoort-of-id-kaart");
    expect(first("не платят зарплату", "ru")).toBe("/ru/hulp/#org-nla-name");
  });

  it("knows other forms and small typos of a listed word, not short look-alikes", () => {
    expect(sameWord("paspoorten", "paspoort")).toBe(true);
    expect(sameWord("зарплатою", "зарплата")).toBe(true);
    expect(sameWord("pasport", "passport")).toBe(true);
    expect(sameWord("uitzendbureua", "uitzendbureau")).toBe(true);
    expect(sameWord("агенство", "агентство")).toBe(true);
    expect(sameWord("долго", "долг")).toBe(false);
    expect(sameWord("loon", "lood")).toBe(false);
    expect(editDistance("bureua", "bureau")).toBe(1);
    expect(first("uitzendbureua", "nl")).toBe("/nl/rechten-op-het-werk/");
  });

  it("puts a word typed exactly as listed before a look-alike of another entry's word", () => {
    // "deport" is one typo from "report" (the tree's entry), and exactly a word of the reflection period.
    expect(first("deport", "en")).toBe("/en/rechten-slachtoffers/#bedenktijd");
    expect(first("report", "en")).toBe("/en/melden/");
    // "zonder" is a small word, but "zonder naam" is not "naam melden".
    expect(first("zonder naam melden", "nl")).toBe("/nl/hulp/#kan-ik-anoniem-blijven");
  });

  it("corrects a word of 6+ letters against the index's words, and leaves short ones alone", () => {
    expect(correct("werkomstandigheeden", ["werkomstandigheden", "werkgever"])).toBe("werkomstandigheden");
    expect(correct("werkgever", ["werkgever"])).toBeUndefined();
    expect(correct("lonn", ["loon"])).toBeUndefined();
  });

  it("never counts a fragment as found", () => {
    expect(isRealMatch("uit", "uitzendbureua", "nl")).toBe(false);
    expect(isRealMatch("uitzendbureau,", "uitzendbureau", "nl")).toBe(true);
    expect(isRealMatch("Зарплата", "зарплат", "uk")).toBe(true);
    expect(isRealMatch("за", "зарплат", "uk")).toBe(false);
    const page: FoundPage = { url: "/nl/cijfers/", content: "Cijfers uit de regio", locations: [1], meta: {} };
    expect(foundOnRealWords(page, ["uitzendbureua"], "nl")).toBe(false);
  });

  it("splits words the way the index does", () => {
    expect(wordsOf("«Швидко вийти»: ID-kaart, 's nachts!", "uk")).toEqual(["швидко", "вийти", "id-kaart", "s", "nachts"]);
    expect(spacedBlocks("<dt>Waarvoor</dt><dd>Uitbuiting</dd>")).toBe("<dt>Waarvoor</dt> <dd>Uitbuiting</dd> ");
  });
});

describe("the section a result opens", () => {
  const page: FoundPage = {
    url: "/nl/hulp/",
    content: "Waar kun je terecht? Politie Bel 0900‑8844 Waarvoor aangifte Nederlandse Arbeidsinspectie Bel 0800‑5151 (gratis) Waarvoor uitbuiting op het werk",
    locations: [9, 10],
    anchors: [
      { element: "h2", id: "org-politie-name", text: "Politie", location: 4 },
      { element: "h2", id: "org-nla-name", text: "Nederlandse Arbeidsinspectie", location: 9 },
    ],
    meta: { title: "Waar kun je terecht?" },
  };

  it("is the listed section, else the one where the words are, and an organisation shows its number", () => {
    expect(bestSection(page, ["arbeidsinspectie"], "nl").id).toBe("org-nla-name");
    expect(bestSection(page, ["arbeidsinspectie"], "nl", "org-politie-name").id).toBe("org-politie-name");
    const nla = bestSection(page, ["arbeidsinspectie"], "nl");
    expect(phoneOf(page, nla)).toEqual({ text: "Bel 0800‑5151", tel: "08005151", end: 14 });
  });
});

describe("the list", () => {
  it("passes its own check, and a label leading to two places is named", () => {
    expect(checkSearchTopics(searchTopics, () => true, "_data/search-topics.ts")).toEqual([]);
    const twice = { "/a/": { nl: [{ term: "loon", section: "x" }], en: [], uk: [], ru: [] }, "/b/": { nl: [{ term: "Loon", section: "" }], en: [], uk: [], ru: [] } };
    expect(checkSearchTopics(twice, () => true, "f.ts")).toEqual(['f.ts: "/b/".nl: "Loon" also leads to /a/#x']);
  });

  it("keeps the review's page terms in the A to Z and the old words only as synonyms (UK17–19, RU16–18)", () => {
    const terms = (locale: "uk" | "ru") => Object.values(searchTopics).flatMap((p) => p[locale].map((t) => t.term));
    expect(terms("uk")).toEqual(expect.arrayContaining(["безпечне житло (opvang)", "відпускна надбавка (vakantiegeld)", "гроші на життя (leefgeld)", "розрахунковий листок (loonstrook)", "заява до поліції (aangifte)", "конфіденційність"]));
    expect(terms("uk")).not.toEqual(expect.arrayContaining(["притулок"]));
    expect(terms("uk").some((t) => /^(притулок|відпускні|гроші на проживання|приватність)$/.test(t))).toBe(false);
    expect(terms("ru")).toEqual(expect.arrayContaining(["безопасное жильё (opvang)", "отпускная надбавка (vakantiegeld)", "деньги на жизнь (leefgeld)", "расчётный листок (loonstrook)", "заявление в полицию (aangifte)"]));
    expect(terms("ru").some((t) => /^(приют|отпускные|деньги на проживание|расчётный лист)$/.test(t))).toBe(false);
  });
});
