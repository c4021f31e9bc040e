// What a reader of a translated page notices of the translation units: no marker ever shows, and a
// section has the same anchor as in Dutch, so a link to it lands on the same section in every language.
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { builtPages } from "./helpers.ts";
import { UNIT_CHECKED_LOCALES, isHeldToDutch } from "../../site/_lib/translations/enforced.ts";

const pages = builtPages();

describe("translation units on the built site", () => {
  it("no page shows a translation marker, in its text or in its source", () => {
    const marked = pages.filter((p) => /nl:[0-9a-f]{6}/.test(p.html)).map((p) => p.url);
    expect(marked).toEqual([]);
  });

  const held = pages.filter((p) => {
    const [, lang, ...rest] = p.url.split("/");
    const page = rest.filter(Boolean).join("/").replace(/\.html$/, "") || "index";
    const markdown = existsSync(`site/nl/${page}.md`); // the tree's pages are one template, not Markdown
    return markdown && UNIT_CHECKED_LOCALES.includes(lang as never) && isHeldToDutch(lang!, `${page}.md`);
  });
  it.each(held.map((p) => [p.url, p] as const))("%s: every section has the Dutch section's anchor", (url, page) => {
    const dutch = pages.find((p) => p.url === url.replace(/^\/[a-z]{2}\//, "/nl/"))!;
    const ids = (doc: typeof page.doc) => doc.querySelectorAll("main h2[id], main h3[id]").map((h) => h.id);
    expect(ids(page.doc)).toEqual(ids(dutch.doc));
  });
});

describe("names in the reader's language", () => {
  // "Politie" is an ordinary Dutch word: a translated page names the police in its own language (X3).
  const translated = pages.filter((p) => /^\/(en|uk|ru)\/(melden\/overzicht|gemeenten)\/$/.test(p.url));
  it.each(translated.map((p) => [p.url, p] as const))("%s: the police are never the bare Dutch word", (_, page) => {
    const bare = page.doc.querySelectorAll("main td, main a").filter((el) => el.text.trim() === "Politie");
    expect(bare).toHaveLength(0);
  });
});
