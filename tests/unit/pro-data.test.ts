// The build-start checks of the professionals' data, the chart geometry and the age of a plan.
import { describe, expect, it } from "vitest";
import { checkFigures, checkMunicipalities, checkPlanRef } from "../../site/_lib/data/check-data.ts";
import { layoutBars } from "../../site/_lib/pages/bar-chart.ts";
import { yearsSince } from "../../site/_lib/facts/plan-date.ts";

const plan = { seed: "000_x.txt", section: "3.3.3", title: "Uitvoeringsplan", date: "2024" };
const strings = { "pro.step.bloemendaal.meldpunt": "…", "pro.label.haarlem": "Haarlem", "pro.label.sexual": "Seksueel" };
const FILE = "_data/municipalities.ts";

describe("checkPlanRef", () => {
  it("accepts a year or a day, and names every missing part", () => {
    expect(checkPlanRef(plan, "w")).toEqual([]);
    expect(checkPlanRef({ ...plan, date: "2024-07-09" }, "w")).toEqual([]);
    expect(checkPlanRef({ date: "juli 2024" }, "w")).toEqual([
      "w.seed: missing or not a seed file name",
      "w.section: missing",
      "w.title: missing",
      "w.date: missing or not YYYY or YYYY-MM-DD",
    ]);
    expect(checkPlanRef(undefined, "w")).toEqual(["w: no source"]);
  });
});

describe("checkMunicipalities", () => {
  const municipalities = [{ id: "bloemendaal", name: "Bloemendaal", plan }];

  it("passes sound data", () => {
    const steps = [{ municipality: "bloemendaal", id: "meldpunt", contacts: [{ email: "veiligheid@bloemendaal.nl", audience: "meldpunt" }, { org: "riec" }] }];
    expect(checkMunicipalities({ municipalities, steps }, FILE, ["riec"], strings)).toEqual([]);
  });

  it("names a step whose municipality does not exist", () => {
    const steps = [{ municipality: "bloemendal", id: "meldpunt" }];
    expect(checkMunicipalities({ municipalities, steps }, FILE, [], strings)).toEqual([
      `${FILE}: steps[0] (meldpunt).municipality: "bloemendal" is not a municipality in this file`,
      `${FILE}: steps[0] (meldpunt): no text "pro.step.bloemendal.meldpunt" in _data/strings/pro/nl.ts`,
    ]);
  });

  it("names a contact that is neither an e-mail address nor a known organisation", () => {
    const steps = [
      { municipality: "bloemendaal", id: "meldpunt", contacts: [{ email: "veiligheid at bloemendaal.nl", audience: "meldpunt" }, { org: "avim" }, {}] },
    ];
    expect(checkMunicipalities({ municipalities, steps }, FILE, ["politie"], strings)).toEqual([
      `${FILE}: steps[0] (meldpunt).contacts[0].email: "veiligheid at bloemendaal.nl" is not an e-mail address`,
      `${FILE}: steps[0] (meldpunt).contacts[1].org: "avim" is not an organisation in _data/organisations.ts`,
      `${FILE}: steps[0] (meldpunt).contacts[2]: neither an e-mail address nor a known organisation`,
    ]);
  });

  it("asks a municipality without a plan for its own website, so the page can link instead of inventing a route", () => {
    expect(checkMunicipalities({ municipalities: [{ id: "zandvoort", name: "Zandvoort" }], steps: [] }, FILE, [], strings)).toEqual([
      `${FILE}: municipalities.zandvoort: no plan and no url (say the plans do not describe the route, and link to the municipality)`,
    ]);
  });
});

describe("checkFigures", () => {
  const series = { id: "police2022", rows: ["haarlem"], columns: ["sexual"], values: [[5]], source: { ...plan, table: "Politie 2022" } };

  it("passes a sound series", () => {
    expect(checkFigures([series], "_data/figures.ts", strings)).toEqual([]);
  });

  it("names a series without a source, without a table, or with values that do not fit", () => {
    const { source: _, ...noSource } = series;
    expect(checkFigures([noSource], "_data/figures.ts", strings)).toEqual(["_data/figures.ts: police2022: no source"]);
    expect(checkFigures([{ ...series, source: { ...plan, table: "" } }], "_data/figures.ts", strings)).toEqual([
      "_data/figures.ts: police2022.source.table: missing (or inText: true where the plan gives the numbers in its text)",
    ]);
    expect(checkFigures([{ ...series, values: [[5, 1], [-1]] }], "_data/figures.ts", strings)).toEqual([
      "_data/figures.ts: police2022.values: 2 rows, expected 1",
      "_data/figures.ts: police2022.values[0]: 2 values, expected 1",
      "_data/figures.ts: police2022.values[1][0]: -1 is not a count",
    ]);
  });

  it("names a row or column without a label", () => {
    expect(checkFigures([{ ...series, rows: ["velsen"] }], "_data/figures.ts", strings)).toEqual([
      '_data/figures.ts: police2022: no label "pro.label.velsen" in _data/strings/pro/nl.ts',
    ]);
  });
});

describe("layoutBars", () => {
  it("stacks the segments, scales every bar by the same factor and writes the total after the bar", () => {
    const layout = layoutBars([[4, 1, 1], [5, 0, 3], [0, 0, 0]], 3);
    const [ijmond, haarlem, none] = layout.rows;
    expect(ijmond!.segments.map((s) => s.x)).toEqual([0, 4 * layout.scale, 5 * layout.scale]);
    expect(haarlem!.segments.map((s) => s.width)).toEqual([5 * layout.scale, 0, 3 * layout.scale]);
    expect(haarlem!.total).toBe(8);
    expect(none!.segments.every((s) => s.width === 0)).toBe(true);
    // The longest bar and its total stay inside the drawing.
    expect(haarlem!.totalX + 40).toBeLessThanOrEqual(layout.width);
    expect(layout.legend).toHaveLength(3);
  });

  it("draws no legend for a single column and survives all zeros", () => {
    const layout = layoutBars([[0], [0]], 1);
    expect(layout.legend).toEqual([]);
    expect(layout.scale).toBe(0);
    expect(layout.height).toBeGreaterThan(0);
  });
});

describe("yearsSince", () => {
  it("counts whole years, a year-only date from its middle", () => {
    expect(yearsSince("2018-09-04", "2026-11-23")).toBe(8);
    expect(yearsSince("2018-09-04", "2026-09-03")).toBe(7);
    expect(yearsSince("2024", "2026-06-30")).toBe(1);
    expect(yearsSince("2024", "2026-07-01")).toBe(2);
  });
});
