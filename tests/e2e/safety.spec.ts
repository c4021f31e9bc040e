// Safe to visit: the quick exit works with and without JavaScript and sends no referrer; Shift three
// times leaves; coming back shows the page without an overlay; every page loads under the real
// security headers with no CSP violation, no request elsewhere, and no cookie or web storage.
import { expect, test, type Page } from "@playwright/test";
import { builtUrls, EXIT_URL, guard, LOCALES, text } from "./site.ts";

/** Answers the exit destination locally (the test machine has no internet) and records the request. */
async function fakeWeather(page: Page) {
  const requests: { referer?: string }[] = [];
  await page.route(`${new URL(EXIT_URL).origin}/**`, (route) => {
    requests.push({ referer: route.request().headers()["referer"] });
    return route.fulfill({ contentType: "text/html", body: "<!DOCTYPE html><title>Weer</title><h1>Weerbericht</h1>" });
  });
  return requests;
}

test.describe("quick exit", () => {
  for (const locale of LOCALES) {
    test(`${locale}: the link leaves at once and sends no referrer`, async ({ page }) => {
      const requests = await fakeWeather(page);
      await page.goto(`/${locale}/rechten-op-het-werk/`);
      await page.locator(".exit").click();
      await expect(page).toHaveURL(EXIT_URL);
      expect(requests.length).toBeGreaterThan(0);
      expect(requests.every((r) => r.referer === undefined)).toBe(true);
    });
  }

  test("Shift three times leaves, replacing the page in history; Back shows the page before, without an overlay", async ({ page, javaScriptEnabled }) => {
    test.skip(!javaScriptEnabled, "the keyboard shortcut is the JavaScript enhancement");
    await fakeWeather(page);
    await page.goto("/uk/");
    await page.goto("/uk/signalen/");
    await expect(page.locator("body.govuk-frontend-supported")).toHaveCount(1);
    for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
    await expect(page).toHaveURL(EXIT_URL);
    await page.goBack({ waitUntil: "commit" });
    await expect(page).toHaveURL("/uk/");
    await expect(page.locator(".govuk-exit-this-page-overlay")).toHaveCount(0);
    await expect(page.locator("h1")).toBeVisible();
  });

  test("Shift pressed twice and then a pause does not leave", async ({ page, javaScriptEnabled }) => {
    test.skip(!javaScriptEnabled, "the keyboard shortcut is the JavaScript enhancement");
    await page.goto("/nl/");
    await page.keyboard.press("Shift");
    await page.keyboard.press("Shift");
    await page.keyboard.press("a");
    await page.keyboard.press("Shift");
    await expect(page).toHaveURL("/nl/");
    await expect(page.locator("h1")).toBeVisible();
  });
});

// Every page loading under the real headers with no CSP violation, no request elsewhere, no cookie and
// no web storage: tests/e2e/every-page.spec.ts.

test("the safety page is linked next to the quick exit on every page", async ({ page }) => {
  for (const locale of LOCALES) {
    await page.goto(`/${locale}/hulp/`);
    const link = page.locator(".exit-bar").getByRole("link", { name: text(locale, "exit.safety") });
    await link.click();
    await expect(page).toHaveURL(`/${locale}/veilig-browsen/`);
    await expect(page.locator("h1")).not.toBeEmpty();
  }
});
