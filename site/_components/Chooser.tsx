// The language chooser at "/" (and the 404 page outside any language folder): every text in all four
// languages, each marked with its own lang, so nobody needs to read Dutch to find their way in.
import { LOCALES, localeInfo } from "../../_data/locales.ts";
import type { StringKey } from "../../_data/strings/index.ts";
import organisations from "../../_data/organisations.ts";
import { contextFor } from "../_lib/i18n/strings.ts";
import { Fill } from "./fill.tsx";
import { DocumentHead } from "./DocumentHead.tsx";
import { QuickExit } from "./QuickExit.tsx";
import { PhoneLink } from "./PhoneLink.tsx";

const emergency = organisations.find((o) => o.id === "emergency")!.phones[0];

export function Chooser({ headingKey }: { headingKey: StringKey }) {
  const all = LOCALES.map((l) => ({ l, t: contextFor(l).t }));
  const nl = contextFor("nl").t;
  return (
    <html lang="nl">
      <DocumentHead
        title={`${headingKey === "root.notFound" ? "404" : nl("site.region")} — ${LOCALES.map((l) => localeInfo[l].endonym).join(" · ")}`}
        description={all.map(({ t }) => t(headingKey === "root.notFound" ? "root.notFoundDescription" : "root.description")).join(" · ")}
        url={headingKey === "root.notFound" ? "/404.html" : "/"}
      />
      <body>
        <a class="skip" href="#main">
          {nl("skip")}
        </a>
        <QuickExit
          ctx={contextFor("nl")}
          label={all.map(({ l, t }, i) => (
            <span lang={l} key={l}>
              {i > 0 && " · "}
              {t("exit.label")}
            </span>
          ))}
        />
        <p class="emergency all-langs">
          {all.map(({ l, t }) => (
            <span lang={l} key={l}>
              <Fill t={t} k="emergency.text" parts={{ number: <PhoneLink phone={emergency} /> }} />{" "}
            </span>
          ))}
        </p>
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
        </main>
      </body>
    </html>
  );
}
