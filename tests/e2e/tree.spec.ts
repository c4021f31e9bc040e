// "Where can I report?" walked as a reader does, with JavaScript off (plain links, one page per
// question) and on (the island moving through the tree in the page, at one address): every path in
// every language, and every scenario of _data/scenarios.ts checked for its first door.
import { expect, test, type Page } from "@playwright/test";
import allOrganisations, { type Organisation } from "../../_data/organisations.ts";
import scenarios from "../../_data/scenarios.ts";
import tree from "../../_data/tree.ts";
import { telHref } from "../../site/_lib/i18n/phone.ts";
import { nextNode, nodeUrl, paths, type TreePath } from "../../site/_lib/tree/tree.ts";
import { guard, LOCALES, plain, text, type Locale } from "./site.ts";

const organisations: readonly Organisation[] = allOrganisations;
const NODE_URL = /^\/(nl|en|uk|ru)\/melden\/((q|r)\d+\/)?$/;
const all = paths(tree);
const byAnswers = (answers: readonly string[]) => all.find((p) => p.steps.map((s) => s.option).join("/") === answers.join("/"))!;

function firstChannel(outcome: string) {
  const node = tree.nodes[outcome as keyof typeof tree.nodes];
  if (node.kind !== "outcome") throw new Error(`${outcome} is not an outcome`);
  return organisations.find((o) => o.id === node.channels[0])!;
}

async function open(page: Page, locale: Locale, jsEnabled: boolean) {
  await page.goto(`/${locale}/melden/`);
  if (jsEnabled) await expect(page.locator('#tree-app[data-island="active"]')).toBeVisible();
  await page.evaluate(() => ((window as unknown as { loadedOnce: boolean }).loadedOnce = true)).catch(() => {});
}

/** Where the walk started: with JavaScript the address and title must stay these. */
interface Start {
  url: string;
  title: string;
}

/**
 * What the browser keeps at a step of the tree: with JavaScript the step on screen, at the start's
 * address and title; without it the node's opaque page, titled neutrally, naming no answer given.
 */
async function expectAtStep(page: Page, locale: Locale, node: string, labels: readonly string[], start: Start, jsEnabled: boolean) {
  if (jsEnabled) {
    await expect(page.locator("#tree-step")).toContainText(text(locale, node.startsWith("r") ? `tree.${node}.title` : `tree.${node}.question`));
    expect(page.url()).toBe(start.url);
    expect(await page.title()).toBe(start.title);
  } else {
    await expect(page).toHaveURL(nodeUrl(tree, locale, node));
    expect(new URL(page.url()).pathname).toMatch(NODE_URL);
    const title = await page.title();
    expect(title.startsWith(text(locale, "tree.title"))).toBe(true);
    for (const answer of labels) expect(title).not.toContain(answer);
  }
  expect(new URL(page.url()).search).toBe("");
}

/**
 * Walks one path, checking at every step what the browser keeps: with JavaScript the address and the
 * title never change; without it each step is the next node's opaque page, titled neutrally.
 */
async function walk(page: Page, locale: Locale, path: TreePath, jsEnabled: boolean) {
  const start = { url: page.url(), title: await page.title() };
  const labels: string[] = [];
  for (const step of path.steps) {
    const label = text(locale, `tree.${step.node}.${step.option}`);
    labels.push(label);
    await page.locator("a.option", { hasText: label }).first().click();
    await expectAtStep(page, locale, nextNode(tree, step.node, step.option)!, labels, start, jsEnabled);
  }
  return labels;
}

/** The first door's card: its name, and its call button or, where no number is confirmed, its website. */
async function expectFirstDoor(page: Page, locale: Locale, outcome: string) {
  const org = firstChannel(outcome);
  const card = page.locator(".card").first();
  await expect(card.locator("h4")).toHaveText(org.nameByLocale?.[locale] ?? org.name);
  const phone = org.phones.find((p) => p.use === "main");
  if (phone) {
    const call = card.locator(`a[href="${telHref(phone)}"]`).first();
    await expect(call).toBeVisible();
    expect(plain(await call.innerText())).toContain(phone.display);
  } else {
    await expect(card.locator(`a[href^="${org.urlByLocale?.[locale] ?? org.url}"]`)).toBeVisible();
  }
}

/**
 * A reader who tries every answer, going Back to try the next one, walks every path, with the same checks
 * at every step as `walk`. Without JavaScript every question is a page of its own and Back comes from the
 * back/forward cache; with it, the island moves through the tree in one document and Back steps back one
 * question. Either way no path pays for loading the questions before it again. Returns the outcomes
 * reached, one per path.
 */
async function walkEveryPath(page: Page, locale: Locale, jsEnabled: boolean): Promise<string[]> {
  await open(page, locale, jsEnabled);
  const start = { url: page.url(), title: await page.title() };
  const expectAt = (node: string, labels: readonly string[]) => expectAtStep(page, locale, node, labels, start, jsEnabled);
  const reached: string[] = [];
  const visit = async (node: string, labels: readonly string[]) => {
    const question = tree.nodes[node as keyof typeof tree.nodes];
    if (question.kind !== "question") throw new Error(`${node} is not a question`);
    for (const option of question.options) {
      const label = text(locale, `tree.${node}.${option.id}`);
      await test.step(`${[...labels, label].join(" → ")}`, async () => {
        await page.locator("a.option", { hasText: label }).first().click();
        await expectAt(option.next, [...labels, label]);
        if (option.next.startsWith("r")) {
          await expect(page.locator("#tree-step")).toHaveText(text(locale, `tree.${option.next}.title`));
          await expectFirstDoor(page, locale, option.next);
          reached.push(option.next);
        } else {
          await visit(option.next, [...labels, label]);
        }
        // A page restored from the back/forward cache fires no load event: wait for the address only.
        await page.goBack({ waitUntil: "commit" });
        await expectAt(node, labels);
      });
    }
  };
  await visit(tree.start, []);
  if (jsEnabled) {
    // Still the same document: the island moved through the tree without loading pages.
    expect(await page.evaluate(() => (window as unknown as { loadedOnce?: boolean }).loadedOnce)).toBe(true);
    expect(await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length])).toEqual(["", 0, 0]);
  }
  return reached;
}

// One test per language walks every path in one browser page (see above): a new page per path spent most
// of the time starting pages.
for (const locale of LOCALES) {
  test(`${locale}: every path reaches its advice page and first door`, async ({ page, baseURL, javaScriptEnabled }) => {
    test.setTimeout(300_000);
    const seen = await guard(page, baseURL!);
    expect(await walkEveryPath(page, locale, javaScriptEnabled!)).toEqual(all.map((p) => p.outcome));
    const state = await page.context().storageState();
    expect(state.cookies).toEqual([]);
    expect(state.origins.flatMap((o) => o.localStorage)).toEqual([]);
    expect(seen.foreign).toEqual([]);
    expect(seen.errors).toEqual([]);
  });
}

const SCENARIO_SHARDS = 2;
for (let shard = 0; shard < SCENARIO_SHARDS; shard++) {
  test(`scenarios reach a door that fits, part ${shard + 1} of ${SCENARIO_SHARDS}`, async ({ page, javaScriptEnabled }) => {
    test.setTimeout(300_000);
    for (const [i, scenario] of scenarios.entries()) {
      if (i % SCENARIO_SHARDS !== shard) continue;
      const locale = LOCALES[i % LOCALES.length]!;
      await test.step(`${locale}: ${scenario.situation}`, async () => {
        const path = byAnswers(scenario.answers);
        await open(page, locale, javaScriptEnabled);
        await walk(page, locale, path, javaScriptEnabled);
        const heading = await page.locator(".card h4").first().innerText();
        const shown = organisations.find((o) => (o.nameByLocale?.[locale] ?? o.name) === heading);
        expect(shown, heading).toBeDefined();
        expect(scenario.firstDoor as readonly string[], scenario.situation).toContain(shown!.id);
        expect(scenario.neverFirst as readonly string[], scenario.situation).not.toContain(shown!.id);
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
  await walk(page, "nl", byAnswers(["noDanger", "someoneElse", "sex", "anonymous"]), javaScriptEnabled);
  await page.goBack({ waitUntil: "commit" });
  await expect(page.locator("#tree-step")).toContainText(text("nl", "tree.q4.question"));
  await page.goBack({ waitUntil: "commit" });
  await expect(page.locator("#tree-step")).toContainText(text("nl", "tree.q3.question"));
  await page.goForward({ waitUntil: "commit" });
  await expect(page.locator("#tree-step")).toContainText(text("nl", "tree.q4.question"));
});

test("without JavaScript the pages say honestly what the history keeps, and link to Browse safely", async ({ page, javaScriptEnabled }) => {
  test.skip(javaScriptEnabled, "the static pages' wording");
  await page.goto("/en/melden/");
  const note = page.locator(".tree .muted", { hasText: text("en", "tree.privateStatic").split("{link}")[0]!.trim() });
  await expect(note).toBeVisible();
  await note.getByRole("link").click();
  await expect(page).toHaveURL("/en/veilig-browsen/");
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
    await expect(page.locator(".tree .muted").first()).toHaveText(text("uk", "tree.private"));
    await page.locator("a.option", { hasText: text("uk", "tree.q1.noDanger") }).click();
    await expect(page.locator("#tree-step")).toBeFocused();
    await expect(page.locator("[aria-live=polite]")).toContainText(text("uk", "tree.q2.question"));
  });

  test("the outcome lists the answers; change one, and Back still steps through what is on screen", async ({ page }) => {
    await open(page, "ru", true);
    await walk(page, "ru", byAnswers(["noDanger", "someoneElse", "sex", "anonymous"]), true);
    const answers = page.locator(".answers li");
    await expect(answers).toHaveCount(4);
    await expect(answers.nth(2)).toContainText(text("ru", "tree.q3.sex"));
    await answers.nth(2).getByRole("button").click();
    await expect(page.locator("#tree-step")).toContainText(text("ru", "tree.q3.question"));
    await page.locator("a.option", { hasText: text("ru", "tree.q3.work") }).click();
    await expect(page.locator("#tree-step")).toHaveText(text("ru", "tree.r4.title"));
    await expect(page).toHaveURL("/ru/melden/");
    // Back goes to the question just answered again, then to the one before: never to the old advice.
    await page.goBack({ waitUntil: "commit" });
    await expect(page.locator("#tree-step")).toContainText(text("ru", "tree.q3.question"));
    await page.goBack({ waitUntil: "commit" });
    await expect(page.locator("#tree-step")).toContainText(text("ru", "tree.q2.question"));
  });

  test("start again returns to the first question", async ({ page }) => {
    await open(page, "en", true);
    await walk(page, "en", all[1]!, true);
    await page.getByRole("link", { name: text("en", "tree.restart") }).click();
    await expect(page.locator("#tree-step")).toContainText(text("en", "tree.q1.question"));
    await expect(page).toHaveURL("/en/melden/");
  });

  test("switching language mid-walk starts the other language's tree again, at an address that names no step", async ({ page }) => {
    await open(page, "nl", true);
    await walk(page, "nl", { steps: byAnswers(["noDanger", "myself", "work", "help"]).steps.slice(0, 3), outcome: "" }, true);
    await expect(page.locator("#tree-step")).toContainText(text("nl", "tree.q6.question"));
    await page.locator('.langs a[lang="uk"]').click();
    await expect(page).toHaveURL("/uk/melden/");
    await expect(page.locator("#tree-step")).toContainText(text("uk", "tree.q1.question"));
  });
});
