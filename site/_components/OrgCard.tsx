import type { Organisation } from "../../_data/organisations.ts";
import type { Context } from "../_lib/context.ts";
import type { StringKey } from "../../_data/strings/index.ts";
import { PhoneLink } from "./PhoneLink.tsx";

export function websiteOf(org: Organisation, ctx: Context): string | undefined {
  return org.urlByLocale?.[ctx.locale] ?? org.url;
}

export function mainPhone(org: Organisation) {
  return org.phones.find((p) => p.use === "main");
}

function languageNames(codes: readonly string[], intl: string): string {
  const names = new Intl.DisplayNames([intl], { type: "language" });
  return new Intl.ListFormat(intl, { type: "conjunction" }).format(codes.map((c) => names.of(c) ?? c));
}

/**
 * A contact card: what the organisation is for and not for, anonymity, how to reach it.
 * `Heading` sets the heading level so the card fits the page outline.
 */
export function OrgCard({ org, ctx, Heading = "h3", showWhatHappens = false }: {
  org: Organisation;
  ctx: Context;
  Heading?: "h2" | "h3" | "h4";
  showWhatHappens?: boolean;
}) {
  const { t } = ctx;
  const key = (field: string) => `org.${org.id}.${field}` as StringKey;
  const main = mainPhone(org);
  const others = org.phones.filter((p) => p !== main);
  const site = websiteOf(org, ctx);
  return (
    <article class="card" id={`org-${org.id}`} aria-labelledby={`org-${org.id}-name`}>
      <Heading id={`org-${org.id}-name`}>{org.name}</Heading>
      {main && (
        <p class="call">
          <PhoneLink phone={main} className="button" label={t("tree.call", { number: main.display })} />{" "}
          <span class="muted">({t(`card.cost.${main.cost}`)})</span>
        </p>
      )}
      <dl>
        <dt>{t("card.for")}</dt>
        <dd>{t(key("for"))}</dd>
        <dt>{t("card.notFor")}</dt>
        <dd>{t(key("notFor"))}</dd>
        {org.anonymity && (
          <>
            <dt>{t("card.anonymity")}</dt>
            <dd>{t(`anonymity.${org.anonymity}`)}</dd>
          </>
        )}
      </dl>
      {showWhatHappens && <p>{t(key("whatHappens"))}</p>}
      {others.length > 0 && (
        <ul class="phones">
          {others.map((phone) => (
            <li key={phone.number}>
              <PhoneLink phone={phone} /> — {t(`card.use.${phone.use as "abroad" | "confidential"}`)}
            </li>
          ))}
        </ul>
      )}
      <p class="muted">
        {main ? t(org.alwaysOpen ? "card.alwaysOpen" : "card.checkHours") : site ? t("card.noPhone") : t("pro.card.noPublicContact")}
        {org.siteLanguages && <> {t("card.siteLanguages", { languages: languageNames(org.siteLanguages, ctx.intl) })}</>}
      </p>
      {(site || org.email) && (
        <p class="links">
          {site && (
            <a href={site} rel="noreferrer">
              {t("tree.visit", { name: org.name })}
            </a>
          )}
          {org.email && (
            <>
              {site && " · "}
              <a href={`mailto:${org.email}`}>{org.email}</a>
            </>
          )}
        </p>
      )}
    </article>
  );
}
