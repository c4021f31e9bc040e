// What every shortcode module needs from Eleventy: the page it renders for, and the language of that page.
import { localeOfUrl } from "../i18n/locale-url.ts";
import { contextFor } from "../i18n/strings.ts";

export interface ShortcodeThis {
  page: { url: string; inputPath: string };
}
export interface Config {
  addShortcode(name: string, fn: (this: ShortcodeThis, ...args: string[]) => string): void;
}

/** The translation context of the page a shortcode renders on; shortcodes only work under a language folder. */
export function pageContext(self: ShortcodeThis) {
  const locale = localeOfUrl(self.page.url);
  if (!locale) throw new Error(`${self.page.inputPath}: shortcodes need a page under a language folder`);
  return contextFor(locale);
}
