import { describe, expect, it } from "vitest";
import { depths, nodeUrl, paths, uniqueParent, validate } from "../../site/_lib/tree/tree.ts";
import type { Tree } from "../../_data/types/tree.ts";

const orgs = ["emergency", "politie", "mma"];

/** Texts for every key a fixture needs, in two languages. */
function textsFor(tree: Tree, drop: string[] = []) {
  const dict: Record<string, string> = {};
  for (const [id, node] of Object.entries(tree.nodes)) {
    if (node.kind === "question") {
      dict[`tree.${id}.question`] = "?";
      for (const o of node.options) dict[`tree.${id}.${o.id}`] = "option";
    } else {
      dict[`tree.${id}.title`] = "title";
      dict[`tree.${id}.lead`] = "lead";
      for (const c of node.channels.slice(1)) dict[`tree.${id}.why.${c}`] = "why";
    }
  }
  const partial = { ...dict };
  for (const key of drop) delete partial[key];
  return { nl: dict, uk: partial };
}

const good: Tree = {
  start: "a",
  nodes: {
    a: { kind: "question", options: [{ id: "yes", next: "x" }, { id: "no", next: "b" }] },
    b: { kind: "question", options: [{ id: "one", next: "y" }, { id: "two", next: "y" }, { id: "three", next: "x" }] },
    x: { kind: "outcome", channels: ["emergency"] },
    y: { kind: "outcome", channels: ["politie", "mma"] },
  },
};

const messages = (tree: Tree, texts = textsFor(tree)) => validate(tree, texts, orgs).map((f) => f.message);

describe("validate", () => {
  it("accepts a sound tree", () => {
    expect(messages(good)).toEqual([]);
  });

  it("names a reference to a missing node", () => {
    const tree: Tree = { ...good, nodes: { ...good.nodes, b: { kind: "question", options: [{ id: "one", next: "y" }, { id: "two", next: "zzz" }] } } };
    expect(messages(tree)).toContain('b: option "two" points to missing node "zzz"');
  });

  it("names a cycle", () => {
    const tree: Tree = {
      start: "a",
      nodes: {
        a: { kind: "question", options: [{ id: "go", next: "b" }, { id: "stop", next: "x" }] },
        b: { kind: "question", options: [{ id: "back", next: "a" }, { id: "stop", next: "x" }] },
        x: { kind: "outcome", channels: ["emergency"] },
      },
    };
    expect(messages(tree)).toContain("a: cycle a → b → a");
  });

  it("names a note that _data/tree-notes.ts does not have, and a note's text missing in a language", () => {
    const tree: Tree = { ...good, nodes: { ...good.nodes, x: { kind: "outcome", channels: ["emergency"], notes: ["app112", "nope"] } } };
    const texts = textsFor(tree);
    texts.nl["tree.note.app112"] = "note";
    const found = validate(tree, texts, orgs, ["app112"]).map((f) => f.message);
    expect(found).toContain('x: unknown note "nope" (not in _data/tree-notes.ts)');
    expect(found).toContain('x: text "tree.note.app112" missing in uk');
  });

  it("names an unreachable node", () => {
    const tree: Tree = { ...good, nodes: { ...good.nodes, lost: { kind: "outcome", channels: ["mma"] } } };
    expect(messages(tree)).toContain("lost: not reachable from the start");
  });

  it("names a question with fewer than two options", () => {
    const tree: Tree = { ...good, nodes: { ...good.nodes, b: { kind: "question", options: [{ id: "one", next: "y" }] } } };
    expect(messages(tree)).toContain("b: a question needs at least two options, it has 1");
  });

  it("names a duplicate option id", () => {
    const tree: Tree = { ...good, nodes: { ...good.nodes, b: { kind: "question", options: [{ id: "one", next: "y" }, { id: "one", next: "x" }] } } };
    expect(messages(tree)).toContain('b: duplicate option id "one"');
  });

  it("names an outcome without channels and an unknown channel", () => {
    const tree: Tree = { ...good, nodes: { ...good.nodes, x: { kind: "outcome", channels: [] }, y: { kind: "outcome", channels: ["politie", "nobody"] } } };
    expect(messages(tree)).toEqual(expect.arrayContaining(["x: an outcome needs at least one channel", 'y: unknown channel "nobody"']));
  });

  it("names a text missing in one language", () => {
    expect(messages(good, textsFor(good, ["tree.b.two"]))).toEqual(['b: text "tree.b.two" missing in uk']);
  });

  it("names a missing start node", () => {
    expect(messages({ ...good, start: "nope" })).toContain("nope: the start node does not exist");
  });
});

describe("paths", () => {
  it("lists every path from the start to an outcome", () => {
    const all = paths(good);
    expect(all).toHaveLength(4);
    expect(all.map((p) => p.outcome)).toEqual(["x", "y", "y", "x"]);
    expect(all[1]).toEqual({ steps: [{ node: "a", option: "no" }, { node: "b", option: "one" }], outcome: "y" });
  });
});

describe("addresses and titles", () => {
  it("gives the start the stable address and other nodes their opaque id", () => {
    expect(nodeUrl(good, "uk", "a")).toBe("/uk/melden/");
    expect(nodeUrl(good, "uk", "b")).toBe("/uk/melden/b/");
  });

  it("numbers questions by their depth and finds a single parent", () => {
    expect(depths(good).get("b")).toBe(2);
    expect(uniqueParent(good, "b")).toBe("a");
    expect(uniqueParent(good, "x")).toBeUndefined(); // two parents
  });
});
