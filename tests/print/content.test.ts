// What the print products state comes from the data: the date the facts were checked is the oldest
// check among everything they show, and an expired fact (the minimum wage after 1 January 2027) is
// never printed as current.
import { describe, expect, it } from "vitest";
import facts from "../../_data/facts.ts";
import { checkFactsCurrent, folderData, oldestVerified, sourcesUsed } from "../../site/_lib/print/content.ts";

describe("print content", () => {
  it("dates the facts by the oldest check among the sources it shows", () => {
    const dates = sourcesUsed().map((s) => s.verified);
    expect(oldestVerified(sourcesUsed())).toBe([...dates].sort()[0]);
    const folder = folderData({ locale: "en", url: "https://example.org/en/", qr: "" });
    expect(folder.panels.back.checked.text).toContain(new Date(`${[...dates].sort()[0]}T00:00:00Z`).getUTCFullYear().toString());
  });

  it("refuses to print the minimum wage once it has expired, naming the fact", () => {
    const expires = facts.minimumWage21.expires;
    expect(() => checkFactsCurrent(expires)).toThrow(/fact "minimumWage21" in _data\/facts.ts expired on 2027-01-01/);
    expect(() => checkFactsCurrent("2026-11-23")).not.toThrow();
  });

  it("states the minimum wage with the date it applies from, from the facts", () => {
    const rights = folderData({ locale: "nl", url: "https://example.org/nl/", qr: "" }).panels.rights.items[0]!;
    expect(rights.text.text).toContain("14,99");
    expect(rights.text.text).toContain("1 juli 2026");
  });
});
