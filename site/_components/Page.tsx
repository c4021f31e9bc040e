import type { ComponentChildren } from "preact";
import { localeInfo } from "../../_data/locales.ts";
import { DocumentHead } from "./DocumentHead.tsx";
import { QuickExit } from "./QuickExit.tsx";
import { footerNav, mainNav } from "../../_data/navigation.ts";
import organisations from "../../_data/organisations.ts";
import type { StringKey } from "../../_data/strings/index.ts";
import { documentTitle, type Context } from "../_lib/i18n/context.ts";
import { urlInLocale } from "../_lib/i18n/locale-url.ts";
import type { Source } from "../../_data/types/source.ts";
import { provenanceText } from "../_lib/facts/provenance.ts";
import { Fill } from "./fill.tsx";
import { Contents } from "./Contents.tsx";
import { LanguageSwitch } from "./LanguageSwitch.tsx";
import { contentsOf, withHeadingIds } from "../_lib/pages/headings.ts";
import { PhoneLink } from "./PhoneLink.tsx";
import { SearchBox } from "./SearchBox.tsx";
import { SEARCH_PATH } from "../_lib/search/search.ts";
import { isIndexed } from "../_lib/search/search.ts";

const emergency = organisations.find((o) => o.id === "emergency")!.phones[0];

export interface PageProps {
  ctx: Context;
  url: string;
  title: string;
  /** The <h1>, when it differs from the title (the tree's pages). */
  heading?: string;
  description: string;
  /** Rendered HTML of the page body (Markdown output), or elements. */
  html?: string;
  children?: ComponentChildren;
  sources?: readonly Source[];
  /** Same-origin scripts this page needs beyond the quick exit (the tree island). */
  scripts?: readonly string[];
  /**
   * How much the page's words count in search (Pagefind's data-pagefind-weight, default 1): the
   * professionals' pages say "melden" and "politie" often without being where residents should land.
   */
  searchWeight?: number;
}

const navKey = (path: string) => `nav.${path === "/" ? "home" : path.replace(/^\/|\/$/g, "")}` as StringKey;
const footerKey: Record<(typeof footerNav)[number], StringKey> = {
  "/privacy/": "footer.privacy",
  "/toegankelijkheid/": "footer.accessibility",
  "/veilig-browsen/": "footer.safety",
  "/melden/overzicht/": "footer.overview",
};

export function Page({ ctx, url, title, heading, description, html, children, sources = [], scripts = [], searchWeight }: PageProps) {
  const { t, locale } = ctx;
  const here = (path: string) => `/${locale}${path}`;
  // Prose gets heading ids (for links from elsewhere) and, when long, a contents list.
  const body = html === undefined ? undefined : withHeadingIds(html);
  const sections = body ? contentsOf(body.headings) : [];
  return (
    <html lang={locale} dir={localeInfo[locale].dir}>
      <DocumentHead title={documentTitle(t, title)} description={description} url={url} scripts={scripts} />
      <body>
        <a class="skip" href="#main">
          {t("skip")}
        </a>
        <QuickExit ctx={ctx} label={t("exit.label")}>
          <a href={here("/veilig-browsen/")}>{t("exit.safety")}</a>
        </QuickExit>
        {/* Outside the bar, which stays on screen while reading: the hint need not. */}
        <p class="exit-hint">{t("exit.hint")}</p>
        <header class="site-header">
          <a class="brand" href={here("/")}>
            {t("site.name")} <span>{t("site.region")}</span>
          </a>
          <LanguageSwitch ctx={ctx} url={url} />
        </header>
        <p class="emergency">
          <Fill t={t} k="emergency.text" parts={{ number: <PhoneLink phone={emergency} /> }} />
        </p>
        <nav class="top-nav" aria-label={t("nav.quick")}>
          <a class="report" href={here("/melden/")}>
            {t("nav.melden")}
          </a>
          <a href="#menu">{t("nav.menu")}</a>
          <SearchBox ctx={ctx} onSearchPage={url === here(SEARCH_PATH)} />
        </nav>
        <main id="main" tabindex={-1} data-pagefind-body={isIndexed(url) ? "" : undefined}>
          <h1>{heading ?? title}</h1>
          {sections.length > 0 && <Contents ctx={ctx} sections={sections} />}
          {body ? <div class="prose" data-pagefind-weight={searchWeight} dangerouslySetInnerHTML={{ __html: body.html }} /> : children}
          {sources.length > 0 && <Sources ctx={ctx} sources={sources} />}
        </main>
        <footer class="site-footer">
          <nav id="menu" aria-label={t("nav.label")}>
            <ul class="menu">
              {mainNav.map((path) => (
                <li key={path}>
                  <a href={here(path)} aria-current={url === here(path) ? "page" : undefined}>
                    {t(navKey(path))}
                  </a>
                </li>
              ))}
            </ul>
            <ul>
              {footerNav.map((path) => (
                <li key={path}>
                  <a href={here(path)} aria-current={url === here(path) ? "page" : undefined}>
                    {t(footerKey[path])}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <p>{t("footer.collectsNothing")}</p>
          <p>{t("site.byline")}</p>
        </footer>
      </body>
    </html>
  );
}

function Sources({ ctx, sources }: { ctx: Context; sources: readonly Source[] }) {
  const { t } = ctx;
  return (
    <section class="sources" aria-labelledby="sources" data-pagefind-ignore>
      <h2 id="sources">{t("sources.heading")}</h2>
      <p>{t("sources.intro")}</p>
      <ul>
        {sources.map((s) => (
          <li key={s.url}>
            <a href={s.url} rel="noreferrer">
              {s.url.replace(/^https:\/\/(www\.)?/, "")}
            </a>
            {/* A law link names its law, so a reader sees at once which law it should open. */}
            {s.law ? ` (${s.law.title})` : ""} — {provenanceText(s, ctx)}
          </li>
        ))}
      </ul>
    </section>
  );
}
