import { describe, expect, it } from "vitest";
import { azGroups, checkSearchTopics, excerpt, isIndexed, prepareQuery, stemUkrainian } from "../../site/_lib/search/search.ts";

describe("which pages are searchable", () => {
  it("content pages, the overview and the tree's start page", () => {
    for (const url of ["/nl/", "/uk/signalen/", "/en/melden/", "/ru/melden/overzicht/"]) expect(isIndexed(url), url).toBe(true);
  });
  it("not the tree's questions and advice (whatever their ids), the 404 pages, the search page or the chooser", () => {
    for (const url of ["/nl/melden/q3/", "/uk/melden/r12/", "/en/melden/work-pay/", "/nl/404.html", "/ru/zoeken/", "/", "/404.html"])
      expect(isIndexed(url), url).toBe(false);
  });
});

describe("the Ukrainian ending-stripper", () => {
  it("cuts common endings so prefix matching finds the other forms", () => {
    expect(stemUkrainian("зарплату")).toBe("зарплат");
    expect(stemUkrainian("зарплата")).toBe("зарплат");
    expect(stemUkrainian("поліцію")).toBe("поліц");
    expect(stemUkrainian("Поліція")).toBe("поліц");
    expect(stemUkrainian("борги")).toBe("борг");
    expect(stemUkrainian("житло")).toBe("житл");
  });
  it("leaves short words alone", () => {
    expect(stemUkrainian("борг")).toBe("борг");
    expect(stemUkrainian("ID")).toBe("id");
  });
  it("is applied to Ukrainian queries only", () => {
    expect(prepareQuery("  заробітну   плату ", "uk")).toBe("заробітн плат");
    expect(prepareQuery("в полицию", "ru")).toBe("в полицию");
    expect(prepareQuery("   ", "nl")).toBe("");
  });
});

describe("the A to Z index", () => {
  it("groups by first letter in the language's order", () => {
    const groups = azGroups(
      [
        { label: "житло", url: "/uk/a/" },
        { label: "Історія", url: "/uk/b/" },
        { label: "зарплата", url: "/uk/c/" },
        { label: "Жертва", url: "/uk/d/" },
      ],
      "uk",
    );
    expect(groups.map((g) => [g.letter, g.entries.map((e) => e.label)])).toEqual([
      ["Ж", ["Жертва", "житло"]],
      ["З", ["зарплата"]],
      ["І", ["Історія"]],
    ]);
  });

  it("files Dutch names in a Cyrillic index under one A–Z at the end, never beside a look-alike letter", () => {
    const groups = azGroups(
      [
        { label: "CoMensha", url: "/uk/a/" },
        { label: "суд", url: "/uk/b/" },
        { label: "Meld Misdaad Anoniem", url: "/uk/c/" },
        { label: "мінімальна зарплата", url: "/uk/d/" },
      ],
      "uk",
    );
    expect(groups.map((g) => [g.letter, g.entries.map((e) => e.label)])).toEqual([
      ["М", ["мінімальна зарплата"]],
      ["С", ["суд"]],
      ["A–Z", ["CoMensha", "Meld Misdaad Anoniem"]],
    ]);
    expect(azGroups([{ label: "CoMensha", url: "/nl/a/" }], "nl")[0]!.letter).toBe("C");
  });
});

describe("the topics check", () => {
  it("names the file and the key of a topic without a page", () => {
    const one = (term: string) => [{ term, section: "" }];
    const topics = {
      "/signalen/": { nl: one("schuld"), en: one("debt"), uk: one("борг"), ru: one("долг") },
      "/weg/": { nl: one("x"), en: one("x"), uk: one("x"), ru: one("x") },
    };
    const findings = checkSearchTopics(topics, (_, p) => p === "/signalen/", "_data/search-topics.ts");
    expect(findings).toEqual(["nl", "en", "uk", "ru"].map((l) => `_data/search-topics.ts: "/weg/": no such page in ${l}`));
  });
});

describe("excerpts", () => {
  it("skip the page's search words, start near the first match and mark the matches", () => {
    const content = "loon salaris Rechten op het werk. Je krijgt minstens het minimumloon per uur.";
    // Words 0–1 are the page's search words; word 10 is "minimumloon".
    const shown = (pieces: ReturnType<typeof excerpt>) => pieces.map((p) => (p.mark ? `[${p.text}]` : p.text)).join("");
    expect(shown(excerpt(content, [1, 10], 2, 6))).toBe("… krijgt minstens het [minimumloon] per uur.");
    expect(shown(excerpt(content, [0, 4], 2, 6))).toBe("Rechten op [het] werk. Je krijgt …");
    // Found only among the search words: the page's opening, nothing marked.
    expect(shown(excerpt(content, [1], 2, 4))).toBe("Rechten op het werk. …");
  });
});
