// Zero axe violations (WCAG 2.2 A and AA) on the tree's start, a question and an outcome, with the
// island active and without it (every built page as it loads: tests/e2e/every-page.spec.ts).
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

// Every built page gets axe in tests/e2e/every-page.spec.ts (one pass per shard).

test.describe("the tree with and without the island", () => {
  for (const island of [true, false]) {
    test(`start, a question and an outcome, island ${island ? "active" : "blocked"}`, async ({ page }) => {
      if (!island) await page.route("**/assets/tree.*.js", (route) => route.abort());
      await page.goto("/uk/melden/");
      if (island) await expect(page.locator('#tree-app[data-island="active"]')).toBeVisible();
      expect(await violations(page)).toEqual([]);
      await page.locator("a.option").nth(1).click();
      // With the island the walk stays at one address; without it each step is its own page.
      await expect(page).toHaveURL(island ? "/uk/melden/" : "/uk/melden/q2/");
      await expect(page.locator("#tree-step")).toContainText("2");
      expect(await violations(page)).toEqual([]);
      await page.locator("a.option").nth(0).click();
      await page.locator("a.option").nth(1).click();
      await expect(page).toHaveURL(island ? "/uk/melden/" : "/uk/melden/r4/");
      await expect(page.locator(".card").first()).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  }
});
