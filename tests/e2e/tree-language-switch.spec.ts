// The language switch inside the tree keeps the tree's promise (issue 17): with the back/forward cache on
// (playwright.config.ts), someone walks part of the tree, switches language, answers again, leaves with
// the quick exit and presses Back. No answer may be on screen, in either language, and no history entry
// may have an address that names a step (/ru/melden/q10/), nor may anything be written to storage.
import { expect, test, type Page } from "@playwright/test";
import type { Locale } from "../../_data/locales.ts";
import { EXIT_URL, text } from "./site.ts";

test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, "without JavaScript every step is its own page, as the pages say");

const STEP_ADDRESS = /\/melden\/[qr]\d+\/?$/;

async function fakeWeather(page: Page) {
  await page.route(`${new URL(EXIT_URL).origin}/**`, (route) =>
    route.fulfill({ contentType: "text/html", body: "<!DOCTYPE html><title>Weer</title><h1>Weerbericht</h1>" }),
  );
}

/** Answers the questions by their visible labels, in the page's language. */
async function answer(page: Page, locale: Locale, keys: readonly string[]) {
  await expect(page.locator('#tree-app[data-island="active"]')).toBeVisible();
  for (const key of keys) await page.locator("a.option", { hasText: text(locale, key) }).first().click();
}

/** The texts that would give a walk away: every chosen answer past the first question, in both languages. */
const giveaways = (pairs: readonly (readonly [Locale, readonly string[]])[]) => pairs.flatMap(([l, keys]) => keys.slice(1).map((k) => text(l, k)));

async function expectNothingGiven(page: Page, texts: readonly string[]) {
  const body = await page.locator("body").innerText();
  for (const t of texts) expect(body, t).not.toContain(t);
  await expect(page.locator(".answers")).toHaveCount(0);
}

const cases = [
  {
    // The walk: about oneself, forced into sex work, then РУС; in Russian, the partner's control.
    from: "uk",
    to: "ru",
    before: ["tree.q1.noDanger", "tree.q2.myself", "tree.q5.sex"],
    atStep: "tree.q10.question",
    after: ["tree.q1.noDanger", "tree.q2.myself", "tree.q5.family"],
    advice: "tree.r26.title",
  },
  {
    from: "nl",
    to: "en",
    before: ["tree.q1.noDanger", "tree.q2.myself", "tree.q5.crime"],
    atStep: "tree.q13.question",
    after: ["tree.q1.noDanger", "tree.q2.myself", "tree.q5.crime", "tree.q13.help"],
    advice: "tree.r21.title",
  },
] as const;

for (const c of cases) {
  test(`${c.from} → ${c.to}: walk, switch language, answer, quick exit, Back: no answer on screen, no step address in history`, async ({ page }) => {
    await fakeWeather(page);
    await page.goto(`/${c.from}/`);
    await page.goto(`/${c.from}/melden/`);
    await answer(page, c.from, c.before);
    await expect(page).toHaveURL(`/${c.from}/melden/`);
    await expect(page.locator("#tree-step")).toContainText(text(c.from, c.atStep));
    // The page says what the switch will do.
    await expect(page.locator("#tree-app")).toContainText(text(c.from, "tree.private"));

    await page.locator(`.langs a[lang="${c.to}"]`).click();
    await expect(page).toHaveURL(`/${c.to}/melden/`);
    await expect(page.locator("#tree-step")).toContainText(text(c.to, "tree.q1.question"));
    const startTitle = await page.title();
    await answer(page, c.to, c.after);
    await expect(page.locator("#tree-step")).toContainText(text(c.to, c.advice));
    await expect(page).toHaveURL(`/${c.to}/melden/`);
    await expect(page).toHaveTitle(startTitle);
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);

    await page.locator(".exit").click();
    await expect(page).toHaveURL(EXIT_URL);

    // Back, entry by entry, through everything this walk left in the history.
    const visited: string[] = [];
    const secrets = giveaways([
      [c.from, c.before],
      [c.to, c.after],
    ]);
    for (let i = 0; i < 12; i++) {
      const response = await page.goBack({ waitUntil: "commit" }).catch(() => null);
      if (page.url() === visited.at(-1) && response === null && i > 8) break;
      await expect(page.locator("h1")).toBeVisible();
      visited.push(page.url());
      await expectNothingGiven(page, secrets);
      if (new URL(page.url()).pathname === `/${c.from}/`) break;
    }
    expect(visited.length).toBeGreaterThan(1);
    expect(visited.filter((u) => STEP_ADDRESS.test(new URL(u).pathname))).toEqual([]);
    expect(visited.map((u) => new URL(u).pathname)).toContain(`/${c.from}/`);
  });
}

test("the switch on a tree page points at the other language's start once the walk runs in the page", async ({ page }) => {
  await page.goto("/uk/melden/");
  await answer(page, "uk", ["tree.q1.noDanger", "tree.q2.myself", "tree.q5.sex"]);
  const hrefs = await page.locator(".langs a[hreflang]").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(hrefs).toEqual(["/nl/melden/", "/en/melden/", "/uk/melden/", "/ru/melden/"]);
});
