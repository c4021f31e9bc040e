// Proving the decision tree from its data, and listing its paths. Pure: the build, the unit tests
// and the data tests call the same functions.
import type { OutcomeNode, QuestionNode, Tree } from "../../../_data/types/tree.ts";

export interface Finding {
  node: string;
  message: string;
}

/** The UI string keys a node needs in every language. */
export function textKeysFor(id: string, node: QuestionNode | OutcomeNode): string[] {
  if (node.kind === "question") return [`tree.${id}.question`, ...node.options.map((o) => `tree.${id}.${o.id}`)];
  return [
    `tree.${id}.title`,
    `tree.${id}.lead`,
    ...node.channels.slice(1).map((c) => `tree.${id}.why.${c}`),
    ...(node.notes ?? []).map((n) => `tree.note.${n}`),
  ];
}

/**
 * Everything that can be wrong with a tree, each finding naming the node: a reference to a missing
 * node, a cycle, an unreachable node, a question with fewer than two options, a duplicate option id,
 * an outcome without channels or with an unknown channel or note, a text missing in a language.
 */
export function validate(
  tree: Tree,
  texts: Readonly<Record<string, Readonly<Record<string, unknown>>>>,
  organisationIds: readonly string[],
  noteIds?: readonly string[],
): Finding[] {
  const findings: Finding[] = [];
  const add = (node: string, message: string) => findings.push({ node, message: `${node}: ${message}` });
  const known = new Set(organisationIds);

  if (!tree.nodes[tree.start]) add(tree.start, "the start node does not exist");

  for (const [id, node] of Object.entries(tree.nodes)) {
    if (node.kind === "question") {
      if (node.options.length < 2) add(id, `a question needs at least two options, it has ${node.options.length}`);
      const seen = new Set<string>();
      for (const option of node.options) {
        if (seen.has(option.id)) add(id, `duplicate option id "${option.id}"`);
        seen.add(option.id);
        if (!tree.nodes[option.next]) add(id, `option "${option.id}" points to missing node "${option.next}"`);
      }
    } else {
      if (node.channels.length === 0) add(id, "an outcome needs at least one channel");
      for (const channel of node.channels) if (!known.has(channel)) add(id, `unknown channel "${channel}"`);
      for (const note of node.notes ?? []) if (noteIds && !noteIds.includes(note)) add(id, `unknown note "${note}" (not in _data/tree-notes.ts)`);
    }
    for (const [lang, dict] of Object.entries(texts)) {
      for (const key of textKeysFor(id, node)) {
        if (typeof dict[key] !== "string" || dict[key] === "") add(id, `text "${key}" missing in ${lang}`);
      }
    }
  }

  // Cycles and reachability: one depth-first walk from the start.
  const state = new Map<string, "open" | "done">();
  const walk = (id: string, trail: string[]) => {
    const node = tree.nodes[id];
    if (!node) return;
    if (state.get(id) === "open") {
      add(id, `cycle ${[...trail.slice(trail.indexOf(id)), id].join(" → ")}`);
      return;
    }
    if (state.get(id) === "done") return;
    state.set(id, "open");
    if (node.kind === "question") for (const option of node.options) walk(option.next, [...trail, id]);
    state.set(id, "done");
  };
  walk(tree.start, []);
  for (const id of Object.keys(tree.nodes)) if (!state.has(id)) add(id, "not reachable from the start");

  return findings;
}

export interface Step {
  node: string;
  option: string;
}
export interface TreePath {
  steps: Step[];
  outcome: string;
}

/** Every path from the start to an outcome. Call only on a tree that validates (no cycles). */
export function paths(tree: Tree): TreePath[] {
  const result: TreePath[] = [];
  const walk = (id: string, steps: Step[]) => {
    const node = tree.nodes[id];
    if (!node) throw new Error(`paths: missing node "${id}"`);
    if (node.kind === "outcome") {
      result.push({ steps, outcome: id });
      return;
    }
    for (const option of node.options) walk(option.next, [...steps, { node: id, option: option.id }]);
  };
  walk(tree.start, []);
  return result;
}

/** For each node, the shortest number of questions before it (1 for the start): "question 2" in titles. */
const depthsByTree = new WeakMap<Tree, Map<string, number>>();
export function depths(tree: Tree): Map<string, number> {
  // Asked on every render of a step (and by every title): work it out once per tree.
  const known = depthsByTree.get(tree);
  if (known) return known;
  const depth = new Map<string, number>([[tree.start, 1]]);
  depthsByTree.set(tree, depth);
  const queue = [tree.start];
  while (queue.length) {
    const id = queue.shift()!;
    const node = tree.nodes[id];
    if (node?.kind !== "question") continue;
    for (const option of node.options) {
      if (!depth.has(option.next)) {
        depth.set(option.next, depth.get(id)! + 1);
        queue.push(option.next);
      }
    }
  }
  return depth;
}

/** The node a step leads to from `from` by choosing `option`, or undefined. */
export function nextNode(tree: Tree, from: string, option: string): string | undefined {
  const node = tree.nodes[from];
  return node?.kind === "question" ? node.options.find((o) => o.id === option)?.next : undefined;
}

/** The address of a node's page. The start node is the tree's stable address, /{lang}/melden/. */
export function nodeUrl(tree: Tree, locale: string, id: string): string {
  return id === tree.start ? `/${locale}/melden/` : `/${locale}/melden/${id}/`;
}

/** The one node that leads to `id`, when exactly one does (for a plain "previous question" link). */
export function uniqueParent(tree: Tree, id: string): string | undefined {
  const parents = Object.entries(tree.nodes)
    .filter(([, node]) => node.kind === "question" && node.options.some((o) => o.next === id))
    .map(([parent]) => parent);
  return parents.length === 1 ? parents[0] : undefined;
}
