// The <head> every page shares: charset, viewport, no referrer, description, icon, the one stylesheet,
// the canonical address and the language alternates (with x-default: the chooser at "/"), all absolute
// (SITE_URL), the quick-exit script and any page scripts. Asset names are fingerprinted after the build.
import { alternatesOf } from "../_lib/i18n/alternates.ts";
import { absoluteUrl } from "../_lib/publish/site-url.ts";

export function DocumentHead({ title, description, url, scripts = [] }: {
  title: string;
  description: string;
  /** This page's own address ("/uk/signalen/"). */
  url: string;
  scripts?: readonly string[];
}) {
  return (
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta name="referrer" content="no-referrer" />
      <title>{title}</title>
      <meta name="description" content={description} />
      <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
      <link rel="stylesheet" href="/assets/site.css" />
      <link rel="canonical" href={absoluteUrl(url)} />
      {alternatesOf(url).map((a) => (
        <link rel="alternate" hreflang={a.hreflang} href={absoluteUrl(a.path)} key={a.hreflang} />
      ))}
      <script src="/assets/exit.js" defer />
      {scripts.map((src) => (
        <script src={src} type="module" key={src} />
      ))}
    </head>
  );
}
