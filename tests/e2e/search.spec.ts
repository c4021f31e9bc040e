// Search as a reader uses it: everyday words (inflected forms and synonyms too) find the right page
// first in every language, results stay in the page's language and never show a tree question or
// advice page, nothing of the query reaches the address, the title or storage, the results work with
// the keyboard and pass axe, and without JavaScript the header leads to an A to Z index that lists
// every page. The transfer budgets are measured on the requests the browser really makes.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { isIndexed } from "../../site/_lib/search/search.ts";
import { builtUrls, guard, LOCALES, text, type Locale } from "./site.ts";

/** Each everyday query and the page (without the language prefix) it must return first. */
const QUERIES: Record<Locale, [string, string][]> = {
  nl: [
    ["minimumloon", "/rechten-op-het-werk/"],
    ["loon", "/rechten-op-het-werk/"],
    ["salaris", "/rechten-op-het-werk/"],
    ["paspoort", "/rechten-op-het-werk/"],
    ["ID", "/rechten-op-het-werk/"],
    ["uitzendbureau", "/rechten-op-het-werk/"],
    ["huisvesting", "/rechten-op-het-werk/"],
    ["schuld", "/signalen/"],
    ["schulden", "/signalen/"],
    ["politie", "/hulp/"],
    ["melden", "/melden/"],
    ["mensenhandel", "/wat-is-mensenhandel/"],
    ["bedenktijd", "/rechten-slachtoffers/"],
    ["Oekraïne", "/oekraine/"],
  ],
  en: [
    ["minimum wage", "/rechten-op-het-werk/"],
    ["salary", "/rechten-op-het-werk/"],
    ["wages", "/rechten-op-het-werk/"],
    ["passport", "/rechten-op-het-werk/"],
    ["ID", "/rechten-op-het-werk/"],
    ["agency", "/rechten-op-het-werk/"],
    ["housing", "/rechten-op-het-werk/"],
    ["debt", "/signalen/"],
    ["debts", "/signalen/"],
    ["police", "/hulp/"],
    ["report", "/melden/"],
    ["trafficking", "/wat-is-mensenhandel/"],
    ["victims", "/rechten-slachtoffers/"],
    ["Ukraine", "/oekraine/"],
  ],
  uk: [
    ["зарплата", "/rechten-op-het-werk/"],
    ["зарплату", "/rechten-op-het-werk/"],
    ["заробітна плата", "/rechten-op-het-werk/"],
    ["паспорт", "/rechten-op-het-werk/"],
    ["паспорта", "/rechten-op-het-werk/"],
    ["житло", "/rechten-op-het-werk/"],
    ["агентство", "/rechten-op-het-werk/"],
    ["борг", "/signalen/"],
    ["борги", "/signalen/"],
    ["поліція", "/hulp/"],
    ["поліцію", "/hulp/"],
    ["повідомити", "/melden/"],
    ["торгівля людьми", "/wat-is-mensenhandel/"],
    ["постраждалі", "/rechten-slachtoffers/"],
    ["біженці", "/oekraine/"],
  ],
  ru: [
    ["зарплата", "/rechten-op-het-werk/"],
    ["зарплату", "/rechten-op-het-werk/"],
    ["паспорт", "/rechten-op-het-werk/"],
    ["жильё", "/rechten-op-het-werk/"],
    ["жилье", "/rechten-op-het-werk/"],
    ["агентство", "/rechten-op-het-werk/"],
    ["долг", "/signalen/"],
    ["долги", "/signalen/"],
    ["полиция", "/hulp/"],
    ["в полицию", "/hulp/"],
    ["сообщить", "/melden/"],
    ["торговля людьми", "/wat-is-mensenhandel/"],
    ["пострадавшие", "/rechten-slachtoffers/"],
    ["беженцы", "/oekraine/"],
  ],
};

/** The lower-cased text of a built page's main content. */
const mainText = (url: string) =>
  readFileSync(path.join("dist", url, "index.html"), "utf8")
    .replace(/^[\s\S]*<main[^>]*>|<section class="sources"[\s\S]*$|<\/main>[\s\S]*$/g, "")
    .replace(/<[^>]+>/g, " ")
    .toLowerCase();

const field = (page: Page) => page.locator("#search-q");
const results = (page: Page) => page.locator("#search-results");

/** Types a query as a person does and presses Enter; returns the result links' addresses. */
async function searchFor(page: Page, query: string): Promise<string[]> {
  await field(page).press("Escape");
  await expect(results(page)).toBeHidden();
  await field(page).fill(query);
  await field(page).press("Enter");
  await expect(results(page)).toBeVisible();
  return results(page).locator("li > a").evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
}

test.describe("with JavaScript", () => {
  test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, "the field needs JavaScript");

  for (const locale of LOCALES) {
    test(`${locale}: everyday words find the right page first, only in ${locale}, never a tree step`, async ({ page, baseURL }) => {
      const seen = await guard(page, baseURL!);
      await page.goto(`/${locale}/signalen/`);
      await field(page).focus();
      const wrong: string[] = [];
      for (const [query, expected] of QUERIES[locale]) {
        const urls = await searchFor(page, query);
        if (urls[0]?.split("#")[0] !== `/${locale}${expected}`) wrong.push(`"${query}" → ${urls[0] ?? "nothing"}, expected /${locale}${expected}`);
        for (const url of urls) {
          if (!url.startsWith(`/${locale}/`)) wrong.push(`"${query}" → ${url}: another language`);
          if (!isIndexed(url)) wrong.push(`"${query}" → ${url}: a page that must not be found`);
        }
        // The excerpt marks the words found, where the page's text has them (a synonym may be only
        // among the page's search words).
        await expect(results(page).locator("li > p").first()).not.toBeEmpty();
        if (mainText(`/${locale}${expected}`).includes(query.toLocaleLowerCase(locale)))
          await expect(results(page).locator("li").first().locator("mark").first(), query).toBeVisible();
      }
      expect(wrong).toEqual([]);
      // The UI speaks the page's language.
      await expect(page.locator('label[for="search-q"]')).toHaveText(text(locale, "search.link"));
      await expect(results(page)).toHaveAttribute("aria-label", text(locale, "search.results"));
      expect(seen.foreign).toEqual([]);
      expect(seen.errors).toEqual([]);
    });
  }

  test("after searching, the address and the title are unchanged and nothing is stored", async ({ page }) => {
    await page.goto("/en/rechten-op-het-werk/");
    const before = { url: page.url(), title: await page.title(), history: await page.evaluate(() => history.length) };
    await field(page).focus();
    await searchFor(page, "passport");
    await field(page).fill("debt");
    await expect(results(page).locator("li > a").first()).toHaveAttribute("href", /^\/en\/signalen\//);
    expect(page.url()).toBe(before.url);
    expect(await page.title()).toBe(before.title);
    const stored = await page.evaluate(async () => ({
      history: history.length,
      local: localStorage.length,
      session: sessionStorage.length,
      cookie: document.cookie,
      caches: "caches" in window ? (await caches.keys()).length : 0,
      databases: "databases" in indexedDB ? (await indexedDB.databases()).length : 0,
    }));
    expect(stored).toEqual({ history: before.history, local: 0, session: 0, cookie: "", caches: 0, databases: 0 });
    expect(await page.locator("form").count()).toBe(0);
  });

  test("keyboard only: Tab to the field, type, Down into the results, Enter opens one; axe finds nothing", async ({ page }) => {
    await page.goto("/uk/");
    for (let i = 0; i < 30 && !(await field(page).evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
    await expect(field(page)).toBeFocused();
    await page.keyboard.type("зарплату");
    await expect(results(page).locator("li > a").first()).toHaveAttribute("href", /^\/uk\/rechten-op-het-werk\//);
    await expect(page.locator("#search-status")).toHaveText(/\d/);
    const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    await page.keyboard.press("ArrowDown");
    await expect(results(page).locator("li > a").first()).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(results(page).locator("li > a").nth(1)).toBeFocused();
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/uk\/rechten-op-het-werk\//);
  });

  test("axe: the search page with results shown", async ({ page }) => {
    await page.goto("/nl/zoeken/");
    await field(page).focus();
    await searchFor(page, "paspoort");
    const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });

  test("budget: nothing of search before focus; the first search at most 110 KB, a later one at most 15 KB", async ({ browser, baseURL }) => {
    // What a compressing host sends: text compressed, Pagefind's files as they are (already gzip).
    const transfer = (urls: string[]) =>
      urls.reduce((sum, url) => {
        const body = readFileSync(path.join("dist", url));
        return sum + (/\.(js|json)$/.test(url) ? gzipSync(body).length : body.length);
      }, 0);
    // Dutch has the largest WebAssembly (with its stemmer), Ukrainian the largest index.
    for (const [locale, firstQuery, laterQuery] of [["nl", "paspoort", "schuld"], ["uk", "зарплату", "борги"]] as const) {
      // A fresh browser each time: an empty cache, as for a first visit.
      const context = await browser.newContext({ baseURL });
      const page = await context.newPage();
      const loaded: string[] = [];
      page.on("requestfinished", (r) => loaded.push(new URL(r.url()).pathname));
      await page.goto(`/${locale}/signalen/`);
      await page.waitForLoadState("networkidle");
      expect(loaded.filter((u) => /search|pagefind/.test(u))).toEqual([]);
      const pageLoad = loaded.length;
      await field(page).focus();
      await searchFor(page, firstQuery);
      await page.waitForLoadState("networkidle");
      const first = loaded.slice(pageLoad);
      await searchFor(page, laterQuery);
      await page.waitForLoadState("networkidle");
      const later = loaded.slice(pageLoad + first.length);
      console.log(`${locale} search transfer: first ${transfer(first)} bytes (${first.length} files), later ${transfer(later)} bytes (${later.length} files)`);
      expect(transfer(first)).toBeLessThanOrEqual(110 * 1024);
      expect(transfer(later)).toBeLessThanOrEqual(15 * 1024);
      await context.close();
    }
  });
});

test.describe("without JavaScript", () => {
  test.skip(({ javaScriptEnabled }) => javaScriptEnabled, "the link is what people without JavaScript use");

  for (const locale of LOCALES) {
    test(`${locale}: the header's link leads to an A to Z index of every page, and every link works`, async ({ page, request }) => {
      await page.goto(`/${locale}/oekraine/`);
      await page.locator(".search-link").click();
      await expect(page).toHaveURL(`/${locale}/zoeken/`);
      await expect(page.locator("h1")).toHaveText(text(locale, "search.title"));
      const hrefs = await page.locator("main a").evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
      const pages = builtUrls.filter((u) => u.startsWith(`/${locale}/`) && isIndexed(u));
      expect(pages.length).toBeGreaterThan(8);
      for (const url of pages) expect(hrefs, `${url} in the index`).toContain(url);
      for (const href of new Set(hrefs)) {
        if (href.startsWith("#")) {
          expect(await page.locator(`[id="${href.slice(1)}"]`).count(), href).toBe(1);
          continue;
        }
        expect((await request.get(href)).status(), href).toBe(200);
      }
      expect(page.url()).not.toContain("?");
    });
  }
});
