// The whole tree drawn as an SVG at build time: each question with its options indented below it,
// each option ending in the next question or in an outcome.
// Shared sub-trees are drawn again where they are reached, so every path reads top to bottom.
import type { Context } from "../_lib/i18n/context.ts";
import { depths } from "../_lib/tree/tree.ts";
import type { Tree } from "../../_data/types/tree.ts";
import { k } from "../_lib/tree/tree-view.ts";

interface Row {
  depth: number;
  kind: "question" | "option";
  text: string;
  outcome?: string;
}

const ROW = 26;
const INDENT = 22;
const CHAR = 8; // average glyph width at 13px, to size the drawing

function diagramRows(ctx: Context, tree: Tree): Row[] {
  const rows: Row[] = [];
  const level = depths(tree);
  const walk = (id: string, depth: number) => {
    const node = tree.nodes[id];
    if (node?.kind !== "question") return;
    rows.push({ depth, kind: "question", text: `${ctx.t("tree.step", { n: level.get(id) ?? 1 })}: ${ctx.t(k(`tree.${id}.question`))}` });
    for (const option of node.options) {
      const next = tree.nodes[option.next];
      const label = ctx.t(k(`tree.${id}.${option.id}`));
      if (next?.kind === "outcome") {
        // Outcome titles name their first channel ("Call Veilig Thuis"), so the title says it all.
        rows.push({ depth: depth + 1, kind: "option", text: label, outcome: ctx.t(k(`tree.${option.next}.title`)) });
      } else {
        rows.push({ depth: depth + 1, kind: "option", text: label });
        walk(option.next, depth + 2);
      }
    }
  };
  walk(tree.start, 0);
  return rows;
}

export function TreeDiagram({ ctx, tree }: { ctx: Context; tree: Tree }) {
  const rows = diagramRows(ctx, tree);
  const width = Math.ceil(
    Math.max(...rows.map((r) => 12 + r.depth * INDENT + (r.text.length + (r.outcome ? r.outcome.length + 4 : 0)) * CHAR)),
  );
  const height = rows.length * ROW + 8;
  return (
    <figure class="diagram">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="diagram-title" xmlns="http://www.w3.org/2000/svg">
        <title id="diagram-title">{ctx.t("overview.diagram")}</title>
        {rows.map((row, i) => {
          const x = 8 + row.depth * INDENT;
          const y = i * ROW + 18;
          // The connector runs up to the row this one hangs from (the nearest row one level up).
          let parent = i - 1;
          while (parent >= 0 && rows[parent]!.depth !== row.depth - 1) parent--;
          const top = parent * ROW + 18 + 6;
          return (
            <g key={i} class={row.kind}>
              {row.depth > 0 && <path d={`M${x - INDENT + 6} ${top}V${y - 4}H${x - 2}`} />}
              <text x={x} y={y}>
                {row.kind === "question" ? <tspan class="q">{row.text}</tspan> : row.text}
                {row.outcome && <tspan class="o"> → {row.outcome}</tspan>}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>{ctx.t("overview.diagram")}</figcaption>
    </figure>
  );
}
