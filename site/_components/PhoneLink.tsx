import type { Phone } from "../../_data/organisations.ts";
import { telHref } from "../_lib/phone.ts";

export function PhoneLink({ phone, className, label }: { phone: Phone; className?: string; label?: string }) {
  return (
    <a class={className} href={telHref(phone)}>
      {label ?? phone.display}
    </a>
  );
}
