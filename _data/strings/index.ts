// All UI strings, one file per part and language: the frame and cards (./nl.ts …), the tree (./tree/),
// the print products (./print/), search (./search/) and the professionals' pages (./pro/). Dutch is the
// reference: every other language has exactly its keys (tsc checks the types, the build names the file
// and key of anything missing). Pages see one merged dictionary per language.
import type { Locale } from "../locales.ts";
import type { Shape } from "./shape.ts";
import nl from "./nl.ts";
import en from "./en.ts";
import uk from "./uk.ts";
import ru from "./ru.ts";
import treeNl from "./tree/nl.ts";
import treeEn from "./tree/en.ts";
import treeUk from "./tree/uk.ts";
import treeRu from "./tree/ru.ts";
import printNl from "./print/nl.ts";
import printEn from "./print/en.ts";
import printUk from "./print/uk.ts";
import printRu from "./print/ru.ts";
import searchNl from "./search/nl.ts";
import searchEn from "./search/en.ts";
import searchUk from "./search/uk.ts";
import searchRu from "./search/ru.ts";
import proNl from "./pro/nl.ts";
import proEn from "./pro/en.ts";
import proUk from "./pro/uk.ts";
import proRu from "./pro/ru.ts";

/** The parts, with each language's dictionary and the file it lives in (for error messages). */
export const STRING_PARTS = {
  core: { file: (l: string) => `_data/strings/${l}.ts`, dicts: { nl, en, uk, ru } },
  tree: { file: (l: string) => `_data/strings/tree/${l}.ts`, dicts: { nl: treeNl, en: treeEn, uk: treeUk, ru: treeRu } },
  print: { file: (l: string) => `_data/strings/print/${l}.ts`, dicts: { nl: printNl, en: printEn, uk: printUk, ru: printRu } },
  search: { file: (l: string) => `_data/strings/search/${l}.ts`, dicts: { nl: searchNl, en: searchEn, uk: searchUk, ru: searchRu } },
  pro: { file: (l: string) => `_data/strings/pro/${l}.ts`, dicts: { nl: proNl, en: proEn, uk: proUk, ru: proRu } },
} as const;

const reference = { ...nl, ...treeNl, ...printNl, ...searchNl, ...proNl };
export type StringKey = keyof typeof reference;
/** A whole language: every key of every part. */
export type Strings = Shape<typeof reference>;

function merged(locale: Locale): Strings {
  return Object.assign({}, ...Object.values(STRING_PARTS).map((part) => part.dicts[locale])) as Strings;
}
export const dictionaries: Record<Locale, Strings> = { nl: merged("nl"), en: merged("en"), uk: merged("uk"), ru: merged("ru") };
