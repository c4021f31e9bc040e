// Typesets the print products with Typst in Node (no browser): one compiler for all PDFs, the data
// and QR codes mapped into its virtual file system, never written to disk. A text too long for its
// panel, or a PDF with an unexpected page count, stops with a message naming the language, the
// product and the string keys to shorten.
import path from "node:path";
import { NodeCompiler } from "@myriaddreamin/typst-ts-node-compiler";
import QRCode from "qrcode";
import type { Locale } from "../../../_data/locales.ts";
import { siteToday } from "../facts/today.ts";
import { absoluteUrl, DEFAULT_SITE_URL, siteUrl } from "../publish/site-url.ts";
import { keyedTexts, productData, type ContentOptions, type ProductData } from "./content.ts";
import { printFontBlobs } from "./fonts.ts";
import { PRODUCTS, type ProductId } from "./products.ts";


/** The address a product's QR code carries: the site's home page in that language. */
export function qrTarget(locale: Locale, base = siteUrl()): string {
  return absoluteUrl(`/${locale}/`, base);
}

/**
 * True while the site has no final address (SITE_URL unset, or set to the placeholder): paper cannot be
 * updated, and whoever holds the placeholder domain would receive every scan, so every product that
 * prints the address carries a sample mark in its language.
 */
export function isSampleBuild(base = siteUrl()): boolean {
  return base === DEFAULT_SITE_URL;
}

export interface Typeset {
  pdf: Buffer;
  pages: number;
  data: ProductData;
}

export class PrintError extends Error {}

/** How full a panel may be (site/_print/common.typ, fill-limit): room to spare for a change of a few percent. */
export const FILL_LIMIT_PERCENT = 90;

function overflowMessage(product: ProductId, locale: Locale, data: ProductData, panel: string, mm: string, percent: string): string {
  const panels = data.panels as Record<string, unknown>;
  const texts = keyedTexts(panels[panel]).sort((a, b) => b.text.length - a.text.length);
  const keys = [...new Set(texts.map((t) => t.key))];
  return (
    `print ${product} (${locale}): the texts of panel "${panel}" are ${mm} mm too long for it ` +
    `(they fill ${percent}% of it; at most ${FILL_LIMIT_PERCENT}%, so a font or wording change cannot push them over). ` +
    `Shorten ${keys.length > 1 ? "one of these keys, longest first" : "the key"}: ${keys.join(", ")} ` +
    `(in _data/strings/print/${locale}.ts or _data/strings/${locale}.ts)`
  );
}

/**
 * `today` (YYYY-MM-DD) is the PDFs' creation date: the build day, never the clock, so a build is repeatable.
 * `machineFonts` are font folders as a machine may have them. The compiler reads the system's fonts in any
 * case (no switch in typst.ts 0.6); tests pass a folder of other fonts here to prove they change nothing.
 */
export function createTypesetter(root: string, base = siteUrl(), today = siteToday(), machineFonts: readonly string[] = []) {
  const creationTimestamp = Date.parse(`${today}T00:00:00Z`) / 1000;
  const compiler = NodeCompiler.create({ workspace: root, fontArgs: [{ fontBlobs: printFontBlobs() }, { fontPaths: [...machineFonts] }] });
  const qrFiles = new Map<Locale, string>();

  async function qrFile(locale: Locale): Promise<string> {
    let file = qrFiles.get(locale);
    if (!file) {
      const svg = await QRCode.toString(qrTarget(locale, base), { type: "svg", margin: 0, errorCorrectionLevel: "M" });
      file = `/.print/qr-${locale}.svg`;
      compiler.mapShadow(path.join(root, file), Buffer.from(svg));
      qrFiles.set(locale, file);
    }
    return file;
  }

  return {
    async typeset(product: ProductId, locale: Locale, override?: ContentOptions["override"]): Promise<Typeset> {
      const options: ContentOptions = { locale, url: qrTarget(locale, base), qr: await qrFile(locale), sample: isSampleBuild(base), today, override };
      const data = productData(product, options);
      const dataFile = `/.print/${product}-${locale}.json`;
      compiler.mapShadow(path.join(root, dataFile), Buffer.from(JSON.stringify(data)));
      const mainFileContent = `#import "/site/_print/${product}.typ": render\n#render(json("${dataFile}"))\n`;
      const result = compiler.compile({ mainFileContent });
      const error = result.takeError();
      if (error) {
        const messages: string[] = compiler.fetchDiagnostics(error).map((d: { message: string }) => d.message);
        for (const message of messages) {
          const overflow = /overflow\|([\w-]+)\|([\d.]+)\|(\d+)/.exec(message);
          if (overflow) throw new PrintError(overflowMessage(product, locale, data, overflow[1]!, overflow[2]!, overflow[3]!));
        }
        throw new PrintError(`print ${product} (${locale}): Typst failed: ${messages.join("; ")}`);
      }
      const doc = result.result!;
      const expected = PRODUCTS[product].pages;
      if (doc.numOfPages !== expected)
        throw new PrintError(`print ${product} (${locale}): ${doc.numOfPages} pages instead of ${expected}; a text is too long (see _data/strings/print/${locale}.ts)`);
      return { pdf: compiler.pdf(doc, { creationTimestamp }), pages: doc.numOfPages, data };
    },
  };
}
