// Every built page in every language, as a reader gets it: the right language, the alternates, a
// working language switch and links, no leftovers of templating, and Cyrillic where it should be.
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../_data/locales.ts";
import { dictionaries } from "../../_data/strings/index.ts";

const nl = dictionaries.nl;
import { localeOfUrl, urlInLocale } from "../../site/_lib/i18n/locale-url.ts";
import { absoluteUrl } from "../../site/_lib/publish/site-url.ts";
import { builtPages, resolveLink } from "./helpers.ts";

const pages = builtPages();
const localised = pages.filter((p) => localeOfUrl(p.url));
const dottedKeys = Object.keys(nl).filter((k) => k.includes("."));

const visibleText = (p: (typeof pages)[number]) => {
  const body = p.doc.querySelector("body")!.clone() as typeof p.doc;
  body.querySelectorAll("script, style").forEach((n) => n.remove());
  return body.textContent.replace(/\s+/g, " ");
};

describe("the built site", () => {
  it("has every page in all four languages", () => {
    const byLang = Object.fromEntries(LOCALES.map((l) => [l, localised.filter((p) => localeOfUrl(p.url) === l).map((p) => p.url.slice(3))]));
    for (const l of LOCALES) expect(byLang[l]).toEqual(byLang.nl);
    expect(byLang.nl!.length).toBeGreaterThan(30);
  });

  it.each(localised.map((p) => [p.url, p] as const))("%s: lang, alternates and language switch", (url, page) => {
    const lang = localeOfUrl(url)!;
    expect(page.doc.querySelector("html")!.getAttribute("lang")).toBe(lang);
    const alternates = page.doc.querySelectorAll('link[rel="alternate"][hreflang]');
    const map = Object.fromEntries(alternates.map((a) => [a.getAttribute("hreflang"), a.getAttribute("href")]));
    for (const l of LOCALES) {
      expect(map[l]).toBe(absoluteUrl(urlInLocale(url, l)));
      expect(resolveLink(urlInLocale(url, l)), `${l} version of ${url}`).toBeDefined();
    }
    expect(map["x-default"]).toBe(absoluteUrl("/"));
    expect(page.doc.querySelector(`.exit-bar a[href="/${lang}/veilig-browsen/"]`), "safety page next to the quick exit").not.toBeNull();
    const switchLinks = page.doc.querySelectorAll(".langs a").map((a) => [a.getAttribute("lang"), a.getAttribute("href")]);
    expect(switchLinks).toEqual(LOCALES.map((l) => [l, urlInLocale(url, l)]));
  });

  it.each(pages.map((p) => [p.url, p] as const))("%s: no raw keys, undefined, NaN or template leftovers", (_, page) => {
    const text = visibleText(page);
    expect(text).not.toMatch(/\bundefined\b|\bNaN\b|\{\{|\{%|\[object Object\]/);
    expect(dottedKeys.filter((key) => text.includes(key))).toEqual([]);
    expect(page.doc.querySelector("title")!.textContent.trim().length).toBeGreaterThan(5);
  });

  it.each(localised.filter((p) => /^\/(uk|ru)\//.test(p.url)).map((p) => [p.url, p] as const))("%s is written in Cyrillic", (_, page) => {
    const main = page.doc.querySelector("main")!.textContent;
    const cyrillic = (main.match(/[\u0400-\u04ff]/g) ?? []).length;
    const latin = (main.match(/[a-z]/gi) ?? []).length;
    expect(cyrillic / (cyrillic + latin)).toBeGreaterThan(0.6);
  });

  it.each(pages.map((p) => [p.url, p] as const))("%s: every internal link and anchor resolves", (_, page) => {
    const broken = page.doc
      .querySelectorAll("a[href], link[href], script[src]")
      .map((el) => el.getAttribute("href") ?? el.getAttribute("src")!)
      .filter((href) => {
        if (href.startsWith("#")) return href.length > 1 && !page.doc.getElementById(href.slice(1));
        if (href.startsWith("/")) return !resolveLink(href);
        return false;
      });
    expect(broken).toEqual([]);
  });
});
