// One municipality's section: what happens to a signal there, in the plan's own steps, with the
// contacts the plan publishes and the plan it comes from (with its age when it is old). Where the plans
// describe no route, the section says so and links to the municipality instead of inventing one.
import type { Contact, Municipality, RouteStep } from "../../_data/municipalities.ts";
import organisations from "../../_data/organisations.ts";
import type { StringKey } from "../../_data/strings/index.ts";
import type { Context } from "../_lib/i18n/context.ts";
import { formatPlanDate, yearsSince } from "../_lib/facts/plan-date.ts";
import { orgName } from "./OrgCard.tsx";

/** A plan older than this many years gets a warning with its age. */
const OLD_AFTER_YEARS = 3;

function ContactLine({ contact, ctx, directory }: { contact: Contact; ctx: Context; directory: string }) {
  const { t } = ctx;
  if ("email" in contact)
    return (
      <>
        {t(contact.audience === "meldpunt" ? "pro.contact.meldpunt" : "pro.contact.staffOnly")}: <a href={`mailto:${contact.email}`}>{contact.email}</a>
      </>
    );
  const org = organisations.find((o) => o.id === contact.org)!;
  return (
    <>
      {t("pro.contact.org")}: <a href={`${directory}#org-${org.id}`}>{orgName(org, ctx)}</a>
    </>
  );
}

export function MunicipalityRoute({ municipality: m, steps, ctx, today, directory }: {
  municipality: Municipality;
  steps: readonly RouteStep[];
  ctx: Context;
  /** The build date (YYYY-MM-DD), to say how old a source is. */
  today: string;
  /** Address of the page that lists every organisation (contacts link to their card there). */
  directory: string;
}) {
  const { t } = ctx;
  const key = (k: string) => `pro.muni.${m.id}.${k}` as StringKey;
  const age = m.plan ? yearsSince(m.plan.date, today) : 0;
  // The name as the page's language writes it, with the Dutch name beside it where they differ.
  const localName = t(`pro.label.${m.id}` as StringKey);
  return (
    <section class="municipality" id={m.id} aria-labelledby={`${m.id}-name`}>
      <h2 id={`${m.id}-name`}>{localName === m.name ? m.name : `${localName} (${m.name})`}</h2>
      <p>{t(key("intro"))}</p>
      {steps.length > 0 && (
        <>
          {/* Haarlem's source is a memo that describes roles, not a route: its heading says so. The same
              id in every language: a section keeps its anchor across the language switch. */}
          <h3 id={`${m.id}-route`}>{ctx.has(key("stepsHeading")) ? t(key("stepsHeading")) : t("pro.muni.stepsHeading")}</h3>
          <ol class="route">
            {steps.map((step) => (
              <li key={step.id} data-step={step.id}>
                {t(`pro.step.${m.id}.${step.id}` as StringKey)}
                {step.contacts && (
                  <ul class="contacts">
                    {step.contacts.map((c) => (
                      <li key={"email" in c ? c.email : c.org}>
                        <ContactLine contact={c} ctx={ctx} directory={directory} />
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
      {ctx.has(key("addressNote")) && <p class="muted">{t(key("addressNote"))}</p>}
      {m.residentsMayReportToMunicipality && <p>{t("pro.muni.residentsMayReport")}</p>}
      {ctx.has(key("care")) && <p>{t(key("care"))}</p>}
      {ctx.has(key("residents")) && <p>{t(key("residents"))}</p>}
      {!m.plan && m.url && (
        <p>
          <a href={m.url} rel="noreferrer">
            {t("pro.muni.website", { name: m.name })}
          </a>
        </p>
      )}
      {m.plan && (
        <p class="muted source">
          {t("pro.muni.source", { title: m.plan.title, date: formatPlanDate(m.plan.date, ctx.intl), section: m.plan.section })}
          {age > OLD_AFTER_YEARS && <strong> {t("pro.muni.age", { count: age })}</strong>}
        </p>
      )}
    </section>
  );
}
