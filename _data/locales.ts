// The four languages of the site. Dutch is the default (x-default points at the language chooser).
export const LOCALES = ["nl", "en", "uk", "ru"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "nl";

export interface LocaleInfo {
  code: Locale;
  /** The language's name written in that language, for the language switch. */
  endonym: string;
  /** BCP 47 tag given to Intl for numbers, dates and plurals. */
  intl: string;
  dir: "ltr" | "rtl";
}

export const localeInfo: Record<Locale, LocaleInfo> = {
  nl: { code: "nl", endonym: "Nederlands", intl: "nl-NL", dir: "ltr" },
  en: { code: "en", endonym: "English", intl: "en-GB", dir: "ltr" },
  uk: { code: "uk", endonym: "Українська", intl: "uk-UA", dir: "ltr" },
  ru: { code: "ru", endonym: "Русский", intl: "ru-RU", dir: "ltr" },
};
