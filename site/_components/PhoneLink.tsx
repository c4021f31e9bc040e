import type { Phone } from "../../_data/organisations.ts";
import { telHref } from "../_lib/i18n/phone.ts";

/** Keeps a number (and its "Call" label) on one line: no break inside "0800-5151" or "033 448 11 86". */
const unbreakable = (text: string) => text.replace(/ /g, "\u00a0").replace(/-/g, "\u2011");

export function PhoneLink({ phone, className, label }: { phone: Phone; className?: string; label?: string }) {
  const text = label ?? phone.display;
  // A <wbr> between a label's words and the number lets a 320 px screen wrap there, and only there.
  const at = text.indexOf(phone.display);
  const [before, rest] = at > 0 ? [text.slice(0, at), text.slice(at)] : ["", text];
  return (
    <a class={className} href={telHref(phone)}>
      {before && (
        <>
          {unbreakable(before)}
          <wbr />
        </>
      )}
      {unbreakable(rest)}
    </a>
  );
}
