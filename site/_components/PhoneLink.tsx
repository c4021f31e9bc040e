import type { Phone } from "../../_data/organisations.ts";
import { telHref } from "../_lib/phone.ts";

/** Keeps a number on one line: no break inside "0800-5151" or "033 448 11 86". */
const unbreakable = (text: string) => text.replace(/ /g, "\u00a0").replace(/-/g, "\u2011");

/** A label such as "Телефонуйте 033 448 11 86" may break before the number (it must, at 320px), never inside it. */
const keepNumberWhole = (label: string, number: string) =>
  label.includes(number) ? label.replace(number, unbreakable(number)) : unbreakable(label);

export function PhoneLink({ phone, className, label }: { phone: Phone; className?: string; label?: string }) {
  return (
    <a class={className} href={telHref(phone)}>
      {label === undefined ? unbreakable(phone.display) : keepNumberWhole(label, phone.display)}
    </a>
  );
}
