// The search page of each language, /{lang}/zoeken/: an A to Z index that starts at the letters. It holds
// the words people use (the list of _data/search-topics.ts, the same list the search field reads for
// synonyms), the organisations by name, and every searchable page; each entry opens its section. It works
// without JavaScript; with it, the header's field searches as you type. The page itself is not indexed.
import { render as renderToString } from "preact-render-to-string";
import { LOCALES, localeInfo, type Locale } from "../_data/locales.ts";
import organisations, { type Organisation } from "../_data/organisations.ts";
import searchTopics from "../_data/search-topics.ts";
import { azGroups, isIndexed, SEARCH_PATH, type AzEntry } from "./_lib/search/search.ts";
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

/**
 * The entries: every list term (to its section, by the Dutch heading id), every organisation (to its card
 * on the organisations page), and the title of each searchable page the list does not open at the top.
 */
function entriesFor(locale: Locale, all: readonly CollectionItem[]): AzEntry[] {
  const titles = new Map<string, string>();
  for (const item of all) {
    if (typeof item.url !== "string" || !item.url.startsWith(`/${locale}/`) || !isIndexed(item.url)) continue;
    const title = item.data.heading ?? item.data.title;
    if (title) titles.set(item.url, title);
  }
  const entries: AzEntry[] = [];
  const atTop = new Set<string>();
  for (const [path, topics] of Object.entries(searchTopics)) {
    const url = `/${locale}${path}`;
    const page = titles.get(url);
    if (!page) throw new Error(`_data/search-topics.ts: "${path}": no page ${url} in the build`);
    for (const topic of topics[locale]) {
      entries.push({ label: topic.term, url: topic.section ? `${url}#${topic.section}` : url, page });
      if (!topic.section) atTop.add(url);
    }
  }
  const help = `/${locale}/hulp/`;
  for (const org of organisations as readonly Organisation[]) entries.push({ label: org.nameByLocale?.[locale] ?? org.name, url: `${help}#org-${org.id}-name`, page: titles.get(help) });
  for (const [url, label] of titles) if (!atTop.has(url)) entries.push({ label, url });
  return entries;
}

export function render(d: Data): string {
  const { t } = contextFor(d.locale);
  const groups = azGroups(entriesFor(d.locale, d.collections.all), localeInfo[d.locale].intl);
  const id = (letter: string) => `az-${letter.replace(/[^\p{L}\p{N}]/gu, "-")}`;
  return renderToString(
    <div class="az">
      {/* One h2 above the letters (h3): the page is one section, so the layout adds no "On this page"
          list, and the letters come right under the title. */}
      <h2 id="az" class="vh">
        {t("search.all")}
      </h2>
      <nav aria-label={t("search.letters")}>
        <ul class="az-letters">
          {groups.map((g) => (
            <li key={g.letter}>
              <a href={`#${id(g.letter)}`}>{g.letter}</a>
            </li>
          ))}
        </ul>
      </nav>
      <p>{t("search.intro")}</p>
      {groups.map((g) => (
        <section key={g.letter} aria-labelledby={id(g.letter)}>
          <h3 id={id(g.letter)}>{g.letter}</h3>
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
