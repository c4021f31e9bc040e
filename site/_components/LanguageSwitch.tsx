// The language switch in the header: on a phone a short code per language ("NL EN УКР РУС") so the
// row fits one line at 320px; from 40rem the full names. The link's name always holds what is shown
// (the code, then the language's own name), so voice control and screen readers agree with the eye.
import { LOCALES, localeInfo, type Locale } from "../../_data/locales.ts";
import type { Context } from "../_lib/i18n/context.ts";
import { urlInLocale } from "../_lib/i18n/locale-url.ts";

/** How each language abbreviates its own name in a language switch. */
const SHORT: Record<Locale, string> = { nl: "NL", en: "EN", uk: "УКР", ru: "РУС" };

export function LanguageSwitch({ ctx, url }: { ctx: Context; url: string }) {
  return (
    <nav class="langs" aria-label={ctx.t("lang.label")}>
      <ul>
        {LOCALES.map((l) => (
          <li key={l}>
            <a href={urlInLocale(url, l)} lang={l} hreflang={l} aria-current={l === ctx.locale ? "true" : undefined}>
              <span class="short">{SHORT[l]}</span> <span class="long">{localeInfo[l].endonym}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
