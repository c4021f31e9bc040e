import type { ComponentChildren } from "preact";
import type { StringKey } from "../../_data/strings/index.ts";
import type { T } from "../_lib/i18n/context.ts";

const MARK = "\u0000";

/** A UI string whose {placeholders} are elements (a call link inside a sentence, for example). */
export function Fill({ t, k, parts }: { t: T; k: StringKey; parts: Record<string, ComponentChildren> }) {
  const marked = Object.fromEntries(Object.keys(parts).map((name) => [name, `${MARK}${name}${MARK}`]));
  const pieces = t(k, marked).split(MARK);
  return <>{pieces.map((piece, i) => (i % 2 === 1 ? parts[piece] : piece))}</>;
}
