// The language chooser at "/" (and the 404 page outside any language folder): every text in all four
// languages, each marked with its own lang, so nobody needs to read Dutch to find their way in.
import { LOCALES, localeInfo } from "../../_data/locales.ts";
import { EXIT_URL } from "../../_data/navigation.ts";
import type { StringKey } from "../../_data/strings/nl.ts";
import organisations from "../../_data/organisations.ts";
import { contextFor } from "../_lib/strings.ts";
import { Fill } from "./fill.tsx";
import { exitMessages } from "./Page.tsx";
import { PhoneLink } from "./PhoneLink.tsx";

const emergency = organisations.find((o) => o.id === "emergency")!.phones[0];

export function Chooser({ headingKey }: { headingKey: StringKey }) {
  const all = LOCALES.map((l) => ({ l, t: contextFor(l).t }));
  const nl = contextFor("nl").t;
  return (
    <html lang="nl">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>{`${headingKey === "root.notFound" ? "404" : nl("site.region")} — ${LOCALES.map((l) => localeInfo[l].endonym).join(" · ")}`}</title>
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
          {nl("skip")}
        </a>
        <div class="exit-bar govuk-exit-this-page" data-module="govuk-exit-this-page" {...exitMessages(contextFor("nl"))}>
          <a class="exit govuk-exit-this-page__button" href={EXIT_URL} rel="nofollow noreferrer">
            {all.map(({ l, t }, i) => (
              <span lang={l} key={l}>
                {i > 0 && " · "}
                {t("exit.label")}
              </span>
            ))}
          </a>
        </div>
        <main id="main" class="chooser" tabindex={-1}>
          <h1>
            {all.map(({ l, t }) => (
              <span lang={l} key={l}>
                {t(headingKey)}
              </span>
            ))}
          </h1>
          <ul>
            {all.map(({ l, t }) => (
              <li key={l} lang={l}>
                <a href={`/${l}/`} hreflang={l}>
                  <strong>{localeInfo[l].endonym}</strong>
                  <span>{t("root.lead")}</span>
                </a>
              </li>
            ))}
          </ul>
          <p class="emergency">
            {all.map(({ l, t }) => (
              <span lang={l} key={l}>
                <Fill t={t} k="emergency.text" parts={{ number: <PhoneLink phone={emergency} /> }} />{" "}
              </span>
            ))}
          </p>
        </main>
      </body>
    </html>
  );
}
