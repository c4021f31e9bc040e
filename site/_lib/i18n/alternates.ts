// A page's language alternates: the same page in every language, plus x-default (the language chooser at
// "/"). One function for the <head> of every page and for the sitemap, so the two always agree.
import { LOCALES } from "../../../_data/locales.ts";
import { urlInLocale } from "./locale-url.ts";

export interface Alternate {
  hreflang: string;
  path: string;
}

export function alternatesOf(url: string): Alternate[] {
  return [...LOCALES.map((l) => ({ hreflang: l, path: urlInLocale(url, l) })), { hreflang: "x-default", path: "/" }];
}
