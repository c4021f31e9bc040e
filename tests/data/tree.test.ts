import { describe, expect, it } from "vitest";
import organisations, { type Organisation } from "../../_data/organisations.ts";
import scenarios from "../../_data/scenarios.ts";
import tree from "../../_data/tree.ts";
import treeNotes from "../../_data/tree-notes.ts";
import type { OutcomeNode } from "../../_data/types/tree.ts";
import { dictionaries } from "../../site/_lib/i18n/strings.ts";
import { paths, validate } from "../../site/_lib/tree/tree.ts";

const orgIds = organisations.map((o) => o.id);
const all = paths(tree);

describe("the real decision tree", () => {
  it("validates: references, cycles, reachability, options, channels and texts in all four languages", () => {
    expect(validate(tree, dictionaries, orgIds, Object.keys(treeNotes))).toEqual([]);
  });

  it("ends every path in an outcome with known channels, after at most five questions", () => {
    expect(all.length).toBeGreaterThan(20);
    for (const path of all) {
      const outcome = tree.nodes[path.outcome as keyof typeof tree.nodes];
      expect(outcome.kind).toBe("outcome");
      if (outcome.kind === "outcome") for (const c of outcome.channels) expect(orgIds).toContain(c);
      expect(path.steps.length).toBeLessThanOrEqual(5);
    }
  });

  it("reaches every outcome", () => {
    const outcomes = Object.entries(tree.nodes).filter(([, n]) => n.kind === "outcome").map(([id]) => id);
    expect(new Set(all.map((p) => p.outcome))).toEqual(new Set(outcomes));
  });

  it("asks about immediate danger first and sends danger to 112", () => {
    const first = tree.nodes[tree.start];
    expect(first.kind).toBe("question");
    const danger = all.find((p) => p.steps.length === 1 && p.steps[0]!.option === "danger");
    const outcome = tree.nodes[danger!.outcome as keyof typeof tree.nodes];
    expect(outcome.kind === "outcome" && outcome.channels[0]).toBe("emergency");
  });

  it("sends every scenario to a first door that fits its remit, never to a door that does not", () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(30);
    const wrong = scenarios.flatMap((scenario) => {
      const path = all.find((p) => p.steps.map((s) => s.option).join("/") === scenario.answers.join("/"));
      if (!path) return [`${scenario.situation}: ${scenario.answers.join(" → ")} is not a path`];
      const node = tree.nodes[path.outcome as keyof typeof tree.nodes];
      const first = node.kind === "outcome" ? node.channels[0]! : "";
      const fits = (scenario.firstDoor as readonly string[]).includes(first) && !(scenario.neverFirst as readonly string[]).includes(first);
      return fits ? [] : [`${scenario.situation}: first door ${first}, expected one of ${scenario.firstDoor.join(", ")}`];
    });
    expect(wrong).toEqual([]);
  });

  it("has a scenario for every advice page, so each one is judged against a real situation", () => {
    const reached = new Set(scenarios.map((s) => all.find((p) => p.steps.map((x) => x.option).join("/") === s.answers.join("/"))?.outcome));
    const outcomes = Object.entries(tree.nodes).filter(([, n]) => n.kind === "outcome").map(([id]) => id);
    expect(outcomes.filter((id) => !reached.has(id))).toEqual([]);
  });

  it("never offers the anonymous tip line first to someone asking for help, nor to a professional", () => {
    for (const path of all) {
      const options = path.steps.map((s) => s.option);
      const node = tree.nodes[path.outcome as keyof typeof tree.nodes];
      const first = node.kind === "outcome" ? node.channels[0] : undefined;
      if (options.includes("help") || options.includes("professional") || options.includes("leave")) expect(first, options.join("/")).not.toBe("mma");
      if (options.includes("professional")) expect(node.kind === "outcome" && node.channels, options.join("/")).not.toContain("mma");
    }
  });

  const outcomeOf = (answers: readonly string[]) => {
    const path = all.find((p) => p.steps.map((s) => s.option).join("/") === answers.join("/"));
    return path && (tree.nodes[path.outcome as keyof typeof tree.nodes] as OutcomeNode);
  };
  const org = (id: string): Organisation => organisations.find((o) => o.id === id)!;

  it("still offers, further down the page, the doors a scenario's person must find there", () => {
    const missing = scenarios.flatMap((s) =>
      (s.mustOffer ?? []).filter((id) => !outcomeOf(s.answers)?.channels.includes(id)).map((id) => `${s.situation}: no ${id}`),
    );
    expect(missing).toEqual([]);
  });

  it("offers on every advice page a door you can phone, and one open day and night (or in a crisis) where the reader is the one in danger", () => {
    for (const path of all) {
      const node = tree.nodes[path.outcome as keyof typeof tree.nodes] as OutcomeNode;
      const doors = node.channels.map(org);
      expect(doors.some((d) => d.phones.length > 0), path.outcome).toBe(true);
      const aboutMyself = path.steps.some((s) => s.option === "myself") || path.steps[0]?.option === "danger";
      if (aboutMyself) expect(doors.some((d) => d.alwaysOpen || d.reach === "crisisAlways"), path.outcome).toBe(true);
    }
  });

  it("never tells a professional that Veilig Thuis takes anonymous reports", () => {
    for (const path of all.filter((p) => p.steps.some((s) => s.option === "professional"))) {
      const node = tree.nodes[path.outcome as keyof typeof tree.nodes] as OutcomeNode;
      expect(node.reader, path.outcome).toBe("professional");
    }
    expect(org("veiligthuis")).toMatchObject({ anonymity: "anonymousResidents", anonymityForProfessionals: "consultWithoutNames" });
    expect(dictionaries.nl["anonymity.consultWithoutNames"]).toMatch(/met je eigen naam/);
  });
});
