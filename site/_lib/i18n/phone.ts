// Phone numbers are stored once, normalised (E.164, or a short number such as 112), with the form
// people write. These helpers check that the two agree and make the call link.
import type { Phone } from "../../../_data/organisations.ts";

/** Digits of a written number in E.164 form: "0800-7000" -> "+318007000", "+31 343 578 844" -> "+31343578844". */
export function displayToNormalised(display: string): string {
  const compact = display.replace(/[\s\-()]/g, "");
  if (compact.startsWith("+")) return compact;
  if (/^0\d+$/.test(compact)) return `+31${compact.slice(1)}`;
  return compact; // short numbers such as 112
}

export function displayMatches(phone: Pick<Phone, "number" | "display">): boolean {
  return displayToNormalised(phone.display) === phone.number;
}

/**
 * The href of a call link. Dutch 0800/0900 service numbers are dialled in national form: they are not
 * reliably reachable in international (+31) form, even from a Dutch phone.
 */
export function telHref(phone: Pick<Phone, "number">): string {
  const serviceNumber = /^\+31(800|900)(\d+)$/.exec(phone.number);
  if (serviceNumber) return `tel:0${serviceNumber[1]}${serviceNumber[2]}`;
  return `tel:${phone.number}`;
}
