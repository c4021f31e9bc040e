// Every path through the tree as a table row: the answers given and where the tree sends you.
// Produced from paths(), so it always shows what the tree really does.
import organisations from "../../_data/organisations.ts";
import type { Context } from "../_lib/i18n/context.ts";
import { paths } from "../_lib/tree/tree.ts";
import type { Tree } from "../../_data/types/tree.ts";
import { k } from "../_lib/tree/tree-view.ts";
import { orgName } from "./OrgCard.tsx";

export function TreeTable({ ctx, tree }: { ctx: Context; tree: Tree }) {
  const { t } = ctx;
  return (
    <div class="table-wrap">
      <table class="paths">
        <thead>
          <tr>
            <th scope="col">{t("overview.answers")}</th>
            <th scope="col">{t("overview.outcome")}</th>
            <th scope="col">{t("overview.first")}</th>
          </tr>
        </thead>
        <tbody>
          {paths(tree).map((path) => {
            const outcome = tree.nodes[path.outcome];
            const first = outcome?.kind === "outcome" ? organisations.find((o) => o.id === outcome.channels[0]) : undefined;
            return (
              <tr key={path.steps.map((s) => s.option).join("/")}>
                <td>
                  <ol>
                    {path.steps.map((s) => (
                      <li key={s.node}>{t(k(`tree.${s.node}.${s.option}`))}</li>
                    ))}
                  </ol>
                </td>
                <td>{t(k(`tree.${path.outcome}.title`))}</td>
                <td>{first && orgName(first, ctx)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
