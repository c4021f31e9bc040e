import type { Phone } from "../../_data/organisations.ts";
import { telHref } from "../_lib/phone.ts";

/** Keeps a number on one line: no break inside "0800-5151" or "033 448 11 86". */
const unbreakable = (text: string) => text.replace(/ /g, "\u00a0").replace(/-/g, "\u2011");

/**
 * A label such as "Телефонуйте 033 448 11 86" must wrap at 320px, but never inside the number. Spaces
 * in a phone link stay non-breaking (html-validate's tel-non-breaking), so the label's words get a <wbr>
 * after each space instead: a line may break between words and before the number, not within it.
 */
function wrappable(label: string, number: string) {
  const at = label.indexOf(number);
  if (at < 0) return unbreakable(label);
  const words = (text: string) => text.split(" ").flatMap((w, i) => (i === 0 ? [w] : ["\u00a0", <wbr />, w]));
  return [...words(label.slice(0, at)), unbreakable(number), ...words(label.slice(at + number.length))].filter((p) => p !== "");
}

export function PhoneLink({ phone, className, label }: { phone: Phone; className?: string; label?: string }) {
  return (
    <a class={className} href={telHref(phone)}>
      {label === undefined ? unbreakable(phone.display) : wrappable(label, phone.display)}
    </a>
  );
}
