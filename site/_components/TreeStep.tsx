// One step of "Where can I report?": a question with its options, or an outcome. Rendered at build
// time as a static page (options are plain links, so the tree works without JavaScript) and hydrated
// by the island, which passes the handlers and the answers so far. The organisations and notes come as
// props, so that the island can receive them with its strings instead of carrying them in its script.
import type { Organisation } from "../../_data/organisations.ts";
import type { TreeNote } from "../../_data/tree-notes.ts";
import type { Context } from "../_lib/i18n/context.ts";
import { nodeUrl, uniqueParent, type Step } from "../_lib/tree/tree.ts";
import type { OutcomeNode, QuestionNode, Tree } from "../../_data/types/tree.ts";
import { depths } from "../_lib/tree/tree.ts";
import { k } from "../_lib/tree/tree-view.ts";
import { Fill } from "./fill.tsx";
import { NoteText } from "./NoteText.tsx";
import { OrgCard, anonymityFor, mainPhone, orgName, reachText, websiteOf } from "./OrgCard.tsx";
import { PhoneLink } from "./PhoneLink.tsx";


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
  /** The organisations a tree can name (112 included); notes by id (_data/tree-notes.ts). */
  orgs: readonly Organisation[];
  notes: Readonly<Record<string, TreeNote>>;
  /** The answers that led here (only the island knows them). */
  trail?: readonly Step[];
  handlers?: TreeHandlers;
  /** Text for the polite live region (the island sets it when the step changes). */
  announcement?: string;
  /** True when the island runs the walk in the page: then the address never changes. */
  inPage?: boolean;
}

/** What the browser keeps of this walk, said honestly: nothing with the island, the pages visited without it. */
function PrivacyNote({ ctx, inPage }: { ctx: Context; inPage?: boolean }) {
  const { t, locale } = ctx;
  if (inPage) return <p class="muted">{t("tree.private")}</p>;
  return (
    <p class="muted">
      <Fill t={t} k="tree.privateStatic" parts={{ link: <a href={`/${locale}/veilig-browsen/`}>{t("exit.safety")}</a> }} />
    </p>
  );
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

function Question({ ctx, tree, nodeId, node, handlers, inPage }: TreeStepProps & { node: QuestionNode }) {
  const { t, locale } = ctx;
  const isStart = nodeId === tree.start;
  const parent = uniqueParent(tree, nodeId);
  const hintKey = `tree.${nodeId}.hint`;
  const hint = ctx.has(hintKey) ? t(k(hintKey)) : undefined;
  return (
    <section class="tree" aria-labelledby="tree-step">
      {isStart && <p>{t("tree.intro")}</p>}
      {isStart && <PrivacyNote ctx={ctx} inPage={inPage} />}
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
      {!isStart && <PrivacyNote ctx={ctx} inPage={inPage} />}
    </section>
  );
}

function Outcome({ ctx, tree, nodeId, node, orgs, notes, trail = [], handlers, inPage }: TreeStepProps & { node: OutcomeNode }) {
  const { t, locale } = ctx;
  const org = (id: string) => orgs.find((o) => o.id === id)!;
  const [first, ...alternatives] = node.channels.map(org);
  const pro = node.reader === "professional";
  return (
    <section class="tree" aria-labelledby="tree-step">
      <h2 id="tree-step" tabindex={-1}>
        {t(k(`tree.${nodeId}.title`))}
      </h2>
      <p class="lead">{t(k(`tree.${nodeId}.lead`))}</p>
      <h3>{t("tree.best")}</h3>
      <OrgCard org={first!} ctx={ctx} Heading="h4" professional={pro} showWhatHappens whatHappens={ctx.has(`tree.${nodeId}.whatHappens`) ? t(k(`tree.${nodeId}.whatHappens`)) : undefined} />
      {alternatives.length > 0 && (
        <>
          <h3>{t("tree.alternatives")}</h3>
          <ul class="alternatives">
            {alternatives.map((org) => (
              <Alternative key={org.id} org={org} ctx={ctx} professional={pro} why={t(k(`tree.${nodeId}.why.${org.id}`))} />
            ))}
          </ul>
        </>
      )}
      {node.notes && (
        <>
          <h3>{t("tree.notes")}</h3>
          <ul>
            {node.notes.map((id) => (
              <li key={id}>
                <NoteText ctx={ctx} id={id} note={notes[id]} />
              </li>
            ))}
          </ul>
        </>
      )}
      {first!.id !== "emergency" && (
        <p class="danger">
          <Fill t={t} k="tree.stillDanger" parts={{ number: <PhoneLink phone={mainPhone(org("emergency"))!} /> }} />
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
      <PrivacyNote ctx={ctx} inPage={inPage} />
    </section>
  );
}

/**
 * Another door, with what a person needs to decide: why it may fit, whether it is free, anonymous and
 * open now, and how to reach it.
 */
function Alternative({ org, ctx, why, professional }: { org: Organisation; ctx: Context; why: string; professional: boolean }) {
  const { t } = ctx;
  const phone = mainPhone(org);
  const site = websiteOf(org, ctx);
  const anonymity = anonymityFor(org, professional);
  const facts = [phone && t(`card.cost.${phone.cost}`), anonymity && t(`anonShort.${anonymity}`), phone && reachText(org, ctx)];
  return (
    <li class="alt">
      <strong class="alt-name">{orgName(org, ctx)}</strong>
      <span class="alt-why">{why}</span>
      <span class="muted">{facts.filter(Boolean).join(" · ")}</span>
      {phone ? (
        <PhoneLink phone={phone} label={t("tree.call", { number: phone.display })} />
      ) : (
        site && (
          <a href={site} rel="noreferrer">
            {t("tree.visit", { name: orgName(org, ctx) })}
          </a>
        )
      )}
    </li>
  );
}
