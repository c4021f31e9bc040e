// The print products as a reception location gets them: every PDF in dist/print/ has the promised
// A4 pages, a title and language, embedded fonts, every phone number from the data, every panel's
// text (nothing cut off), Cyrillic text in Ukrainian and Russian, no ink within 5 mm of the edge, a
// QR code to the site in its own language, and stays small. The cards say nothing a controller
// could read as trafficking, crime, police or a tip line; the poster dates its wage.
import { statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import facts from "../../_data/facts.ts";
import organisations from "../../_data/organisations.ts";
import { LOCALES } from "../../_data/locales.ts";
import { contextFor } from "../../site/_lib/i18n/strings.ts";
import { factText } from "../../site/_lib/facts/fact-render.ts";
import { siteToday } from "../../site/_lib/facts/today.ts";
import { CARD_IDS, CONTACT_IDS, keyedTexts, productData } from "../../site/_lib/print/content.ts";
import { PRODUCTS, PRODUCT_IDS, type ProductId } from "../../site/_lib/print/products.ts";
import { isSampleBuild, qrTarget } from "../../site/_lib/print/typeset.ts";
import { flat, inkMarginMm, missingTool, pdfFile, pdfFonts, pdfInfo, pdfLang, pdfText, pdfTitle, qrCodesOn } from "./helpers.ts";

const A4 = { short: 595.28, long: 841.89 };
const noPoppler = missingTool("pdftotext") ?? missingTool("pdfinfo") ?? missingTool("pdffonts");
const noQr = missingTool("pdftoppm") ?? missingTool("zbarimg");
const noGs = missingTool("gs");

const mainNumber = (id: string) => organisations.find((o) => o.id === id)!.phones.find((p) => p.use === "main")?.display;
/** The numbers (or, without a confirmed number, the web address) each product promises, from the data. */
const promised: Record<ProductId, string[]> = {
  folder: ["112", ...CONTACT_IDS.map((id) => mainNumber(id) ?? "fairwork.nu")],
  poster: [...CARD_IDS.map((id) => mainNumber(id)!), mainNumber("nla")!],
  cards: CARD_IDS.map((id) => mainNumber(id)!),
};

/**
 * What a card must never say, in any language: trafficking, exploitation, crime, police, anonymous
 * (tip), nor the name of an organisation that says it for them.
 */
const GIVEAWAYS: Record<string, RegExp> = {
  nl: /mensenhandel|uitbuit|misdaad|misdrijf|crimin|politie|anoniem|slachtoffer|inspectie/i,
  en: /traffick|exploit|crime|crimin|police|anonym|victim|inspector/i,
  uk: /торгівл\S*\s+людьми|експлуат|злочин|кримінал|поліц|анонім|жертв|інспекц/i,
  ru: /торговл\S*\s+людьми|эксплуат|преступ|криминал|полиц|аноним|жертв|инспекц/i,
};
const NAMES = /Meld Misdaad|Politie|Arbeidsinspectie|CoMensha|Veilig Thuis|AVIM/i;

describe.each(PRODUCT_IDS)("%s", (product) => {
  describe.each(LOCALES)("%s", (locale) => {
    const file = () => pdfFile(product, locale);
    const { t } = contextFor(locale);

    it.skipIf(noPoppler)(`has ${PRODUCTS[product].pages} A4 page(s) in the right orientation`, () => {
      const { pages, width, height } = pdfInfo(file());
      expect(pages).toBe(PRODUCTS[product].pages);
      const [w, h] = PRODUCTS[product].landscape ? [A4.long, A4.short] : [A4.short, A4.long];
      expect(width).toBeCloseTo(w, 0);
      expect(height).toBeCloseTo(h, 0);
    });

    it.skipIf(noPoppler)("has a title naming the product, and its language, in the PDF's metadata", () => {
      expect(pdfTitle(file())).toContain(t(`print.product.${product}`));
      expect(pdfLang(file())).toBe(locale);
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
      for (const number of promised[product]) {
        const groups = number.split(/[\s-]+/).map((g) => g.replace(/[+.]/g, "\\$&"));
        expect(text, number).toMatch(new RegExp(`(^|\\D)${groups.join("[\\s\\-\u2010\u2011]*")}(\\D|$)`));
      }
      // Outside the strips the text layer has each number exactly as printed, hyphen included, so that
      // copying it or hearing it read aloud gives the real number (site/_print/common.typ, real-hyphens).
      const exact = product === "poster" ? [mainNumber("nla")!] : promised[product];
      for (const number of exact) expect(text, number).toContain(number);
    });

    it.skipIf(noPoppler)("shows every text of every panel in full (nothing overflowed or cut)", () => {
      const text = flat(pdfText(file()));
      const data = productData(product, { locale, url: qrTarget(locale), qr: "" });
      for (const { key, text: wanted } of keyedTexts(data.panels)) expect(text, `${key}: "${wanted}"`).toContain(flat(wanted));
    });

    it.skipIf(noPoppler)("never hyphenates the name of an organisation or a place", () => {
      const text = pdfText(file()).replace(/\s+/g, " ");
      const { names } = productData(product, { locale, url: qrTarget(locale), qr: "" });
      for (const name of names) if (flat(pdfText(file())).includes(flat(name))) expect(text, name).toContain(name);
    });

    it.skipIf(noGs)("keeps every mark at least 5 mm from the paper's edge", () => {
      const [w, h] = PRODUCTS[product].landscape ? [A4.long, A4.short] : [A4.short, A4.long];
      expect(inkMarginMm(file(), w, h)).toBeGreaterThanOrEqual(5);
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
      it.skipIf(noPoppler)("says nothing about trafficking, exploitation, crime, police or an anonymous tip, and names no organisation", () => {
        const text = pdfText(file());
        expect(text).not.toMatch(GIVEAWAYS[locale]!);
        expect(text).not.toMatch(NAMES);
        expect(pdfTitle(file())).not.toMatch(GIVEAWAYS[locale]!);
      });
    } else {
      it.skipIf(noQr)("has a QR code that opens the site in the same language", () => {
        expect(qrCodesOn(file(), 1)).toEqual([qrTarget(locale)]);
      });

      it.skipIf(noPoppler)(`carries the sample mark in its language exactly when the site has no address (${isSampleBuild() ? "this build: none" : "this build: SITE_URL set"})`, () => {
        // The mark is set in capitals.
        const text = flat(pdfText(file())).toLocaleLowerCase(locale);
        const mark = flat(t("print.sample.mark")).toLocaleLowerCase(locale);
        if (isSampleBuild()) expect(text).toContain(mark);
        else expect(text).not.toContain(mark);
      });
    }

    if (product === "poster") {
      it.skipIf(noPoppler)("dates the wage it names: the period the amount applies", () => {
        const period = factText(facts.minimumWageFrom, contextFor(locale), siteToday()).text;
        const text = flat(pdfText(file()));
        expect(text).toContain(flat(factText(facts.minimumWage21, contextFor(locale), siteToday()).text));
        expect(text).toContain(flat(period));
        expect(period).toMatch(/2026.*2026/);
      });
    }

    it("is under 300 KB", () => {
      expect(statSync(file()).size).toBeLessThan(300 * 1024);
    });
  });
});
