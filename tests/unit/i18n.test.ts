import { describe, expect, it } from "vitest";
import { interpolate, placeholdersOf, translate } from "../../site/_lib/i18n/i18n.ts";

const days = { one: "{count} день", few: "{count} дні", many: "{count} днів", other: "{count} дня" };

describe("translate", () => {
  it("picks the Ukrainian plural form a reader expects", () => {
    const dict = { days };
    expect(translate(dict, "uk", "days", { count: 1 })).toBe("1 день");
    expect(translate(dict, "uk", "days", { count: 2 })).toBe("2 дні");
    expect(translate(dict, "uk", "days", { count: 5 })).toBe("5 днів");
    expect(translate(dict, "uk", "days", { count: 21 })).toBe("21 день");
    expect(translate(dict, "uk", "days", { count: 1.5 })).toBe("1.5 дня");
  });

  it("uses English one/other", () => {
    const dict = { d: { one: "{count} working day", other: "{count} working days" } };
    expect(translate(dict, "en", "d", { count: 1 })).toBe("1 working day");
    expect(translate(dict, "en", "d", { count: 2 })).toBe("2 working days");
  });

  it("refuses an unknown key or a plural without a count instead of printing a raw key", () => {
    expect(() => translate({}, "nl", "nav.home")).toThrow(/unknown UI string "nav.home"/);
    expect(() => translate({ days }, "uk", "days")).toThrow(/plural/);
  });
});

describe("interpolate", () => {
  it("fills placeholders and never leaves one unfilled", () => {
    expect(interpolate("Bel {number}.", { number: "112" })).toBe("Bel 112.");
    expect(() => interpolate("Bel {number}.", {})).toThrow(/missing value for \{number\}/);
  });

  it("lists the placeholders of all plural forms", () => {
    expect(placeholdersOf(days)).toEqual(["count"]);
    expect(placeholdersOf("{a} en {b} en {a}")).toEqual(["a", "b"]);
  });
});
