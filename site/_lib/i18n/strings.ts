// The UI strings of all four languages, for build-time rendering. (The tree island fetches one
// language's strings as JSON, so the browser never carries the other three.)
import { localeInfo, type Locale } from "../../../_data/locales.ts";
import { dictionaries, type StringKey, type Strings } from "../../../_data/strings/index.ts";
import { makeContext, type Context } from "./context.ts";

export { dictionaries };
export type { StringKey, Strings };

const contexts = new Map<Locale, Context>();
/** The translation context of a language: its code, Intl tag and `t`. */
export function contextFor(locale: Locale): Context {
  let ctx = contexts.get(locale);
  if (!ctx) contexts.set(locale, (ctx = makeContext(locale, localeInfo[locale].intl, dictionaries[locale])));
  return ctx;
}
