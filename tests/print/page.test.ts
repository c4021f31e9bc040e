// The Print page as a reception location uses it: in every language it offers every PDF in every
// language, each link saying its language, paper size, page count and file size (true to the file);
// the menu and the home page's block for professionals lead to it.
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES, localeInfo } from "../../_data/locales.ts";
import { PRODUCT_IDS, pdfPath } from "../../site/_lib/print/products.ts";
import { reprintAfter } from "../../site/_lib/print/content.ts";
import { isSampleBuild } from "../../site/_lib/print/typeset.ts";
import { formatDate } from "../../site/_lib/i18n/format.ts";
import { contextFor } from "../../site/_lib/i18n/strings.ts";
import { builtPages, DIST } from "../built/helpers.ts";
import { missingTool, pdfInfo } from "./helpers.ts";

const pages = builtPages();
const page = (url: string) => {
  const found = pages.find((p) => p.url === url);
  if (!found) throw new Error(`${url} was not built`);
  return found;
};
const noPoppler = missingTool("pdfinfo");

describe.each(LOCALES)("/%s/printen/", (locale) => {
  const { t, intl } = contextFor(locale);
  const links = () => page(`/${locale}/printen/`).doc.querySelectorAll('a[type="application/pdf"]');

  it("offers every product in every language", () => {
    const hrefs = links().map((a) => a.getAttribute("href"));
    expect(hrefs.sort()).toEqual(PRODUCT_IDS.flatMap((p) => LOCALES.map((l) => pdfPath(p, l))).sort());
    for (const href of hrefs) expect(existsSync(path.join(DIST, href!)), href).toBe(true);
  });

  it.skipIf(noPoppler)("says each PDF's language, size, page count and file size, true to the file", () => {
    const kb = new Intl.NumberFormat(intl, { style: "unit", unit: "kilobyte", maximumFractionDigits: 0 });
    for (const a of links()) {
      const href = a.getAttribute("href")!;
      const lang = a.getAttribute("hreflang") as (typeof LOCALES)[number];
      const file = path.join(DIST, href);
      const text = a.textContent;
      expect(text, href).toContain(localeInfo[lang].endonym);
      expect(text, href).toContain("A4");
      expect(text, href).toContain(t("print.pages", { count: pdfInfo(file).pages }));
      expect(text, href).toContain(kb.format(Math.max(1, Math.round(statSync(file).size / 1024))));
      expect(text, href).toContain("PDF");
    }
  });

  it("tells how to print the folder double-sided, flipped on the short edge, and to cut the strips", () => {
    const text = page(`/${locale}/printen/`).doc.querySelector("main")!.textContent;
    const words = { nl: ["korte kant", "strookjes"], en: ["short edge", "strips"], uk: ["короткому краю", "смужки"], ru: ["короткому краю", "полоски"] }[locale];
    for (const w of words) expect(text).toContain(w);
  });

  it("says, under each product, the date after which to print it again", () => {
    const notes = page(`/${locale}/printen/`).doc.querySelectorAll("ul.downloads + p").map((p) => p.textContent);
    expect(notes).toEqual(
      PRODUCT_IDS.map((id) => {
        const until = reprintAfter(id);
        return until ? t("print.reprint.until", { date: formatDate(until, intl) }) : t("print.reprint.none");
      }),
    );
    // The folder and poster print the minimum wage, which changes on 1 January and 1 July.
    expect(reprintAfter("poster")).toMatch(/-12-31$|-06-30$/);
  });

  it(`says why the PDFs are marked as samples, exactly when they are (${isSampleBuild() ? "this build: no SITE_URL" : "this build: SITE_URL set"})`, () => {
    const text = page(`/${locale}/printen/`).doc.querySelector("main")!.textContent;
    expect(text.includes(t("print.sample.page"))).toBe(isSampleBuild());
  });

  it("is in the menu and in the home page's block for professionals", () => {
    const home = page(`/${locale}/`).doc;
    expect(home.querySelector(`#menu a[href="/${locale}/printen/"]`)?.textContent).toBe(t("nav.printen"));
    const inProse = home.querySelectorAll(`.prose a[href="/${locale}/printen/"]`);
    expect(inProse.length).toBe(1);
  });
});
