import { describe, expect, it } from "vitest";
import { formatDate, formatDuration, formatFactValue, formatMoney, formatPercent } from "../../site/_lib/i18n/format.ts";

// Intl may use a non-breaking space; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("formatting facts for the page language", () => {
  it("writes the minimum wage as each language writes money", () => {
    expect(plain(formatMoney(14.71, "nl-NL"))).toBe("€ 14,71");
    expect(formatMoney(14.71, "en-GB")).toBe("€14.71");
    expect(plain(formatMoney(14.71, "uk-UA"))).toBe("14,71 €");
  });

  it("words durations with the right plural", () => {
    expect(formatDuration(12, "hour", "nl-NL")).toBe("12 uur");
    expect(formatDuration(12, "hour", "uk-UA")).toBe("12 годин");
    expect(formatDuration(3, "month", "ru-RU")).toBe("3 месяца");
    expect(formatDuration(1, "week", "en-GB")).toBe("1 week");
  });

  it("writes percentages and dates", () => {
    expect(plain(formatPercent(8, "nl-NL"))).toBe("8%");
    expect(formatDate("2026-01-01", "nl-NL")).toBe("1 januari 2026");
    expect(formatDate("2023-07-01", "en-GB")).toBe("1 July 2023");
  });

  it("words working days through the plural strings", () => {
    expect(formatFactValue({ kind: "workingDays", value: 2 }, "nl-NL", (n) => `${n} werkdagen`)).toBe("2 werkdagen");
  });
});
