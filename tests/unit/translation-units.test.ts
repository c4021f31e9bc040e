// The translation-unit model: what a unit is, how a translation is paired with the Dutch, what a stamp
// records, and that a section keeps its Dutch anchor in every language.
import { describe, expect, it } from "vitest";
import { stripMarkers, unitsOf } from "../../site/_lib/translations/units.ts";
import { checkPage, stampPage, withDutchHeadingIds } from "../../site/_lib/translations/pages.ts";
import { checkStringPart, checkTopics, valueHash } from "../../site/_lib/translations/keyed.ts";
import { hashOf } from "../../site/_lib/translations/units.ts";

const nl = `---
title: Signalen
description: Waar let je op?
---

Mensenhandel is vaak verborgen.

## Op het werk

- Je krijgt contant betaald, te laat of helemaal niet.
- Er gaat veel geld van je loon af.
- Bel {% phone "emergency" %}.

| Wie | Nummer |
| --- | --- |
| Politie | {% phone "police" %} |

> **Voorbeeld.** Marek werkt in een kas.

{% directory %}
`;

const en = `---
title: Signs
description: What do you look out for?
---

Human trafficking is often hidden.

## At work

- You are paid in cash, late or not at all.
- A lot of money is taken from your pay.
- Call {% phone "emergency" %}.

| Who | Number |
| --- | --- |
| Police | {% phone "police" %} |

> **Example.** Marek works in a greenhouse.

{% directory %}
`;

const stamped = (tr = en, source = nl) => {
  const result = stampPage(source, tr);
  if ("refused" in result) throw new Error(result.refused.join("\n"));
  return result.source;
};

describe("units of a page", () => {
  it("are the title, description, heading, paragraph, list items, table rows, callout and shortcode block", () => {
    expect(unitsOf(nl).map((u) => u.kind)).toEqual([
      "title",
      "description",
      "paragraph",
      "heading 2",
      "list item",
      "list item",
      "list item",
      "table row",
      "table row",
      "callout",
      "shortcode",
    ]);
  });

  it("a nested list's items are units of their own, the parent item keeps only its own lines", () => {
    const units = unitsOf("1. Dwang, bijvoorbeeld:\n   - geweld;\n   - chantage.\n2. Uitbuiting.\n");
    expect(units.map((u) => [u.kind, u.text])).toEqual([
      ["list item", "Dwang, bijvoorbeeld:"],
      ["nested list item", "geweld;"],
      ["nested list item", "chantage."],
      ["list item", "Uitbuiting."],
    ]);
  });

  it("a marker records the Dutch version and is no part of the unit's text", () => {
    const [unit] = unitsOf("Human trafficking is often hidden. <!-- nl:3fa2c1 -->\n");
    expect(unit).toMatchObject({ kind: "paragraph", text: "Human trafficking is often hidden.", stamp: "3fa2c1" });
    expect(stripMarkers("- Call 112. <!-- nl:3fa2c1 -->\n| a | b | <!-- nl:abcdef -->")).toBe("- Call 112.\n| a | b |");
  });
});

describe("pairing a translation with the Dutch", () => {
  it("a page with the same units has nothing missing or extra; unstamped units are outdated", () => {
    const { findings } = checkPage(nl, en);
    expect(findings.filter((f) => f.type !== "outdated")).toEqual([]);
    expect(findings).toHaveLength(unitsOf(nl).length);
    expect(checkPage(nl, stamped()).findings).toEqual([]);
  });

  it("names the Dutch unit a translation lacks, also when its neighbours have the same kind", () => {
    const short = stamped().replace(/- You are paid in cash[^\n]*\n/, "");
    const { findings } = checkPage(nl, short);
    expect(findings.map((f) => f.message)).toEqual(['missing unit 5 (list item "Je krijgt contant betaald, te laat of helemaal…")']);
  });

  it("names a translated unit the Dutch lacks", () => {
    const long = stamped().replace("- Call {%", "- Ask your union.\n- Call {%");
    expect(checkPage(nl, long).findings.map((f) => f.message)).toEqual(['extra unit 7 (list item "Ask your union.")']);
  });

  it("missing comes before extra, extra before outdated", () => {
    const messy = en.replace("Human trafficking is often hidden.", "## Intro").replace(/- A lot of money[^\n]*\n/, "");
    expect(checkPage(nl, messy).findings.map((f) => f.type)).toEqual([
      "missing",
      "missing",
      "extra",
      ...Array(unitsOf(nl).length - 2).fill("outdated"),
    ]);
  });

  it("changing one Dutch unit marks exactly that unit outdated", () => {
    const changed = nl.replace("Er gaat veel geld van je loon af.", "Er gaat veel geld van je loon af, bijvoorbeeld voor huur.");
    const { findings } = checkPage(changed, stamped());
    expect(findings.map((f) => f.message)).toEqual([
      'outdated unit 6, translates Dutch unit 6 (list item "Er gaat veel geld van je loon af, bijvoorbeeld…"): the Dutch changed since it was translated',
    ]);
  });

  it("stamping refuses a translation that misses a unit, and names it", () => {
    const result = stampPage(nl, en.replace(/\| Police[^\n]*\n/, ""));
    expect(result).toEqual({ refused: ['missing unit 9 (table row "| Politie | police |")'] });
  });

  it("stamping puts the marker on the unit's last line and the YAML comment in the front matter", () => {
    const source = stamped();
    expect(source).toContain(`title: Signs # nl:${unitsOf(nl)[0]!.hash}`);
    expect(source).toMatch(/^- A lot of money is taken from your pay\. <!-- nl:[0-9a-f]{6} -->$/m);
    expect(source).toMatch(/^\| Police \| \{% phone "police" %\} \| <!-- nl:[0-9a-f]{6} -->$/m);
    expect(stamped(source)).toBe(source);
  });
});

describe("a section has the same anchor in every language", () => {
  it("a translated heading takes its Dutch heading's id, explicit or made from the Dutch text", () => {
    expect(withDutchHeadingIds(nl, stamped())).toMatch(/^## At work \{#op-het-werk\} <!-- nl:[0-9a-f]{6} -->$/m);
    const explicit = nl.replace("## Op het werk", "## Op het werk {#werk}");
    expect(withDutchHeadingIds(explicit, en)).toContain("## At work {#werk}");
    expect(withDutchHeadingIds(nl.replace("Op het werk", "Uit Oekraïne"), en)).toContain("## At work {#uit-oekraïne}");
  });
});

describe("strings and search terms", () => {
  const dutch = { "nav.home": "Home", "tree.step": "Vraag {n}" };
  it("a key is outdated until stamped, and again when the Dutch changes", () => {
    const english = { "nav.home": "Home", "tree.step": "Question {n}" };
    expect(checkStringPart("core", dutch, english, {}).map((f) => f.type)).toEqual(["outdated", "outdated"]);
    const stamps = { "core/nav.home": valueHash("Home"), "core/tree.step": valueHash("Vraag {n}") };
    expect(checkStringPart("core", dutch, english, stamps)).toEqual([]);
    expect(checkStringPart("core", { ...dutch, "tree.step": "Stap {n}" }, english, stamps).map((f) => f.message)).toEqual([
      'outdated "tree.step" (Dutch "Stap {n}"): the Dutch changed since it was translated',
    ]);
  });

  it("displayed terms pair with the Dutch terms; a term beyond the Dutch is extra", () => {
    const terms = (...t: string[]) => t.map((term) => ({ term }));
    const topics = { "/melden/": { nl: terms("melden", "tip geven"), en: terms("report", "tip-off", "hotline") } };
    const stamps = { "/melden/#0": hashOf("melden"), "/melden/#1": hashOf("tip geven") };
    expect(checkTopics(topics, "en", stamps).map((f) => f.message)).toEqual([
      '/melden/: extra term 3 "hotline" (an everyday synonym belongs in the entry\'s "words")',
    ]);
  });
});
