// One step of "Where can I report?": a question with its options, or an outcome. Rendered at build
// time as a static page (options are plain links, so the tree works without JavaScript) and hydrated
// by the island, which passes the handlers and the answers so far.
import organisations, { type Organisation } from "../../_data/organisations.ts";
import type { Context } from "../_lib/context.ts";
import { nodeUrl, uniqueParent, type Step } from "../_lib/tree.ts";
import type { OutcomeNode, QuestionNode, Tree } from "../_lib/tree-types.ts";
import { depths } from "../_lib/tree.ts";
import { k } from "../_lib/tree-view.ts";
import { Fill } from "./fill.tsx";
import { OrgCard, mainPhone, websiteOf } from "./OrgCard.tsx";
import { PhoneLink } from "./PhoneLink.tsx";

const orgById = new Map<string, Organisation>(organisations.map((o) => [o.id, o]));
const emergencyPhone = mainPhone(orgById.get("emergency")!)!;

export interface TreeHandlers {
  choose(optionId: string, event: MouseEvent): void;
  back(event: MouseEvent): void;
  restart(event: MouseEvent): void;
  change(index: number): void;
}

export interface TreeStepProps {
  ctx: Context;
  tree: Tree;
  nodeId: string;
  /** The answers that led here (only the island knows them). */
  trail?: readonly Step[];
  handlers?: TreeHandlers;
  /** Text for the polite live region (the island sets it when the step changes). */
  announcement?: string;
}

export function TreeStep(props: TreeStepProps) {
  const node = props.tree.nodes[props.nodeId];
  if (!node) throw new Error(`TreeStep: unknown node "${props.nodeId}"`);
  return (
    <>
      {node.kind === "question" ? <Question {...props} node={node} /> : <Outcome {...props} node={node} />}
      <p class="vh" aria-live="polite">
        {props.announcement ?? ""}
      </p>
    </>
  );
}

function Question({ ctx, tree, nodeId, node, handlers }: TreeStepProps & { node: QuestionNode }) {
  const { t, locale } = ctx;
  const isStart = nodeId === tree.start;
  const parent = uniqueParent(tree, nodeId);
  const hintKey = `tree.${nodeId}.hint`;
  const hint = ctx.has(hintKey) ? t(k(hintKey)) : undefined;
  return (
    <section class="tree" aria-labelledby="tree-step">
      {isStart && (
        <>
          <p>{t("tree.intro")}</p>
          <p class="muted">{t("tree.private")}</p>
        </>
      )}
      <h2 id="tree-step" tabindex={-1}>
        <span class="step">{t("tree.step", { n: depths(tree).get(nodeId) ?? 1 })}</span> {t(k(`tree.${nodeId}.question`))}
      </h2>
      {hint && <p>{hint}</p>}
      <ul class="options">
        {node.options.map((option) => (
          <li key={option.id}>
            <a class="option" href={nodeUrl(tree, locale, option.next)} onClick={handlers && ((e) => handlers.choose(option.id, e))}>
              {t(k(`tree.${nodeId}.${option.id}`))}
            </a>
          </li>
        ))}
      </ul>
      {!isStart && (
        <p class="tree-nav">
          {parent && (
            <a href={nodeUrl(tree, locale, parent)} onClick={handlers?.back}>
              {t("tree.back")}
            </a>
          )}
          <a href={nodeUrl(tree, locale, tree.start)} onClick={handlers?.restart}>
            {t("tree.restart")}
          </a>
        </p>
      )}
    </section>
  );
}

function Outcome({ ctx, tree, nodeId, node, trail = [], handlers }: TreeStepProps & { node: OutcomeNode }) {
  const { t, locale } = ctx;
  const [first, ...alternatives] = node.channels.map((id) => orgById.get(id)!);
  return (
    <section class="tree" aria-labelledby="tree-step">
      <h2 id="tree-step" tabindex={-1}>
        {t(k(`tree.${nodeId}.title`))}
      </h2>
      <p class="lead">{t(k(`tree.${nodeId}.lead`))}</p>
      <h3>{t("tree.best")}</h3>
      <OrgCard org={first!} ctx={ctx} Heading="h4" showWhatHappens />
      {alternatives.length > 0 && (
        <>
          <h3>{t("tree.alternatives")}</h3>
          <ul class="alternatives">
            {alternatives.map((org) => {
              const phone = mainPhone(org);
              const site = websiteOf(org, ctx);
              return (
                <li key={org.id}>
                  <strong>{org.name}</strong>: {t(k(`tree.${nodeId}.why.${org.id}`))}{" "}
                  {phone ? (
                    <PhoneLink phone={phone} label={t("tree.call", { number: phone.display })} />
                  ) : (
                    site && (
                      <a href={site} rel="noreferrer">
                        {t("tree.visit", { name: org.name })}
                      </a>
                    )
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {first!.id !== "emergency" && (
        <p class="danger">
          <Fill t={t} k="tree.stillDanger" parts={{ number: <PhoneLink phone={emergencyPhone} /> }} />
        </p>
      )}
      {trail.length > 0 && handlers && (
        <section class="answers" aria-labelledby="tree-answers">
          <h3 id="tree-answers">{t("tree.yourAnswers")}</h3>
          <ol>
            {trail.map((step, i) => (
              <li key={step.node}>
                {t(k(`tree.${step.node}.question`))} <strong>{t(k(`tree.${step.node}.${step.option}`))}</strong>{" "}
                <button type="button" class="link" onClick={() => handlers.change(i)}>
                  {t("tree.change")}
                  <span class="vh">: {t(k(`tree.${step.node}.question`))}</span>
                </button>
              </li>
            ))}
          </ol>
        </section>
      )}
      <p class="tree-nav">
        <a href={nodeUrl(tree, locale, tree.start)} onClick={handlers?.restart}>
          {t("tree.restart")}
        </a>
      </p>
    </section>
  );
}
