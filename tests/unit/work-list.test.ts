// `npm run facts` opens with the municipal editors' work list: what expires (soonest first), what was
// never checked at its source (oldest check first), and what only the organisations can confirm.
import { describe, expect, it } from "vitest";
import facts from "../../_data/facts.ts";
import organisations from "../../_data/organisations.ts";
import { municipalities } from "../../_data/municipalities.ts";
import { askTheOrganisations, editorsWorkList, expiringFacts, neverCheckedAtSource } from "../../site/_lib/facts/work-list.ts";
import type { Source } from "../../_data/types/source.ts";

const src = (url: string, verified: string, checkedAt: Source["checkedAt"]): Source => ({ url, verified, checkedAt, checkedAgainst: "x", confidence: "H" });

describe("the editors' work list", () => {
  it("lists expiring facts soonest first, marking what is already expired", () => {
    const lines = expiringFacts(
      {
        later: { source: src("https://a.nl", "2026-11-01", "sheet"), expires: "2027-07-01", recheck: "the July amount" },
        never: { source: src("https://b.nl", "2026-11-01", "sheet") },
        sooner: { source: src("https://a.nl", "2026-11-01", "sheet"), expires: "2027-01-01", recheck: "the January amount" },
      },
      "2027-01-02",
    );
    expect(lines).toEqual([
      "- 2027-01-01 EXPIRED  sooner: check https://a.nl for the January amount",
      "- 2027-07-01  later: check https://a.nl for the July amount",
    ]);
  });

  it("lists each address never checked at its source once, oldest check first, with what uses it", () => {
    const lines = neverCheckedAtSource(
      { wage: { source: src("https://new.nl", "2026-12-04", "copy") }, hours: { source: src("https://old.nl", "2026-11-22", "sheet") }, ok: { source: src("https://checked.nl", "2026-12-01", "source") } },
      [{ id: "org", name: "Org", source: src("https://old.nl", "2026-11-22", "sheet"), phones: [{ display: "0800-1", source: src("https://old.nl", "2026-11-22", "sheet") }] }],
    );
    expect(lines).toEqual([
      "- https://old.nl  (2026-11-22, via the facts sheet only)  for facts.hours, organisations.org, organisations.org 0800-1",
      "- https://new.nl  (2026-12-04, in a stored copy of the page only)  for facts.wage",
    ]);
  });

  it("asks FairWork, HVO-Querido, Scharlaken Koord and the Meldpunt for their phone numbers", () => {
    const asks = askTheOrganisations(organisations, municipalities);
    for (const name of ["FairWork", "HVO-Querido", "Scharlaken Koord", "Meldpunt Uitbuiting Minderjarigen"])
      expect(asks.some((line) => line.startsWith(`- ${name}: `) && /phone number/.test(line)), name).toBe(true);
    expect(asks).toContain("- Gemeente Zandvoort: its route for signals (no plan among the seeds describes it)");
  });

  it("on today's data: the minimum wage first, and nothing counted as checked at the source", () => {
    const lines = editorsWorkList(facts, organisations, municipalities, "2026-12-04");
    const expiring = lines.slice(1, lines.indexOf(""));
    expect(expiring.map((l) => l.split("  ")[1]!.split(":")[0]).sort()).toEqual(["minimumWage18", "minimumWage19", "minimumWage20", "minimumWage21", "minimumWageFrom"]);
    expect(lines.join("\n")).toContain("https://www.fairwork.nu  (2026-11-22, via the facts sheet only)");
  });
});
