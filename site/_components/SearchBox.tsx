// Search in the header: without JavaScript a link to the language's search page (an A to Z index).
// With JavaScript the quick-exit script swaps in the field from the <template> (a few bytes, no search
// code); focusing the field loads the search island, and only then Pagefind. No form: nothing can be
// submitted, and the query never reaches the address.
import type { Context } from "../_lib/i18n/context.ts";
import { SEARCH_PATH } from "../_lib/search/search.ts";

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * On a phone the header keeps only the link (the field would push the page's heading down); the search
 * page itself shows the field there, so on a phone search opens from that link.
 */
export function SearchBox({ ctx, onSearchPage = false }: { ctx: Context; onSearchPage?: boolean }) {
  const { t, locale } = ctx;
  const link = `<a class="search-link search-compact" href="/${locale}${SEARCH_PATH}">${escapeHtml(t("search.link"))}</a>`;
  return (
    <div class={onSearchPage ? "search on-search-page" : "search"} data-search>
      <a class="search-link" href={`/${locale}${SEARCH_PATH}`}>
        {t("search.link")}
      </a>
      <template
        dangerouslySetInnerHTML={{
          __html: `${link}<div role="search"><label for="search-q">${escapeHtml(t("search.link"))}</label> <input id="search-q" type="search" autocomplete="off" spellcheck="false" enterkeyhint="search"></div>`,
        }}
      />
    </div>
  );
}
