// "Where can I report?" walked along every path, in every language, with JavaScript off (plain links,
// one page per question) and on (the island moving through the tree in the page).
import { expect, test, type Page } from "@playwright/test";
import organisations from "../../_data/organisations.ts";
import tree from "../../_data/tree.ts";
import { telHref } from "../../site/_lib/phone.ts";
import { nextNode, nodeUrl, paths, type TreePath } from "../../site/_lib/tree.ts";
import { guard, LOCALES, plain, text, type Locale } from "./site.ts";

const NODE_URL = /^\/(nl|en|uk|ru)\/melden\/((q|r)\d+\/)?$/;
const all = paths(tree);

function expectedPhone(outcome: string) {
  const node = tree.nodes[outcome as keyof typeof tree.nodes];
  if (node.kind !== "outcome") throw new Error(`${outcome} is not an outcome`);
  const org = organisations.find((o) => o.id === node.channels[0])!;
  return org.phones.find((p) => p.use === "main")!;
}

async function open(page: Page, locale: Locale, jsEnabled: boolean) {
  await page.goto(`/${locale}/melden/`);
  if (jsEnabled) await expect(page.locator('#tree-app[data-island="active"]')).toBeVisible();
  await page.evaluate(() => ((window as unknown as { loadedOnce: boolean }).loadedOnce = true)).catch(() => {});
}

/** Walks one path, checking the address and the title at every step; returns the answer labels. */
async function walk(page: Page, locale: Locale, path: TreePath) {
  const labels: string[] = [];
  for (const step of path.steps) {
    const label = text(locale, `tree.${step.node}.${step.option}`);
    labels.push(label);
    await page.locator("a.option", { hasText: label }).first().click();
    await expect(page).toHaveURL(nodeUrl(tree, locale, nextNode(tree, step.node, step.option)!));
    expect(new URL(page.url()).pathname).toMatch(NODE_URL);
    expect(new URL(page.url()).search).toBe("");
    const title = await page.title();
    expect(title.startsWith(text(locale, "tree.title"))).toBe(true);
    for (const answer of labels) expect(title).not.toContain(answer);
  }
  return labels;
}

for (const locale of LOCALES) {
  test.describe(`${locale}: every path`, () => {
    for (const path of all) {
      const name = path.steps.map((s) => s.option).join(" → ");
      test(`${name} → ${path.outcome}`, async ({ page, baseURL, javaScriptEnabled }) => {
        const seen = await guard(page, baseURL!);
        await open(page, locale, javaScriptEnabled);
        await walk(page, locale, path);
        await expect(page.locator("#tree-step")).toHaveText(text(locale, `tree.${path.outcome}.title`));
        const phone = expectedPhone(path.outcome);
        const call = page.locator(`.card a[href="${telHref(phone)}"]`);
        await expect(call).toBeVisible();
        expect(plain(await call.innerText())).toContain(phone.display);
        if (javaScriptEnabled) {
          // Still the same document: the island moved through the tree without loading pages.
          expect(await page.evaluate(() => (window as unknown as { loadedOnce?: boolean }).loadedOnce)).toBe(true);
          expect(await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length])).toEqual(["", 0, 0]);
        }
        const state = await page.context().storageState();
        expect(state.cookies).toEqual([]);
        expect(state.origins.flatMap((o) => o.localStorage)).toEqual([]);
        expect(seen.foreign).toEqual([]);
        expect(seen.errors).toEqual([]);
      });
    }
  });
}

test.describe("the first question", () => {
  for (const locale of LOCALES) {
    test(`${locale}: offers 112 at once`, async ({ page }) => {
      await page.goto(`/${locale}/melden/`);
      await expect(page.locator(".emergency a[href='tel:112']")).toBeVisible();
      await page.locator("a.option", { hasText: text(locale, "tree.q1.danger") }).click();
      await expect(page.locator(".card a[href='tel:112']")).toBeVisible();
    });
  }
});

test("back steps back one question, and forward again", async ({ page, javaScriptEnabled }) => {
  await open(page, "nl", javaScriptEnabled);
  await walk(page, "nl", all.find((p) => p.outcome === "r3")!);
  await page.goBack();
  await expect(page.locator("#tree-step")).toContainText(text("nl", "tree.q4.question"));
  await expect(page).toHaveURL("/nl/melden/q4/");
  await page.goBack();
  await expect(page.locator("#tree-step")).toContainText(text("nl", "tree.q3.question"));
  await page.goForward();
  await expect(page.locator("#tree-step")).toContainText(text("nl", "tree.q4.question"));
});

test("a question page's own 'previous question' link goes to its parent", async ({ page }) => {
  await page.goto("/en/melden/q9/");
  await page.getByRole("link", { name: text("en", "tree.back") }).click();
  await expect(page.locator("#tree-step")).toContainText(text("en", "tree.q8.question"));
});

test.describe("with the island", () => {
  test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, "the island needs JavaScript");

  test("focus moves to each new question and a polite live region announces it", async ({ page }) => {
    await open(page, "uk", true);
    await page.locator("a.option", { hasText: text("uk", "tree.q1.noDanger") }).click();
    await expect(page.locator("#tree-step")).toBeFocused();
    await expect(page.locator("[aria-live=polite]")).toContainText(text("uk", "tree.q2.question"));
  });

  test("the outcome lists the answers and lets you change an earlier one", async ({ page }) => {
    await open(page, "ru", true);
    await walk(page, "ru", all.find((p) => p.steps.map((s) => s.option).join("/") === "noDanger/someoneElse/sex/anonymous")!);
    const answers = page.locator(".answers li");
    await expect(answers).toHaveCount(4);
    await expect(answers.nth(2)).toContainText(text("ru", "tree.q3.sex"));
    await answers.nth(2).getByRole("button").click();
    await expect(page.locator("#tree-step")).toContainText(text("ru", "tree.q3.question"));
    await page.locator("a.option", { hasText: text("ru", "tree.q3.work") }).click();
    await expect(page.locator("#tree-step")).toHaveText(text("ru", "tree.r4.title"));
    await expect(page).toHaveURL("/ru/melden/r4/");
  });

  test("start again returns to the first question", async ({ page }) => {
    await open(page, "en", true);
    await walk(page, "en", all[1]!);
    await page.getByRole("link", { name: text("en", "tree.restart") }).click();
    await expect(page.locator("#tree-step")).toContainText(text("en", "tree.q1.question"));
    await expect(page).toHaveURL("/en/melden/");
  });
});
