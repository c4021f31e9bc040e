// What a tree page shows, derived from the data: shared by the static pages and the island.
import type { Context } from "../i18n/context.ts";
import { depths, nextNode, type Step } from "./tree.ts";
import type { Tree } from "../../../_data/types/tree.ts";
import type { StringKey } from "../../../_data/strings/index.ts";

/**
 * The neutral title of a node's page: "Where can I report? — question 2", or "… — advice" for every
 * outcome; the start page is plainly "Where can I report?" (the island keeps that title for the whole
 * walk). It names the step, never the answers, so history and tab titles reveal nothing.
 */
export function treeTitle(ctx: Context, tree: Tree, id: string): string {
  if (id === tree.start) return ctx.t("tree.title");
  const node = tree.nodes[id];
  const suffix = node?.kind === "outcome" ? ctx.t("tree.result") : ctx.t("tree.step", { n: depths(tree).get(id) ?? 1 });
  return `${ctx.t("tree.title")} — ${suffix}`;
}

export const k = (key: string) => key as StringKey;

/** The node reached by following `steps` from `from`. */
export function follow(tree: Tree, from: string, steps: readonly Step[]): string {
  let id = from;
  for (const step of steps) {
    const next = nextNode(tree, id, step.option);
    if (!next) break;
    id = next;
  }
  return id;
}
