// Every built page, visited once per project (JavaScript on and off), with all the checks that hold for
// every page: the real security headers and nothing loaded from elsewhere, no cookie or web storage, the
// skip link and the quick exit first, nothing scrolls sideways at 320 CSS px (WCAG 1.4.10), the professionals'
// tables no wider than their box, zero axe violations (WCAG 2.2 A and AA; axe runs as script, so with JavaScript on),
// and the language switch landing on the same page in another language (rotating the target, so every
// pair of languages is exercised). One browser page walks a shard of the site: a fresh page per check
// spent most of the suite's time starting pages and injecting axe, once per check.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { expect, test, type Page } from "@playwright/test";
import { localeOfUrl, urlInLocale } from "../../site/_lib/i18n/locale-url.ts";
import { builtUrls, guard, LOCALES, text } from "./site.ts";

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const NARROWEST = { width: 320, height: 640 };
const DESKTOP = { width: 1280, height: 720 };
const SHARDS = 8;
const TABLES_FIT = /^\/\w\w\/(professionals|gemeenten|cijfers)\/$/;

test.describe.configure({ timeout: 300_000 });

// axe-core itself, loaded into every page of the context as it opens: @axe-core/playwright sends the
// whole script again for each analysis, which cost three times as long as the analysis itself.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface AxeViolation {
  id: string;
  nodes: { target: string[] }[];
}

async function axeViolations(page: Page): Promise<string[]> {
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(ctx: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] })).violations;
  }, AXE_TAGS);
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** The element that pokes out furthest on the right, to name in a failure. */
const widest = (page: Page) =>
  page.evaluate(() => {
    let worst: Element | undefined;
    let right = 0;
    for (const e of document.body.querySelectorAll("*")) {
      const r = e.getBoundingClientRect().right;
      if (r > right) [worst, right] = [e, r];
    }
    return worst ? `<${worst.tagName.toLowerCase()} class="${worst.className}"> "${(worst.textContent ?? "").trim().slice(0, 40)}"` : "";
  });

const shards = Array.from({ length: SHARDS }, (_, i) => builtUrls.filter((_, n) => n % SHARDS === i));

shards.forEach((urls, shard) => {
  test(`every page, part ${shard + 1} of ${SHARDS} (${urls.length} pages)`, async ({ page, baseURL, javaScriptEnabled }) => {
    const seen = await guard(page, baseURL!);
    if (javaScriptEnabled) await page.context().addInitScript({ content: AXE_SOURCE });
    const problems: string[] = [];
    for (const [i, url] of urls.entries()) {
      await page.setViewportSize(NARROWEST);
      const response = await page.goto(url);
      const locale = localeOfUrl(url);
      const csp = response?.headers()["content-security-policy"] ?? "";
      if (!csp.includes("default-src 'none'")) problems.push(`${url}: no strict Content-Security-Policy header`);

      // The skip link, then the quick exit, before anything else that can be focused.
      const firstTwo = await page.locator("a, button").evaluateAll((els) => els.slice(0, 2).map((e) => e.getAttribute("href")));
      if (firstTwo[0] !== "#main") problems.push(`${url}: the first link is ${firstTwo[0]}, not the skip link`);
      if (!/^https:\/\/www\.knmi\.nl\//.test(firstTwo[1] ?? "")) problems.push(`${url}: the second link is ${firstTwo[1]}, not the quick exit`);
      const exitLabel = (await page.locator(".exit").first().textContent()) ?? "";
      if (!exitLabel.includes(text(locale ?? "nl", "exit.label"))) problems.push(`${url}: the quick exit does not say "${text(locale ?? "nl", "exit.label")}"`);

      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > NARROWEST.width) problems.push(`${url} is ${width}px wide at 320: ${await widest(page)}`);
      // The professionals' tables fit a phone; the tree overview's routing table may scroll in its box
      // (a data table is the exception WCAG 1.4.10 allows).
      if (TABLES_FIT.test(url)) {
        const wideTables = await page.$$eval(".table-wrap", (els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1).length);
        if (wideTables) problems.push(`${url}: ${wideTables} table(s) wider than their box at 320`);
      }

      if (javaScriptEnabled) {
        const kept = await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length]);
        if (JSON.stringify(kept) !== JSON.stringify(["", 0, 0])) problems.push(`${url}: cookie or web storage ${JSON.stringify(kept)}`);
        await page.setViewportSize(DESKTOP);
        for (const v of await axeViolations(page)) problems.push(`${url}: axe ${v}`);
      }

      // Last, because it leaves the page: the language switch.
      if (locale && !url.endsWith("404.html")) {
        const others = LOCALES.filter((l) => l !== locale);
        const target = others[i % others.length]!;
        // With JavaScript a tree step's switch leads to the other language's start: no address names a step.
        const treeStep = /\/melden\/[qr]\d+\/$/.test(url);
        if (javaScriptEnabled && treeStep) await page.locator('#tree-app[data-island="active"]').waitFor();
        await page.locator(`.langs a[lang="${target}"]`).click();
        await expect(page, url).toHaveURL(javaScriptEnabled && treeStep ? `/${target}/melden/` : urlInLocale(url, target));
        await expect(page.locator("html"), url).toHaveAttribute("lang", target);
        await expect(page.locator(".langs [aria-current]"), url).toHaveAttribute("lang", target);
      }
    }
    expect(problems).toEqual([]);
    expect(seen.foreign).toEqual([]);
    expect(seen.errors).toEqual([]);
    const state = await page.context().storageState();
    expect(state.cookies).toEqual([]);
    expect(state.origins.flatMap((o) => o.localStorage)).toEqual([]);
  });
});
