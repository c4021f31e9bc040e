// Navigation as a reader does it, with JavaScript on and off: every page's language switch lands on the
// same page in the chosen language, the quick exit is first after the skip link, and nothing is
// loaded from elsewhere.
import { expect, test } from "@playwright/test";
import { urlInLocale, localeOfUrl } from "../../site/_lib/i18n/locale-url.ts";
import { builtUrls, guard, LOCALES, text } from "./site.ts";

const pages = builtUrls.filter((u) => localeOfUrl(u) && !u.endsWith("404.html"));

// Every page's language switch (clicked) and its skip link and quick exit coming first are checked in
// tests/e2e/every-page.spec.ts, in the same walk as the other per-page checks.

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
