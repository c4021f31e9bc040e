// Long pages open with a contents list, and every link to a place in a page (from the home page to
// the workers' self-check, from a contents list to its section) lands on a heading that exists. A
// heading whose text changes changes its id: this test names the link that then breaks.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "node-html-parser";
import { CONTENTS_MIN_HEADINGS } from "../../site/_lib/pages/headings.ts";
import { builtPages, resolveLink } from "./helpers.ts";

const pages = builtPages();
/** Headings of the page's own text: inside main, leaving out the sources the layout adds. */
const bodyHeadings = (doc: ReturnType<typeof parse>) => doc.querySelectorAll("main h2, main h3").filter((h) => h.id !== "sources");

describe("contents list", () => {
  it.each(pages.map((p) => [p.url, p] as const))("%s: a long page opens with one, right after its heading", (_, page) => {
    const contents = page.doc.querySelector("main nav.contents");
    // The A to Z page's row of letters is its contents list (issue 20: the page starts at the letters).
    const long = bodyHeadings(page.doc).length >= CONTENTS_MIN_HEADINGS && !page.doc.querySelector("main .az-letters");
    expect(Boolean(contents), `${bodyHeadings(page.doc).length} headings`).toBe(long);
    if (!contents) return;
    expect(contents.previousElementSibling?.tagName).toBe("H1");
    const label = contents.querySelector(`#${contents.getAttribute("aria-labelledby")}`);
    expect(label?.text.trim()).not.toBe("");
    const h2s = page.doc.querySelectorAll("main .prose h2");
    const links = contents.querySelectorAll("a");
    expect(links.map((a) => a.getAttribute("href"))).toEqual(h2s.map((h) => `#${h.id}`));
    expect(links.map((a) => a.text.trim())).toEqual(h2s.map((h) => h.text.trim()));
  });
});

describe("links to a place in a page", () => {
  const links = pages.flatMap((page) =>
    page.doc
      .querySelectorAll('a[href*="#"]')
      .map((a) => a.getAttribute("href")!)
      .filter((href) => href.startsWith("/") || href.startsWith("#"))
      .map((href) => [page.url, href] as const),
  );

  it("the home pages link to the workers' self-check and the professionals' signals", () => {
    for (const l of ["nl", "en", "uk", "ru"]) {
      expect(links.filter(([from, href]) => from === `/${l}/` && href.startsWith(`/${l}/signalen/#`))).toHaveLength(2);
    }
  });

  it.each(links.filter(([, href]) => href !== "#main" && href !== "#menu"))("%s → %s lands on an existing id", (from, href) => {
    const [path, fragment] = href.split("#") as [string, string];
    const file = path ? resolveLink(path) : pages.find((p) => p.url === from)!.file;
    expect(file, `no page at ${path}`).toBeDefined();
    const id = decodeURIComponent(fragment);
    expect(parse(readFileSync(file!, "utf8")).getElementById(id), `no id "${id}"`).not.toBeNull();
  });
});
