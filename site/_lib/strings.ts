// The UI strings of all four languages, for build-time rendering. (Browser bundles import one
// language's file directly, so they never carry the other three.)
import { localeInfo, type Locale } from "../../_data/locales.ts";
import nl, { type StringKey, type Strings } from "../../_data/strings/nl.ts";
import en from "../../_data/strings/en.ts";
import uk from "../../_data/strings/uk.ts";
import ru from "../../_data/strings/ru.ts";
import { makeContext, type Context } from "./context.ts";

export const dictionaries: Record<Locale, Strings> = { nl, en, uk, ru };
export type { StringKey };

const contexts = new Map<Locale, Context>();
/** The translation context of a language: its code, Intl tag and `t`. */
export function contextFor(locale: Locale): Context {
  let ctx = contexts.get(locale);
  if (!ctx) contexts.set(locale, (ctx = makeContext(locale, localeInfo[locale].intl, dictionaries[locale])));
  return ctx;
}
