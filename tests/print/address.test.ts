// No distributable PDF with a placeholder address. Without SITE_URL (the placeholder domain) every
// folder and poster carries a sample mark in its own language; with the site's real address the mark
// is gone and every QR code opens that address in the product's language. Both builds are typeset
// here, in memory, so this holds whichever way dist/ was built.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../_data/locales.ts";
import { contextFor } from "../../site/_lib/i18n/strings.ts";
import { DEFAULT_SITE_URL } from "../../site/_lib/publish/site-url.ts";
import { createTypesetter, isSampleBuild } from "../../site/_lib/print/typeset.ts";
import { flat, missingTool, pdfText, qrCodesOn } from "./helpers.ts";

const REAL = "https://mensenhandel.voorbeeldgemeente.example";
const noPoppler = missingTool("pdftotext");
const noQr = missingTool("pdftoppm") ?? missingTool("zbarimg");
const dir = mkdtempSync(path.join(tmpdir(), "print-address-"));

async function make(base: string, product: "folder" | "poster", locale: (typeof LOCALES)[number]): Promise<string> {
  const { pdf } = await createTypesetter(process.cwd(), base).typeset(product, locale);
  const file = path.join(dir, `${new URL(base).hostname}-${product}-${locale}.pdf`);
  writeFileSync(file, pdf);
  return file;
}

const marked = (file: string, locale: (typeof LOCALES)[number]) =>
  flat(pdfText(file)).toLocaleLowerCase(locale).includes(flat(contextFor(locale).t("print.sample.mark")).toLocaleLowerCase(locale));

describe("the placeholder address is a sample build; a real address is not", () => {
  it("decides by SITE_URL", () => {
    expect(isSampleBuild(DEFAULT_SITE_URL)).toBe(true);
    expect(isSampleBuild(REAL)).toBe(false);
  });
});

describe.each(["folder", "poster"] as const)("%s", (product) => {
  describe.each(LOCALES)("%s", (locale) => {
    it.skipIf(noPoppler)("without SITE_URL: carries the sample mark in its own language", async () => {
      expect(marked(await make(DEFAULT_SITE_URL, product, locale), locale)).toBe(true);
    });

    it.skipIf(noPoppler ?? noQr)("with SITE_URL: no sample mark, and the QR code opens that address in this language", async () => {
      const file = await make(REAL, product, locale);
      expect(marked(file, locale)).toBe(false);
      expect(qrCodesOn(file, 1)).toEqual([`${REAL}/${locale}/`]);
      expect(pdfText(file)).toContain(`${REAL}/${locale}/`);
    });
  });
});
