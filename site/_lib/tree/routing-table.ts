// The routing table for reviewers: each realistic situation, the answers, and where the tree sends
// the person, produced from the tree so it can never drift from what the site does.
import type { Organisation } from "../../../_data/organisations.ts";
import type { Scenario } from "../../../_data/scenarios.ts";
import { paths } from "./tree.ts";
import type { Tree } from "../../../_data/types/tree.ts";

export const TABLE_START = "<!-- routing-table:start (npm run routing-table) -->";
export const TABLE_END = "<!-- routing-table:end -->";

export function routingTable(tree: Tree, scenarios: readonly Scenario[], organisations: readonly Organisation[], label: (key: string) => string): string {
  const all = paths(tree);
  const name = (id: string) => {
    const org = organisations.find((o) => o.id === id);
    return org ? (org.nameByLocale?.en ?? org.name) : id;
  };
  const rows = scenarios.map((s) => {
    const path = all.find((p) => p.steps.map((x) => x.option).join("/") === s.answers.join("/"));
    if (!path) throw new Error(`scenario "${s.situation}": answers ${s.answers.join(" → ")} are not a path through the tree`);
    const outcome = tree.nodes[path.outcome];
    const channels = outcome?.kind === "outcome" ? outcome.channels : [];
    const answers = path.steps.map((step) => label(`tree.${step.node}.${step.option}`)).join(" → ");
    return `| ${s.situation} | ${answers} | **${name(channels[0]!)}** | ${channels.slice(1).map(name).join(", ")} |`;
  });
  return [TABLE_START, "| Situation | Answers (English labels) | First channel | Also offered |", "|---|---|---|---|", ...rows, TABLE_END].join("\n");
}
