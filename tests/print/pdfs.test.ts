// The print products as a reception location gets them: every PDF in dist/print/ has the promised
// A4 pages, embedded fonts, every phone number from the data, every panel's text (nothing cut off),
// Cyrillic text in Ukrainian and Russian, a QR code to the site in its own language, and stays small.
import { statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import organisations from "../../_data/organisations.ts";
import { LOCALES } from "../../_data/locales.ts";
import { CONTACT_IDS, keyedTexts, productData } from "../../site/_lib/print/content.ts";
import { PRODUCTS, PRODUCT_IDS } from "../../site/_lib/print/products.ts";
import { qrTarget } from "../../site/_lib/print/typeset.ts";
import { flat, missingTool, pdfFile, pdfFonts, pdfInfo, pdfText, qrCodesOn } from "./helpers.ts";

const A4 = { short: 595.28, long: 841.89 };
const noPoppler = missingTool("pdftotext") ?? missingTool("pdfinfo") ?? missingTool("pdffonts");
const noQr = missingTool("pdftoppm") ?? missingTool("zbarimg");

/** The numbers every product promises: the main number of each contact, from the organisations data. */
const promisedNumbers = CONTACT_IDS.map((id) => {
  const phone = organisations.find((o) => o.id === id)!.phones.find((p) => p.use === "main")!;
  return phone.display;
});

const TRAFFICKING_WORDS: Record<string, RegExp> = {
  nl: /mensenhandel|uitbuit|slachtoffer/i,
  en: /traffick|exploit|victim|slavery/i,
  uk: /торгівл[яіею]\s*людьми|експлуат|жертв|рабств/i,
  ru: /торговл[яиею]\s*людьми|эксплуат|жертв|рабств/i,
};

describe.each(PRODUCT_IDS)("%s", (product) => {
  describe.each(LOCALES)("%s", (locale) => {
    const file = () => pdfFile(product, locale);

    it.skipIf(noPoppler)(`has ${PRODUCTS[product].pages} A4 page(s) in the right orientation`, () => {
      const { pages, width, height } = pdfInfo(file());
      expect(pages).toBe(PRODUCTS[product].pages);
      const [w, h] = PRODUCTS[product].landscape ? [A4.long, A4.short] : [A4.short, A4.long];
      expect(width).toBeCloseTo(w, 0);
      expect(height).toBeCloseTo(h, 0);
    });

    it.skipIf(noPoppler)("embeds every font it uses", () => {
      const fonts = pdfFonts(file());
      expect(fonts.length).toBeGreaterThan(0);
      expect(fonts.filter((f) => !f.embedded)).toEqual([]);
    });

    it.skipIf(noPoppler)("shows every phone number it promises, as the data writes it", () => {
      const text = pdfText(file());
      // The digit groups in order. (pdftotext drops the hyphen of "0800-5151" in the poster's
      // sideways strips, where the rendered page shows it: the strips are checked by their digits.)
      for (const number of promisedNumbers) {
        const groups = number.split(/[\s-]+/).map((g) => g.replace(/\+/g, "\\+"));
        expect(text, number).toMatch(new RegExp(`(^|\\D)${groups.join("[\\s\\-\u2010\u2011]*")}(\\D|$)`));
      }
      if (product !== "poster") for (const number of promisedNumbers) expect(text, number).toContain(number);
    });

    it.skipIf(noPoppler)("shows every text of every panel in full (nothing overflowed or cut)", () => {
      const text = flat(pdfText(file()));
      const data = productData(product, { locale, url: qrTarget(locale), qr: "" });
      for (const { key, text: wanted } of keyedTexts(data.panels)) expect(text, `${key}: "${wanted}"`).toContain(flat(wanted));
    });

    if (locale === "uk" || locale === "ru") {
      it.skipIf(noPoppler)("is written in Cyrillic", () => {
        const letters = pdfText(file()).match(/\p{L}/gu) ?? [];
        const cyrillic = letters.filter((c) => /\p{Script=Cyrillic}/u.test(c));
        // Names of Dutch organisations stay in Latin letters; the texts around them are Cyrillic.
        expect(cyrillic.length / letters.length).toBeGreaterThan(0.5);
      });
    }

    if (product === "cards") {
      it.skipIf(noPoppler)("never names trafficking or exploitation (safe if an exploiter finds it)", () => {
        const text = pdfText(file());
        const card = text.split("\n").slice(2).join("\n"); // the card itself, without the instructions above
        expect(card).not.toMatch(TRAFFICKING_WORDS[locale]!);
        expect(text).not.toMatch(TRAFFICKING_WORDS[locale]!);
      });
    } else {
      it.skipIf(noQr)("has a QR code that opens the site in the same language", () => {
        expect(qrCodesOn(file(), 1)).toEqual([qrTarget(locale)]);
      });
    }

    it("is under 300 KB", () => {
      expect(statSync(file()).size).toBeLessThan(300 * 1024);
    });
  });
});
