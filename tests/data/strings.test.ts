import { describe, expect, it } from "vitest";
import { LOCALES } from "../../_data/locales.ts";
import { checkStrings } from "../../site/_lib/data/check-data.ts";
import { dictionaries } from "../../site/_lib/i18n/strings.ts";

describe("UI strings", () => {
  it("every language has every key, in the same shape, with the same placeholders", () => {
    const { nl, ...others } = dictionaries;
    expect(checkStrings(nl, others, (l) => `_data/strings/${l}.ts`)).toEqual([]);
  });

  it.each(["uk", "ru"] as const)("%s strings are written in Cyrillic, not left in Dutch or English", (lang) => {
    const latinOnly = Object.entries(dictionaries[lang])
      .filter(([, v]) => typeof v === "string")
      // Organisation names, numbers and placeholders may stay in Latin script; sentences may not.
      .filter(([, v]) => (v as string).replace(/\{\w+\}|[A-Z][\w-]*|\d+/g, "").match(/[a-z]{4,}/) && !/[\u0400-\u04ff]/.test(v as string))
      .map(([k]) => k);
    expect(latinOnly).toEqual([]);
  });

  it("no two languages share a translation of a sentence", () => {
    for (const a of LOCALES) {
      for (const b of LOCALES) {
        if (a >= b) continue;
        const same = Object.keys(dictionaries.nl).filter((k) => {
          const x = dictionaries[a][k as keyof typeof dictionaries.nl];
          return typeof x === "string" && x.length > 25 && x === dictionaries[b][k as keyof typeof dictionaries.nl];
        });
        expect(same, `${a} and ${b}`).toEqual([]);
      }
    }
  });
});
