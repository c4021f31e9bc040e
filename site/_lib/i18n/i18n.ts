// Looking up UI strings: plurals through Intl.PluralRules (Ukrainian and Russian have four forms),
// {placeholders} filled from params. Pure: takes the dictionary, knows nothing of Eleventy.
import type { PluralText, Text } from "../../../_data/types/text.ts";
export type { PluralText, Text };
export type Params = Record<string, string | number>;

const pluralRules = new Map<string, Intl.PluralRules>();
function rulesFor(locale: string): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules;
}

/** Fills {name} placeholders. An unknown placeholder is an error, never a silent "{name}" on a page. */
export function interpolate(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`missing value for {${name}} in "${template}"`);
    return String(params[name]);
  });
}

/** Chooses the plural form for `count` in `locale`, falling back to "other". */
function pluralForm(text: PluralText, locale: string, count: number): string {
  return text[rulesFor(locale).select(count)] ?? text.other;
}

export function translate(dict: Readonly<Record<string, Text>>, locale: string, key: string, params: Params = {}): string {
  const text = dict[key];
  if (text === undefined) throw new Error(`unknown UI string "${key}" (${locale})`);
  if (typeof text === "string") return interpolate(text, params);
  if (typeof params.count !== "number") throw new Error(`UI string "${key}" is plural: pass a numeric {count}`);
  return interpolate(pluralForm(text, locale, params.count), params);
}

/** The placeholders a text uses, across all its plural forms. */
export function placeholdersOf(text: Text): string[] {
  const forms = typeof text === "string" ? [text] : Object.values(text);
  return [...new Set(forms.flatMap((f) => [...(f ?? "").matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)))].sort();
}
