import type { Organisation } from "../../_data/organisations.ts";
import type { Context } from "../_lib/i18n/context.ts";
import type { StringKey } from "../../_data/strings/index.ts";
import { PhoneLink } from "./PhoneLink.tsx";

export function websiteOf(org: Organisation, ctx: Context): string | undefined {
  return org.urlByLocale?.[ctx.locale] ?? org.url;
}

/** The organisation's name for this reader: "Поліція (Politie)" where the Dutch name is an ordinary word. */
export function orgName(org: Organisation, ctx: Pick<Context, "locale">): string {
  return org.nameByLocale?.[ctx.locale] ?? org.name;
}

/** When it can be reached, in a few words ("day and night", "on weekdays, during office hours"). */
export function reachText(org: Organisation, ctx: Pick<Context, "t">): string {
  return ctx.t(org.alwaysOpen ? "reach.always" : org.reach ? `reach.${org.reach}` : "reach.unknown");
}

/**
 * What a card says about anonymity for this reader. A professional reports to Veilig Thuis with their
 * own name and may only consult without names (facts sheet, 4 Dec 2026): `anonymityForProfessionals`.
 */
export function anonymityFor(org: Organisation, professional?: boolean) {
  return (professional && org.anonymityForProfessionals) || org.anonymity;
}

export function mainPhone(org: Organisation) {
  return org.phones.find((p) => p.use === "main");
}

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

function languageNames(codes: readonly string[], intl: string): string {
  const names = new Intl.DisplayNames([intl], { type: "language" });
  return new Intl.ListFormat(intl, { type: "conjunction" }).format(codes.map((c) => names.of(c) ?? c));
}

/**
 * A contact card: what the organisation is for and not for, anonymity, how to reach it.
 * `Heading` sets the heading level so the card fits the page outline.
 */
export function OrgCard({ org, ctx, Heading = "h3", showWhatHappens = false, whatHappens, professional }: {
  org: Organisation;
  ctx: Context;
  /** The reader is a professional (the anonymity line says what holds for them). */
  professional?: boolean;
  Heading?: "h2" | "h3" | "h4";
  showWhatHappens?: boolean;
  /** What happens when this reader gets in touch, where it differs from the general text (professionals). */
  whatHappens?: string;
}) {
  const { t } = ctx;
  const key = (field: string) => `org.${org.id}.${field}` as StringKey;
  const main = mainPhone(org);
  const others = org.phones.filter((p) => p !== main);
  const site = websiteOf(org, ctx);
  const anonymity = anonymityFor(org, professional);
  return (
    <article class="card" id={`org-${org.id}`} aria-labelledby={`org-${org.id}-name`}>
      <Heading id={`org-${org.id}-name`}>{orgName(org, ctx)}</Heading>
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
        {anonymity && (
          <>
            <dt>{t("card.anonymity")}</dt>
            <dd>{t(`anonymity.${anonymity}`)}</dd>
          </>
        )}
      </dl>
      {showWhatHappens && <p>{whatHappens ?? t(key("whatHappens"))}</p>}
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
        {main ? (org.alwaysOpen ? t("card.alwaysOpen") : org.reach ? `${capitalise(reachText(org, ctx))}.` : t("card.checkHours")) : site ? t("card.noPhone") : t("pro.card.noPublicContact")}
        {org.siteLanguages && <> {t("card.siteLanguages", { languages: languageNames(org.siteLanguages, ctx.intl) })}</>}
      </p>
      {(site || org.email) && (
        <p class="links">
          {site && (
            <a href={site} rel="noreferrer">
              {t("tree.visit", { name: orgName(org, ctx) })}
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
