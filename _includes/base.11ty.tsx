// The layout of every page: renders the Page component around the content Eleventy passes in.
import { render } from "preact-render-to-string";
import { Page } from "../site/_components/Page.tsx";
import { localeOfUrl } from "../site/_lib/i18n/locale-url.ts";
import { sourcesOf } from "../site/_lib/facts/page-sources.ts";
import { contextFor } from "../site/_lib/i18n/strings.ts";

interface LayoutData {
  page: { url: string };
  title: string;
  heading?: string;
  description?: string;
  content: string;
  scripts?: string[];
  searchWeight?: number;
}

export function render_(data: LayoutData): string {
  const locale = localeOfUrl(data.page.url);
  if (!locale) throw new Error(`${data.page.url}: a page using the base layout must live under a language folder`);
  // Search results show it in place of a random snippet: every page says in a sentence what it is.
  if (!data.description) throw new Error(`${data.page.url}: no description (add "description" to the front matter)`);
  const page = (
    <Page
      ctx={contextFor(locale)}
      url={data.page.url}
      title={data.title}
      heading={data.heading}
      description={data.description}
      html={data.content}
      sources={sourcesOf(data.page.url)}
      scripts={data.scripts}
      searchWeight={data.searchWeight}
    />
  );
  return `<!DOCTYPE html>${render(page)}`;
}
export { render_ as render };
