// Budgets from the built files' sizes (not timings): every page fits the first round trip, content
// pages load only the quick-exit script, and the scripts stay within their budgets.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { builtPages, DIST, gzipSize } from "./helpers.ts";

const pages = builtPages();
const isTreePage = (url: string) => /^\/(nl|en|uk|ru)\/melden\/((q|r)\d+\/)?$/.test(url);
const assetSize = (href: string) => gzipSize(path.join(DIST, href));
/** "/assets/exit.3f2a9c1b7d.js" -> "/assets/exit.js": the bundle, whatever its content hash. */
const bundle = (href: string) => href.replace(/\.[0-9a-f]{10}\.(css|js)$/, ".$1");
const scriptsOf = (url: string) => pages.find((p) => p.url === url)!.doc.querySelectorAll("script[src]").map((s) => s.getAttribute("src")!);
const exitScript = scriptsOf("/nl/")[0]!;
const treeScript = scriptsOf("/nl/melden/").find((s) => bundle(s) === "/assets/tree.js")!;

describe("budgets", () => {
  it.each(pages.map((p) => [p.url, p] as const))("%s: HTML + CSS at most 14,000 bytes gzip", (_, page) => {
    const css = page.doc.querySelectorAll('link[rel="stylesheet"]').map((l) => assetSize(l.getAttribute("href")!));
    expect(gzipSize(page.file) + css.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(14_000);
  });

  it.each(pages.map((p) => [p.url, p] as const))("%s: loads only the scripts it needs", (url, page) => {
    const scripts = page.doc.querySelectorAll("script[src]").map((s) => bundle(s.getAttribute("src")!));
    expect(scripts).toEqual(isTreePage(url) ? ["/assets/exit.js", "/assets/tree.js"] : ["/assets/exit.js"]);
  });

  it("the quick-exit script is at most 3 KB gzip", () => {
    expect(bundle(exitScript)).toBe("/assets/exit.js");
    expect(assetSize(exitScript)).toBeLessThanOrEqual(3 * 1024);
  });

  it("the JavaScript on a tree page, Preact included, is at most 12 KB gzip", () => {
    expect(assetSize(exitScript) + assetSize(treeScript)).toBeLessThanOrEqual(12 * 1024);
  });
});
