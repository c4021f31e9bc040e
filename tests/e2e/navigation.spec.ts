// Navigation as a reader does it, with JavaScript on and off: every page's language switch lands on the
// same page in the chosen language, the quick exit is first after the skip link, and nothing is
// loaded from elsewhere.
import { expect, test } from "@playwright/test";
import { urlInLocale, localeOfUrl } from "../../site/_lib/i18n/locale-url.ts";
import { builtUrls, guard, LOCALES, text } from "./site.ts";

const pages = builtUrls.filter((u) => localeOfUrl(u) && !u.endsWith("404.html"));

// Every page's switch links are checked against the built files in tests/built; here a reader clicks
// one of them on every page, rotating the target so that every pair of languages is exercised. One test
// per language walks all of its pages (a test per page spent most of CI's time starting browsers).
test.describe("language switch", () => {
  for (const from of LOCALES) {
    test(`every ${from} page leads to the same page in the chosen language`, async ({ page, baseURL, javaScriptEnabled }) => {
      test.setTimeout(300_000);
      const seen = await guard(page, baseURL!);
      const others = LOCALES.filter((l) => l !== from);
      for (const [i, url] of pages.filter((u) => localeOfUrl(u) === from).entries()) {
        const target = others[i % others.length]!;
        await page.goto(url);
        // With JavaScript a tree step's switch leads to the other language's start (no address names a step).
        const treeStep = /\/melden\/[qr]\d+\/$/.test(url);
        if (javaScriptEnabled && treeStep) await page.locator('#tree-app[data-island="active"]').waitFor();
        await page.locator(`.langs a[lang="${target}"]`).click();
        await expect(page, url).toHaveURL(javaScriptEnabled && treeStep ? `/${target}/melden/` : urlInLocale(url, target));
        await expect(page.locator("html"), url).toHaveAttribute("lang", target);
        await expect(page.locator(".langs [aria-current]"), url).toHaveAttribute("lang", target);
      }
      expect(seen.foreign).toEqual([]);
      expect(seen.errors).toEqual([]);
    });
  }
});

test.describe("skip link and quick exit come first", () => {
  const groups = [...LOCALES.map((l) => [l, builtUrls.filter((u) => localeOfUrl(u) === l)] as const), ["root", builtUrls.filter((u) => !localeOfUrl(u))] as const];
  for (const [name, urls] of groups) {
    test(`every ${name} page`, async ({ page }) => {
      test.setTimeout(300_000);
      for (const url of urls) {
        await page.goto(url);
        const locale = localeOfUrl(url) ?? "nl";
        const firstTwo = await page.locator("a, button").evaluateAll((els) => els.slice(0, 2).map((e) => e.getAttribute("href")));
        expect(firstTwo[0], url).toBe("#main");
        expect(firstTwo[1], url).toMatch(/^https:\/\/www\.knmi\.nl\//);
        await expect(page.locator(".exit"), url).toContainText(text(locale, "exit.label"));
      }
    });
  }
});

test("keyboard: Tab reaches the skip link, then the quick exit", async ({ page }) => {
  await page.goto("/uk/signalen/");
  await page.keyboard.press("Tab");
  await expect(page.locator(".skip")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.locator(".exit")).toBeFocused();
});

test("the menu and the language chooser lead to every main page", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: /Русский/ }).click();
  await expect(page).toHaveURL("/ru/");
  await page.getByRole("link", { name: text("ru", "nav.menu") }).click();
  await page.locator("#menu").getByRole("link", { name: text("ru", "nav.oekraine") }).click();
  await expect(page).toHaveURL("/ru/oekraine/");
  await expect(page.locator("h1")).not.toBeEmpty();
});

test("an unknown address shows that language's 404 page with a way to the tree", async ({ page }) => {
  const response = await page.goto("/en/melden/zzz/");
  expect(response?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator('main a[href="/en/melden/"]').first()).toBeVisible();
});
