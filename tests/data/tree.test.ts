import { describe, expect, it } from "vitest";
import organisations from "../../_data/organisations.ts";
import tree from "../../_data/tree.ts";
import { dictionaries } from "../../site/_lib/strings.ts";
import { paths, validate } from "../../site/_lib/tree.ts";

const orgIds = organisations.map((o) => o.id);
const all = paths(tree);

describe("the real decision tree", () => {
  it("validates: references, cycles, reachability, options, channels and texts in all four languages", () => {
    expect(validate(tree, dictionaries, orgIds)).toEqual([]);
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

  it("follows the channels' remits", () => {
    const firstChannel = (...options: string[]) => {
      const path = all.find((p) => p.steps.map((s) => s.option).join("/") === options.join("/"));
      const node = tree.nodes[path!.outcome as keyof typeof tree.nodes];
      return node.kind === "outcome" ? node.channels[0] : undefined;
    };
    // A neighbour who suspects sexual exploitation and wants to stay anonymous: M.
    expect(firstChannel("noDanger", "someoneElse", "sex", "anonymous")).toBe("mma");
    // … and who can give a name: the police.
    expect(firstChannel("noDanger", "someoneElse", "sex", "named")).toBe("politie");
    // Labour exploitation: the NLA.
    expect(firstChannel("noDanger", "someoneElse", "work")).toBe("nla");
    expect(firstChannel("noDanger", "myself", "work", "report")).toBe("nla");
    // The exploiter is family: Veilig Thuis.
    expect(firstChannel("noDanger", "myself", "family")).toBe("veiligthuis");
    // A victim who wants help: CoMensha, never the tip line.
    expect(firstChannel("noDanger", "myself", "sex", "help")).toBe("comensha");
    // A professional worried about a minor: Veilig Thuis (meldcode).
    expect(firstChannel("noDanger", "professional", "minor")).toBe("veiligthuis");
    // M. is never the first door for someone who wants help.
    for (const path of all.filter((p) => p.steps.some((s) => s.option === "help"))) {
      const node = tree.nodes[path.outcome as keyof typeof tree.nodes];
      expect(node.kind === "outcome" && node.channels[0]).not.toBe("mma");
    }
  });
});
