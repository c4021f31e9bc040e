// The real municipalities and figures data: sound by the build-start checks, and true to the plans
// they cite (where the plans are at hand, in ../shared/seeds).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import figures from "../../_data/figures.ts";
import data from "../../_data/municipalities.ts";
import organisations from "../../_data/organisations.ts";
import { dictionaries } from "../../_data/strings/index.ts";
import { checkFigures, checkMunicipalities } from "../../site/_lib/data/check-data.ts";

const SEEDS = path.resolve("../shared/seeds");
const seed = (file: string) => readFileSync(path.join(SEEDS, file), "utf8").replace(/\s+/g, " ");
import type { Series } from "../../_data/figures.ts";
import type { Contact, RouteStep } from "../../_data/municipalities.ts";

const series = (id: string): Series => figures.find((f) => f.id === id)!;
const steps: readonly RouteStep[] = data.steps;
const ids = organisations.map((o) => o.id);

describe("the professionals' data", () => {
  it("passes the build-start checks", () => {
    expect(checkMunicipalities(data, "_data/municipalities.ts", ids, dictionaries.nl)).toEqual([]);
    expect(checkFigures(figures, "_data/figures.ts", dictionaries.nl)).toEqual([]);
  });

  it("has all five municipalities, and a route for each one whose plan describes it", () => {
    expect(data.municipalities.map((m) => m.name).sort()).toEqual(["Bloemendaal", "Haarlem", "Haarlemmermeer", "Heemstede", "Zandvoort"]);
    const withSteps = new Set<string>(steps.map((s) => s.municipality));
    for (const m of data.municipalities) expect(withSteps.has(m.id), m.id).toBe("plan" in m);
  });

  it("shows the Haarlemmermeer staff address with the municipality's domain, not the plan's typo", () => {
    const emails = steps.flatMap((s): readonly Contact[] => s.contacts ?? []).flatMap((c) => ("email" in c ? [c.email] : []));
    expect(emails).toContain("vreemdverhaal@haarlemmermeer.nl");
    expect(emails.some((e) => e.includes("haarlemmmermeer"))).toBe(false);
  });

  it("agrees with itself where two plans give the same number (Haarlemmermeer, police 2022)", () => {
    const police = series("police2022");
    const row = police.values[police.rows.indexOf("haarlemmermeer")]!;
    // Seed 004 §3.4: five signals, three criminal, one sexual, one labour.
    expect(row).toEqual([1, 3, 1]);
  });
});

describe.skipIf(!existsSync(SEEDS))("the figures against the plans' text", () => {
  it("North Holland 2022: the plan's total and split by form", () => {
    const text = seed("004_608bd8188b7cd88c.txt");
    expect(text).toContain("53 signalen van mensenhandel door de politie ontvangen");
    expect(series("nh2022").values.flat().reduce((a, b) => a + b, 0)).toBe(53);
    expect(text).toContain("De meeste signalen (37) betroffen seksuele uitbuiting. Elf signalen gingen over criminele uitbuiting en vijf over arbeidsuitbuiting");
    expect(series("nh2022").values.flat()).toEqual([37, 11, 5]);
  });

  it("the national estimate against the victims reported in 2022", () => {
    expect(seed("004_608bd8188b7cd88c.txt")).toContain("De schatting is 5.000 in heel Nederland, ten opzichte van het in 2022 gemelde aantal van 814");
    expect(series("national").values.flat()).toEqual([5000, 814]);
  });

  it("the police, care-coordinator and NLA tables, row by row as the plan prints them", () => {
    const text = seed("000_abe07b85b0c20474.txt");
    const names: Record<string, string> = { heemstede: "Heemstede", zandvoort: "Zandvoort", bloemendaal: "Bloemendaal", ijmond: "IJmond", haarlem: "Haarlem", haarlemmermeer: "Haarlemmermeer" };
    for (const [id, table, next] of [["police2022", "Politie 2022", "Zorg coördinatoren"], ["care2022", "Zorg coördinatoren 2022", "3 Dit informatiebeeld"], ["nla2021", "NLA 2021*", "* Er waren"]] as const) {
      const block = text.slice(text.indexOf(table), text.indexOf(next, text.indexOf(table) + table.length));
      const s = series(id);
      s.rows.forEach((row, i) => expect(block, `${id} ${row}`).toContain(`${names[row]} ${s.values[i]!.join(" ")} `));
    }
  });
});
