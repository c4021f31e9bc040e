import type { Locale } from "../../../_data/locales.ts";
import type { StringKey, Strings } from "../../../_data/strings/index.ts";
import { translate, type Params } from "./i18n.ts";

export type T = (key: StringKey, params?: Params) => string;
/** What every component needs to speak the page's language. */
export interface Context {
  locale: Locale;
  intl: string;
  t: T;
  /** Whether the strings define `key` (optional texts such as a question's hint). */
  has(key: string): boolean;
}

export function makeContext(locale: Locale, intl: string, dict: Strings): Context {
  return { locale, intl, t: (key, params) => translate(dict, locale, key, params), has: (key) => key in dict };
}

/** The text of <title>: the page's own title, then the region (short enough for a phone's tab). */
export function documentTitle(t: T, title: string): string {
  return `${title} — ${t("site.region")}`;
}
