// The search page of each language, /{lang}/zoeken/: an A to Z index of the language's pages (by
// title) and topics (from _data/search-topics.ts), each a link. It works without JavaScript; with it,
// the header's field searches as you type. The page itself is not indexed (it would match every word).
import { render as renderToString } from "preact-render-to-string";
import { LOCALES, localeInfo, type Locale } from "../_data/locales.ts";
import searchTopics from "../_data/search-topics.ts";
import { azGroups, isIndexed, keywordsOf, SEARCH_PATH, type AzEntry } from "./_lib/search/search.ts";
import { contextFor } from "./_lib/i18n/strings.ts";

interface CollectionItem {
  url: string | false;
  data: { title?: string; heading?: string; eleventyExcludeFromCollections?: boolean };
}
interface Data {
  locale: Locale;
  collections: { all: CollectionItem[] };
}

export const data = {
  searchLocales: LOCALES,
  pagination: { data: "searchLocales", size: 1, alias: "locale" },
  permalink: (d: { locale: Locale }) => `/${d.locale}${SEARCH_PATH}`,
  eleventyComputed: {
    title: (d: { locale: Locale }) => contextFor(d.locale).t("search.title"),
    description: (d: { locale: Locale }) => contextFor(d.locale).t("search.description"),
  },
};

/** The language's searchable pages with their titles, and every topic word leading to its page. */
function entriesFor(locale: Locale, all: readonly CollectionItem[]): AzEntry[] {
  const titles = new Map<string, string>();
  for (const item of all) {
    if (typeof item.url !== "string" || !item.url.startsWith(`/${locale}/`) || !isIndexed(item.url)) continue;
    const title = item.data.heading ?? item.data.title;
    if (title) titles.set(item.url, title);
  }
  const entries: AzEntry[] = [...titles].map(([url, label]) => ({ label, url }));
  for (const [path, topics] of Object.entries(searchTopics)) {
    const url = `/${locale}${path}`;
    const page = titles.get(url);
    if (!page) throw new Error(`_data/search-topics.ts: "${path}": no page ${url} in the build`);
    for (const label of keywordsOf(topics, locale).topics) entries.push({ label, url, page });
  }
  return entries;
}

export function render(d: Data): string {
  const { t } = contextFor(d.locale);
  const groups = azGroups(entriesFor(d.locale, d.collections.all), localeInfo[d.locale].intl);
  const id = (letter: string) => `az-${letter}`;
  return renderToString(
    <div class="az">
      <p>{t("search.intro")}</p>
      <nav aria-label={t("search.letters")}>
        <ul class="az-letters">
          {groups.map((g) => (
            <li key={g.letter}>
              <a href={`#${id(g.letter)}`}>{g.letter}</a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map((g) => (
        <section key={g.letter} aria-labelledby={id(g.letter)}>
          <h2 id={id(g.letter)}>{g.letter}</h2>
          <ul>
            {g.entries.map((e) => (
              <li key={`${e.label} ${e.url}`}>
                <a href={e.url}>{e.label}</a>
                {e.page && <span class="muted"> — {e.page}</span>}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>,
  );
}
