// The <head> every page shares: charset, viewport, no referrer, icon, the one stylesheet, the language
// alternates (with x-default: the chooser at "/"), the quick-exit script and any page scripts.
import { LOCALES, type Locale } from "../../_data/locales.ts";

export function DocumentHead({ title, description, alternate, scripts = [] }: {
  title: string;
  description?: string;
  /** This page's address in each language. */
  alternate: (locale: Locale) => string;
  scripts?: readonly string[];
}) {
  return (
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta name="referrer" content="no-referrer" />
      <title>{title}</title>
      {description && <meta name="description" content={description} />}
      <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
      <link rel="stylesheet" href="/assets/site.css" />
      {LOCALES.map((l) => (
        <link rel="alternate" hreflang={l} href={alternate(l)} key={l} />
      ))}
      <link rel="alternate" hreflang="x-default" href="/" />
      <script src="/assets/exit.js" defer />
      {scripts.map((src) => (
        <script src={src} type="module" key={src} />
      ))}
    </head>
  );
}
