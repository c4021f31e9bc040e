import type { Locale } from "../../../_data/locales.ts";

/**
 * The languages whose pages the build holds to the Dutch unit by unit (a missing or extra unit stops it).
 * A language joins once all its pages match the Dutch page's units; until then the build only counts its
 * unaligned pages and `npm run translations` lists them.
 */
export const UNIT_CHECKED_LOCALES: readonly Locale[] = ["en", "uk", "ru"];

/**
 * Pages of a checked language the build does not hold yet, each with the reason. Keep this short and
 * remove an entry as soon as the page matches: until then the page is only counted in a warning.
 */
export const PAGES_NOT_YET_CHECKED: Readonly<Partial<Record<Locale, readonly string[]>>> = {};

export function isHeldToDutch(lang: string, page: string): boolean {
  return UNIT_CHECKED_LOCALES.includes(lang as Locale) && !(PAGES_NOT_YET_CHECKED[lang as Locale] ?? []).includes(page);
}
