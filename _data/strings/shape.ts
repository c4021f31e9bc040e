import type { PluralText } from "../types/text.ts";

/** The same keys as the Dutch reference `T`, each plain text or plural forms as there. */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : PluralText };
