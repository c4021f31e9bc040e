// The professionals' pages in a real browser: the chart and its table are there with script on and off
// (they are plain HTML and SVG). Axe, 320 px and table widths: tests/e2e/every-page.spec.ts.
import { expect, test } from "@playwright/test";
import { LOCALES } from "./site.ts";

for (const locale of LOCALES) {
  test(`/${locale}/cijfers/: every chart is an image with a title, next to its table`, async ({ page }) => {
    await page.goto(`/${locale}/cijfers/`);
    const charts = page.getByRole("img");
    expect(await charts.count()).toBeGreaterThanOrEqual(5);
    for (const chart of await charts.all()) {
      await expect(chart).toHaveAccessibleName(/\S/);
      await expect(chart.locator("xpath=..").locator("table")).toHaveCount(1);
    }
  });

  test(`/${locale}/gemeenten/: a section per municipality, reachable from the links at the top`, async ({ page }) => {
    await page.goto(`/${locale}/gemeenten/`);
    await page.locator('main a[href="#haarlemmermeer"]').click();
    await expect(page).toHaveURL(/#haarlemmermeer$/);
    await expect(page.locator("section#haarlemmermeer ol.route > li")).toHaveCount(5);
    await expect(page.locator('section#haarlemmermeer a[href="mailto:vreemdverhaal@haarlemmermeer.nl"]')).toBeVisible();
  });
}
