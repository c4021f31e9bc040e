import type { Phone } from "../../_data/organisations.ts";
import { telHref } from "../_lib/phone.ts";

/** Keeps a number (and its "Call" label) on one line: no break inside "0800-5151" or "033 448 11 86". */
const unbreakable = (text: string) => text.replace(/ /g, "\u00a0").replace(/-/g, "\u2011");

export function PhoneLink({ phone, className, label }: { phone: Phone; className?: string; label?: string }) {
  return (
    <a class={className} href={telHref(phone)}>
      {unbreakable(label ?? phone.display)}
    </a>
  );
}
