// The quick exit: a plain link to a neutral page first (works without JavaScript, sends no referrer),
// marked up for GOV.UK Frontend's ExitThisPage, which site/_islands/exit.ts starts.
import type { ComponentChildren } from "preact";
import { EXIT_URL } from "../../_data/navigation.ts";
import type { Context } from "../_lib/i18n/context.ts";

/** The component's screen-reader messages, as the data-i18n.* attributes it reads. */
function exitMessages({ t }: Context): Record<string, string> {
  return {
    "data-i18n.activated": t("exit.activated"),
    "data-i18n.timed-out": t("exit.timedOut"),
    "data-i18n.press-two-more-times": t("exit.pressTwoMoreTimes"),
    "data-i18n.press-one-more-time": t("exit.pressOneMoreTime"),
  };
}

export function QuickExit({ ctx, label, children }: { ctx: Context; label: ComponentChildren; children?: ComponentChildren }) {
  return (
    <div class="exit-bar govuk-exit-this-page" data-module="govuk-exit-this-page" {...exitMessages(ctx)}>
      <a class="exit govuk-exit-this-page__button" href={EXIT_URL} rel="nofollow noreferrer">
        {label}
      </a>
      {children}
    </div>
  );
}
