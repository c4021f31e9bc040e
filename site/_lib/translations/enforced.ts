import type { Locale } from "../../../_data/locales.ts";

/**
 * The languages whose pages the build holds to the Dutch unit by unit (a missing or extra unit stops it).
 * A language joins once all its pages match the Dutch page's units; until then the build only counts its
 * unaligned pages and `npm run translations` lists them.
 */
export const UNIT_CHECKED_LOCALES: readonly Locale[] = [];
