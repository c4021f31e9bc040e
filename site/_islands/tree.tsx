// The decision tree as an in-page flow. It hydrates the markup the build rendered for this node (the
// same TreeStep component) and then moves through the tree without loading pages: focus goes to each
// new question, a polite live region announces it, the back button steps back one question, and the
// outcome lists the answers with a way to change one.
// Private in a real browser: the address and the title never change during the walk (history entries
// carry only how deep the walk is, never an answer), answers live only in memory, and leaving the page
// forgets them, also when the browser keeps the page in its back/forward cache and shows it again.
// The language switch leads to the other language's start page: carrying the walk over would need an
// address or storage that names the step, so the walk starts again there, and the page says so.
// The tree, the organisations and the notes arrive with the strings (tree.<lang>.json), not in this script.
import { Component, hydrate } from "preact";
import type { Locale } from "../../_data/locales.ts";
import type { Organisation } from "../../_data/organisations.ts";
import type { TreeNote } from "../../_data/tree-notes.ts";
import type { Tree } from "../../_data/types/tree.ts";
import { isLocale } from "../_lib/i18n/locale-url.ts";
import type { Strings } from "../../_data/strings/index.ts";
import { TreeStep } from "../_components/TreeStep.tsx";
import { makeContext, type Context } from "../_lib/i18n/context.ts";
import { depths, nodeUrl, type Step } from "../_lib/tree/tree.ts";
import { follow, k } from "../_lib/tree/tree-view.ts";

interface HistoryState {
  treeDepth: number;
}
interface Props {
  ctx: Context;
  from: string;
  root: HTMLElement;
  data: IslandData;
}
interface State {
  /** Every answer given, also those undone with the back button (so forward works). */
  trail: Step[];
  /** How many of them are in force. */
  depth: number;
  /** Whether the person has moved since the page loaded (then focus and announce). */
  moved: boolean;
}

const FRESH: State = { trail: [], depth: 0, moved: false };

/**
 * The page came back (Back from another page, a reload) on an entry the walk pushed, and the answers
 * are forgotten: the entries before it would each show the first question again, so Back would seem
 * stuck on the tree. Going back over them puts the person on the walk's first entry; one Back leaves.
 */
function rewindForgottenWalk(): boolean {
  const depth = (history.state as HistoryState | null)?.treeDepth ?? 0;
  if (depth > 0) history.go(-depth);
  return depth > 0;
}

// A class component: Preact's hooks would add a kilobyte to a bundle with a tight budget.
class TreeFlow extends Component<Props, State> {
  state: State = FRESH;

  private onPop = (event: PopStateEvent) => {
    const depth = Math.max(0, (event.state as HistoryState | null)?.treeDepth ?? 0);
    this.setState({ depth: Math.min(depth, this.state.trail.length), moved: true });
  };

  // Leaving the page forgets the answers. The page is hidden at once, because the browser may keep it
  // as it is now in its back/forward cache; it is shown again, at the start, when it comes back.
  private onHide = () => {
    this.props.root.hidden = true;
    this.setState(FRESH);
  };
  private onShow = (event: PageTransitionEvent) => {
    if (!event.persisted) return;
    this.setState(FRESH, () => (this.props.root.hidden = false));
    rewindForgottenWalk();
  };

  componentDidMount() {
    if (!rewindForgottenWalk()) history.replaceState({ treeDepth: 0 } satisfies HistoryState, "");
    // Another language starts at its first question: no address ever names a step (see above).
    for (const a of document.querySelectorAll<HTMLAnchorElement>(".langs a[hreflang]")) a.href = nodeUrl(this.props.data.tree, a.hreflang, this.props.data.tree.start);
    addEventListener("popstate", this.onPop);
    addEventListener("pagehide", this.onHide);
    addEventListener("pageshow", this.onShow);
  }

  componentDidUpdate(_: Props, previous: State) {
    const now = this.current(this.state);
    if (this.current(previous) === now) return;
    if (this.state.moved) document.getElementById("tree-step")?.focus();
  }

  private current({ trail, depth }: State): string {
    return follow(this.props.data.tree, this.props.from, trail.slice(0, depth));
  }

  private go(trail: Step[], depth: number) {
    this.setState({ trail, depth, moved: true });
    // A new history entry so the back button steps back, with the same address: no URL argument.
    history.pushState({ treeDepth: depth } satisfies HistoryState, "");
  }

  render({ ctx, from, data: { tree, organisations, notes } }: Props, { trail, depth, moved }: State) {
    const steps = trail.slice(0, depth);
    const current = this.current(this.state);
    const node = tree.nodes[current]!;
    const announcement = !moved
      ? ""
      : node.kind === "question"
        ? `${ctx.t("tree.step", { n: depths(tree).get(current) ?? 1 })}: ${ctx.t(k(`tree.${current}.question`))}`
        : ctx.t(k(`tree.${current}.title`));
    return (
      <TreeStep
        ctx={ctx}
        tree={tree}
        orgs={organisations}
        notes={notes}
        nodeId={current}
        trail={steps}
        announcement={announcement}
        inPage
        handlers={{
          choose: (option, event) => {
            event.preventDefault();
            this.go([...steps, { node: current, option }], depth + 1);
          },
          back: (event) => {
            if (depth === 0) return; // opened on this page: the link goes to the previous question's page
            event.preventDefault();
            history.back();
          },
          restart: (event) => {
            if (from !== tree.start) return; // opened on a later node: the link loads the start page
            event.preventDefault();
            this.go([], 0);
          },
          // Back in history to that question, so that the back button stays true after a change.
          change: (index) => history.go(index - depth),
        }}
      />
    );
  }
}

/**
 * What the build writes as tree.<lang>.json: the strings the island shows and the language's Intl tag,
 * with the tree, the organisations it names (without their sources) and the notes.
 */
interface IslandData {
  strings: Strings;
  intl: string;
  tree: Tree;
  organisations: Organisation[];
  notes: Record<string, TreeNote>;
}

function mountTree(data: IslandData, locale: Locale): void {
  const root = document.getElementById("tree-app");
  const from = root?.dataset.node;
  if (!root || !from || !(from in data.tree.nodes)) return;
  hydrate(<TreeFlow ctx={makeContext(locale, data.intl, data.strings)} from={from} root={root} data={data} />, root);
  root.dataset.island = "active"; // lets styles and tests tell the in-page flow from the static pages
}

// The strings come as a same-origin JSON file per language, so the script is the same for every
// language and stays small. Until they arrive, the options are ordinary links and work as such.
const locale = document.documentElement.lang;
if (isLocale(locale)) {
  fetch(`/assets/tree.${locale}.json`)
    .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
    .then((data: IslandData) => mountTree(data, locale))
    .catch(() => {}); // without the strings the static tree keeps working
}
