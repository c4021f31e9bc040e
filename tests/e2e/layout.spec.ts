// The layout on a phone, with JavaScript on and off: no page scrolls sideways at 320 CSS px (WCAG
// 1.4.10), the page's heading starts in the top 40% of a 360 x 740 screen with the quick exit, the 112
// line and a one-line language switch above it, and long pages open with a contents list whose links
// land on their sections. Pages are looped inside a few tests, so the test count stays small.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { parse } from "node-html-parser";
import { CONTENTS_MIN_HEADINGS } from "../../site/_lib/pages/headings.ts";
import { localeOfUrl } from "../../site/_lib/i18n/locale-url.ts";
import { builtUrls, LOCALES } from "./site.ts";

// Each test below walks many pages in one browser page; on a busy machine that takes longer than
// Playwright's default 30 seconds.
test.describe.configure({ timeout: 180_000 });

const PHONE = { width: 360, height: 740 };
const NARROWEST = { width: 320, height: 640 };


// No page scrolls sideways at 320 CSS px: tests/e2e/every-page.spec.ts, with the other per-page checks.

// One example of every kind of page; each is checked in all four languages (the Ukrainian and
// Russian strings are the longest).
const pageTypes: [string, (l: string) => string][] = [
  ["language chooser", () => "/"],
  ["404 outside a language", () => "/404.html"],
  ["home page", (l) => `/${l}/`],
  ["short content page", (l) => `/${l}/privacy/`],
  ["long content page", (l) => `/${l}/rechten-op-het-werk/`],
  ["the tree's start", (l) => `/${l}/melden/`],
  ["a tree question", (l) => `/${l}/melden/q2/`],
  ["an advice page", (l) => `/${l}/melden/r11/`],
  ["the tree's overview", (l) => `/${l}/melden/overzicht/`],
  ["a language's 404", (l) => `/${l}/404.html`],
];

test.describe("on a 360 x 740 phone the heading starts in the top 40% of the screen", () => {
  for (const [name, urlOf] of pageTypes) {
    test(name, async ({ page }) => {
      await page.setViewportSize(PHONE);
      for (const url of [...new Set(LOCALES.map(urlOf))]) {
        await page.goto(url);
        const top = (selector: string) => page.locator(selector).first().evaluate((e) => e.getBoundingClientRect().top);
        expect(await top("h1"), `${url}: top of the h1`).toBeLessThan(0.4 * PHONE.height);
        // What the header keeps: the quick exit and the 112 line on the first screen, above the heading.
        expect(await top(".exit"), url).toBeLessThan(await top("h1"));
        expect(await top(".emergency"), url).toBeLessThan(PHONE.height);
        await expect(page.locator(".emergency a[href^='tel:']").first()).toBeVisible();
        if (localeOfUrl(url)) expect(await languageRows(page), `${url}: language switch rows`).toBe(1);
      }
    });
  }
});

test("the language switch fits one line at 320 CSS px and names each language in full", async ({ page }) => {
  await page.setViewportSize(NARROWEST);
  for (const l of LOCALES) {
    await page.goto(`/${l}/melden/q2/`);
    expect(await languageRows(page), l).toBe(1);
  }
  await expect(page.locator(".langs").getByRole("link", { name: /Українська/ })).toHaveAttribute("lang", "uk");
  await expect(page.locator(".langs").getByRole("link", { name: /Nederlands/ })).toBeVisible();
});

/** How many lines the language switch takes: the number of distinct tops of its links. */
const languageRows = (page: Page) =>
  page.locator(".langs a").evaluateAll((links) => new Set(links.map((a) => Math.round(a.getBoundingClientRect().top))).size);

/** The built pages with enough headings for a contents list (tests/built checks the others have none). */
const longPages = builtUrls.filter((url) => {
  const file = `dist${url.endsWith("/") ? `${url}index.html` : url}`;
  const doc = parse(readFileSync(file, "utf8"));
  // The A to Z page's row of letters is its contents list.
  return doc.querySelectorAll("main .prose :is(h2, h3)").length >= CONTENTS_MIN_HEADINGS && !doc.querySelector("main .az-letters");
});

test.describe("long pages open with a contents list that leads to each section", () => {
  for (const l of LOCALES) {
    const urls = longPages.filter((u) => localeOfUrl(u) === l);
    test(`${l}: ${urls.length} pages`, async ({ page }) => {
      expect(urls.length).toBeGreaterThan(0);
      await page.setViewportSize(PHONE);
      for (const url of urls) {
        await page.goto(url);
        const contents = page.locator("main nav.contents");
        await expect(contents, url).toHaveCount(1);
        // Right after the page's heading, so it is the first thing read.
        expect(await contents.evaluate((n) => n.previousElementSibling?.tagName)).toBe("H1");
        const hrefs = await contents.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
        expect(hrefs.length).toBeGreaterThanOrEqual(2);
        for (const href of hrefs) await expect(page.locator(`[id="${decodeURIComponent(href.slice(1))}"]`), `${url}${href}`).toHaveCount(1);
        // Following the last link brings its heading to the top of the screen.
        await contents.locator("a").last().click();
        await expectAtTop(page, hrefs.at(-1)!);
      }
    });
  }
});

test.describe("the home page's links land on the section, not the top of the Signs page", () => {
  for (const l of LOCALES) {
    test(l, async ({ page }) => {
      await page.setViewportSize(PHONE);
      await page.goto(`/${l}/`);
      const links = page.locator(`main a[href^="/${l}/signalen/#"]`);
      await expect(links).toHaveCount(2);
      for (const i of [0, 1]) {
        await page.goto(`/${l}/`);
        const href = (await links.nth(i).getAttribute("href"))!;
        await links.nth(i).click();
        await expect(page).toHaveURL(new RegExp(`/${l}/signalen/#`));
        await expectAtTop(page, `#${href.split("#")[1]}`);
      }
    });
  }
});

/** The element a fragment names is a heading, on screen, at (or near) the top. */
async function expectAtTop(page: Page, fragment: string) {
  const target = page.locator(`[id="${decodeURIComponent(fragment.slice(1))}"]`);
  await expect(target).toBeInViewport();
  expect(await target.evaluate((e) => e.tagName)).toMatch(/^H[23]$/);
  await expect.poll(() => target.evaluate((e) => e.getBoundingClientRect().top), fragment).toBeLessThan(PHONE.height / 4);
}
