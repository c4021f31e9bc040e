// What the browser shows after someone leaves the tree, in a browser that behaves like a phone: the
// back/forward cache is on (playwright.config.ts), so a page comes back exactly as it was left unless
// the site makes it forget. Leaving in any way, then Back, must never show an answer.
import { expect, test, type Page } from "@playwright/test";
import tree from "../../_data/tree.ts";
import { paths } from "../../site/_lib/tree/tree.ts";
import { EXIT_URL, text } from "./site.ts";

test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, "the in-page walk and its memory need JavaScript");

/** Counts restorations from the back/forward cache, so a test can tell a restored page from a reload. */
async function countRestores(page: Page) {
  await page.addInitScript(() => {
    addEventListener("pageshow", (e) => {
      if (e.persisted) (window as unknown as { restored: number }).restored = ((window as unknown as { restored?: number }).restored ?? 0) + 1;
    });
  });
}
const restored = (page: Page) => page.evaluate(() => (window as unknown as { restored?: number }).restored ?? 0);

async function fakeWeather(page: Page) {
  await page.route(`${new URL(EXIT_URL).origin}/**`, (route) =>
    route.fulfill({ contentType: "text/html", body: "<!DOCTYPE html><title>Weer</title><h1>Weerbericht</h1>" }),
  );
}

// The most sensitive walk: about oneself, forced into sex work, wanting a safe place.
const walkSteps = paths(tree).find((p) => p.steps.map((s) => s.option).join("/") === "noDanger/myself/sex/help")!.steps;
const answers = walkSteps.map((s) => text("nl", `tree.${s.node}.${s.option}`));

async function walkToAdvice(page: Page) {
  await page.goto("/nl/melden/");
  await expect(page.locator('#tree-app[data-island="active"]')).toBeVisible();
  for (const answer of answers) await page.locator("a.option", { hasText: answer }).click();
  await expect(page.locator(".answers")).toContainText(answers[2]!);
}

async function expectNoAnswerOnScreen(page: Page) {
  const body = await page.locator("body").innerText();
  for (const answer of answers.slice(1)) expect(body).not.toContain(answer);
  await expect(page.locator(".answers")).toHaveCount(0);
}

test("the browser really restores pages from the back/forward cache here (else the tests below prove nothing)", async ({ page }) => {
  await countRestores(page);
  await page.goto("/nl/signalen/");
  await page.locator(".exit-bar").getByRole("link", { name: text("nl", "exit.safety") }).click();
  await expect(page).toHaveURL("/nl/veilig-browsen/");
  await page.goBack({ waitUntil: "commit" });
  await expect(page).toHaveURL("/nl/signalen/");
  expect(await restored(page)).toBe(1);
});

/** The history entry the page is on: the walk's depth, once the island has rewound a forgotten walk. */
const treeDepth = (page: Page) => page.evaluate(() => (history.state as { treeDepth?: number } | null)?.treeDepth ?? null).catch(() => "loading");

test("a link away, then Back: the tree is back at its start, with no answer on screen, and one more Back leaves it", async ({ page }) => {
  await countRestores(page);
  await page.goto("/nl/");
  await walkToAdvice(page);
  await page.locator(".exit-bar").getByRole("link", { name: text("nl", "exit.safety") }).click();
  await expect(page).toHaveURL("/nl/veilig-browsen/");
  await page.goBack({ waitUntil: "commit" });
  await expect(page).toHaveURL("/nl/melden/");
  expect(await restored(page)).toBe(1);
  await expect(page.locator("#tree-step")).toContainText(text("nl", "tree.q1.question"));
  await expect(page.locator("#tree-app")).toBeVisible();
  await expectNoAnswerOnScreen(page);
  // The four answers' entries are passed over: Back is not stuck on the first question four times.
  await expect.poll(() => treeDepth(page)).toBe(0);
  await page.goBack({ waitUntil: "commit" });
  await expect(page).toHaveURL("/nl/");
});

test("a reload halfway, then Back: the walk starts again, and one Back leaves the tree", async ({ page }) => {
  await page.goto("/nl/");
  await page.goto("/nl/melden/");
  await expect(page.locator('#tree-app[data-island="active"]')).toBeVisible();
  for (const answer of answers.slice(0, 2)) await page.locator("a.option", { hasText: answer }).click();
  await page.reload();
  await expect.poll(() => treeDepth(page)).toBe(0);
  await expect(page.locator('#tree-app[data-island="active"]')).toBeVisible();
  await expect(page.locator("#tree-step")).toContainText(text("nl", "tree.q1.question"));
  await page.goBack({ waitUntil: "commit" });
  await expect(page).toHaveURL("/nl/");
});

test("the quick exit, then Back: never an answer, and the exit replaced the tree's own entry", async ({ page }) => {
  await fakeWeather(page);
  await page.goto("/nl/");
  await walkToAdvice(page);
  await page.locator(".exit").click();
  await expect(page).toHaveURL(EXIT_URL);
  await page.goBack({ waitUntil: "commit" });
  // The exit replaced the advice entry; Back lands on an earlier step of the same walk (same address)
  // or before it, and whichever it is, the answers are gone.
  await expect(page.locator("h1")).toBeVisible();
  await expectNoAnswerOnScreen(page);
});

test("Shift three times, then Back: never an answer", async ({ page }) => {
  await fakeWeather(page);
  await walkToAdvice(page);
  for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
  await expect(page).toHaveURL(EXIT_URL);
  await page.goBack({ waitUntil: "commit" });
  await expect(page.locator("h1")).toBeVisible();
  await expect(page.locator(".govuk-exit-this-page-overlay")).toHaveCount(0);
  await expectNoAnswerOnScreen(page);
});

test("the quick exit replaces the current history entry: Back returns to the page before", async ({ page }) => {
  await fakeWeather(page);
  await page.goto("/nl/");
  await page.goto("/nl/signalen/");
  await page.locator(".exit").click();
  await expect(page).toHaveURL(EXIT_URL);
  await page.goBack({ waitUntil: "commit" });
  await expect(page).toHaveURL("/nl/");
});
