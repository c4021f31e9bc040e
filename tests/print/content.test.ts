// What the print products state comes from the data: the date the facts were checked is the oldest
// check among everything they show, and an expired fact (the minimum wage after 1 January 2027) is
// never printed as current, while the build still runs.
import { describe, expect, it } from "vitest";
import facts from "../../_data/facts.ts";
import { lastValidDay } from "../../site/_lib/facts/fact-expiry.ts";
import { expiredFactWarnings, folderData, oldestVerified, posterData, reprintAfter, sourcesUsed } from "../../site/_lib/print/content.ts";

describe("print content", () => {
  it("dates the facts by the oldest check among the sources it shows", () => {
    const dates = sourcesUsed().map((s) => s.verified);
    expect(oldestVerified(sourcesUsed())).toBe([...dates].sort()[0]);
    const folder = folderData({ locale: "en", url: "https://example.org/en/", qr: "" });
    expect(folder.panels.back.checked.text).toContain(new Date(`${[...dates].sort()[0]}T00:00:00Z`).getUTCFullYear().toString());
  });

  it("never prints an expired minimum wage as current: the folder says it may have changed, and the build warns", () => {
    const expires = facts.minimumWage21.expires;
    expect(expiredFactWarnings(expires).join("\n")).toMatch(/fact "minimumWage21" in _data\/facts.ts expired on 2027-01-01/);
    expect(expiredFactWarnings("2026-11-23")).toEqual([]);
    const later = folderData({ locale: "nl", url: "https://example.org/nl/", qr: "", today: expires }).panels.rights.items[0]!;
    expect(later.text.text).not.toContain("14,99");
    expect(later.text.text).toContain("rijksoverheid.nl");
  });

  it("states the minimum wage with the date it applies from, from the facts", () => {
    const rights = folderData({ locale: "nl", url: "https://example.org/nl/", qr: "" }).panels.rights.items[0]!;
    expect(rights.text.text).toContain("14,99");
    expect(rights.text.text).toContain("1 juli 2026");
  });

  it("dates the poster's wage and says until when it is valid; after that it names only the rule", () => {
    const now = posterData({ locale: "nl", url: "https://example.org/nl/", qr: "", today: "2026-12-04" });
    expect(now.panels.main.lines.map((l) => l.text).join(" ")).toContain("14,99 bruto per uur (van 1 juli 2026 tot en met 31 december 2026)");
    expect(now.foot.map((f) => f.text)).toEqual(["Bedragen geldig tot en met 31 december 2026. Print daarna een nieuwe versie."]);
    const later = posterData({ locale: "nl", url: "https://example.org/nl/", qr: "", today: facts.minimumWage21.expires });
    const lines = later.panels.main.lines.map((l) => l.text).join(" ");
    expect(lines).toContain("Je krijgt minder dan het minimumloon.");
    expect(lines).not.toMatch(/14,99|2026/);
    expect(later.foot).toEqual([]);
  });

  it("gives a reprint date to the products with an expiring amount, and none to the cards", () => {
    // The day before the minimum wage's next indexation.
    expect(reprintAfter("folder")).toBe(lastValidDay(facts.minimumWage21.expires));
    expect(reprintAfter("poster")).toBe(lastValidDay(facts.minimumWage21.expires));
    expect(reprintAfter("cards")).toBeUndefined();
  });
});
