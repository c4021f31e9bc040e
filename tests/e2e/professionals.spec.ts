// The professionals' pages in a real browser: no axe violation, nothing scrolls sideways on a 320 px
// phone, and the chart and its table are there with script on and off (they are plain HTML and SVG).
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { LOCALES } from "./site.ts";

const SLUGS = ["professionals", "gemeenten", "cijfers"];
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

for (const locale of LOCALES) {
  for (const slug of SLUGS) {
    const url = `/${locale}/${slug}/`;

    test(`${url}: fits a 320 px phone`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 800 });
      await page.goto(url);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      // No table is wider than its box either (they would scroll inside the page).
      const wide = await page.$$eval(".table-wrap", (els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1).length);
      expect(wide).toBe(0);
    });

    test(`${url}: no axe violations`, async ({ page, javaScriptEnabled }) => {
      test.skip(!javaScriptEnabled, "axe runs as script in the page");
      await page.goto(url);
      const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    });
  }

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
