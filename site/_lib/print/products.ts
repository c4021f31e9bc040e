// The print products: one Typst template each (site/_print/<id>.typ), one PDF per language, and the
// number of A4 pages each must have. The build refuses a PDF with any other page count, so a text that
// grew too long can never push a folder onto a third page unnoticed.
import { LOCALES, type Locale } from "../../../_data/locales.ts";

export const PRODUCTS = {
  /** One A4 sheet, both sides, folded once: outside (back | front), inside (left | right). */
  folder: { pages: 2, landscape: true },
  /** A4 portrait with tear-off strips. */
  poster: { pages: 1, landscape: false },
  /** Ten credit-card-size cards on one A4 sheet. */
  cards: { pages: 1, landscape: false },
} as const;

export type ProductId = keyof typeof PRODUCTS;
export const PRODUCT_IDS = Object.keys(PRODUCTS) as ProductId[];

/** Where the PDF is published, relative to the site root: /print/folder-uk.pdf. */
export function pdfPath(product: ProductId, locale: Locale): string {
  return `/print/${product}-${locale}.pdf`;
}

export interface PrintJob {
  product: ProductId;
  locale: Locale;
}

export function allJobs(): PrintJob[] {
  return PRODUCT_IDS.flatMap((product) => LOCALES.map((locale) => ({ product, locale })));
}
