// "/": the language chooser. Each link is written in its own language and script; no redirect, no
// guessing from the browser, so it works the same for everyone and with JavaScript off.
import { render as renderToString } from "preact-render-to-string";
import { LOCALES, localeInfo } from "../_data/locales.ts";
import { contextFor } from "./_lib/strings.ts";

export const data = { permalink: "/index.html", layout: false };

export function render(): string {
  const nl = contextFor("nl");
  const page = (
    <html lang="nl">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>{`${nl.t("site.name")} — ${nl.t("site.region")}`}</title>
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="/assets/site.css" />
        {LOCALES.map((l) => (
          <link rel="alternate" hreflang={l} href={`/${l}/`} key={l} />
        ))}
        <link rel="alternate" hreflang="x-default" href="/" />
        <script src="/assets/exit.js" defer />
      </head>
      <body>
        <a class="skip" href="#main">
          {nl.t("skip")}
        </a>
        <div class="exit-bar">
          <a class="exit" href={EXIT} rel="nofollow noreferrer" data-exit>
            {nl.t("exit.label")}
          </a>
        </div>
        <main id="main" class="chooser" tabindex={-1}>
          <h1>{`${nl.t("site.name")} — ${nl.t("site.region")}`}</h1>
          <ul>
            {LOCALES.map((l) => {
              const ctx = contextFor(l);
              return (
                <li key={l} lang={l}>
                  <a href={`/${l}/`} hreflang={l}>
                    <strong>{localeInfo[l].endonym}</strong>
                    <span>{ctx.t("root.lead")}</span>
                  </a>
                </li>
              );
            })}
          </ul>
        </main>
      </body>
    </html>
  );
  return `<!doctype html>${renderToString(page)}`;
}
import { EXIT_URL as EXIT } from "../_data/navigation.ts";
