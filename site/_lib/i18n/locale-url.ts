import { LOCALES, type Locale } from "../../../_data/locales.ts";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The language a site URL belongs to, from its first path segment ("/uk/signalen/" -> "uk"). */
export function localeOfUrl(url: string): Locale | undefined {
  const first = url.split("/")[1];
  return isLocale(first) ? first : undefined;
}

/**
 * The same page in another language. Every language folder has the same file names (and the tree
 * uses the same node ids), so swapping the prefix is enough. This also works for paginated pages,
 * where Eleventy's locale_links is wrong (11ty #3555).
 */
export function urlInLocale(url: string, to: Locale): string {
  const from = localeOfUrl(url);
  if (!from) return `/${to}/`;
  return `/${to}${url.slice(from.length + 1)}`;
}
