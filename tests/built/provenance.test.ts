// Every built page's "Sources": a source shows "checked on DATE" only when the data says it was checked at
// the source itself; every other source says what it was compared with (fact review 2026-12, P2).
import { describe, expect, it } from "vitest";
import facts from "../../_data/facts.ts";
import organisations from "../../_data/organisations.ts";
import { treeNotes } from "../../_data/tree-notes.ts";
import type { Source } from "../../_data/types/source.ts";
import { LOCALES } from "../../_data/locales.ts";
import { contextFor } from "../../site/_lib/i18n/strings.ts";
import { builtPages } from "./helpers.ts";

const byUrl = new Map<string, Source[]>();
for (const s of [...Object.values(facts).map((f) => f.source as Source), ...organisations.flatMap((o) => [o.source, ...o.phones.map((p) => p.source)]),
  ...Object.values(treeNotes).flatMap((n) => [n.source as Source, ...("phone" in n ? [n.phone.source as Source] : [])]),
])
  byUrl.set(s.url, [...(byUrl.get(s.url) ?? []), s]);

/** "checked on" in each language, without its date. */
const checkedOn = Object.fromEntries(LOCALES.map((l) => [l, contextFor(l).t("sources.verified", { date: "" }).trim()]));

describe("the sources on every page", () => {
  const pages = builtPages().filter((p) => p.doc.querySelector("section.sources"));

  it("are listed on the pages that state facts", () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  it('say "checked on" only beside a source checked at the source itself, and name every law', () => {
    for (const page of pages) {
      const lang = page.url.split("/")[1] as (typeof LOCALES)[number];
      for (const li of page.doc.querySelectorAll("section.sources li")) {
        const href = li.querySelector("a")!.getAttribute("href")!;
        const sources = byUrl.get(href);
        expect(sources, `${page.url}: ${href} is not a source in the data`).toBeDefined();
        const atSource = sources!.every((s) => s.checkedAt === "source");
        const text = li.text.replace(/\s+/g, " ");
        if (atSource) expect(text, `${page.url}: ${href}`).toContain(checkedOn[lang]);
        // "checked on" followed by its date; the other lines may use the same verb ("перевірено за …").
        else expect(text, `${page.url}: ${href}`).not.toMatch(new RegExp(`— ${checkedOn[lang]} \\d`));
        const law = sources![0]!.law;
        if (law) expect(text, `${page.url}: ${href}`).toContain(law.title);
      }
    }
  });
});
