// "Where can I report?": one static page per language and tree node. Options are plain links to the
// next node's page, so the whole tree works without JavaScript; the island hydrates the same markup.
import { render as renderToString } from "preact-render-to-string";
import { LOCALES, type Locale } from "../_data/locales.ts";
import organisations from "../_data/organisations.ts";
import tree from "../_data/tree.ts";
import treeNotes from "../_data/tree-notes.ts";
import { TreeStep } from "./_components/TreeStep.tsx";
import { citeOrganisation, citeSource } from "./_lib/facts/page-sources.ts";
import type { TreeNote } from "../_data/tree-notes.ts";
import type { TreeNode } from "../_data/types/tree.ts";
import { contextFor } from "./_lib/i18n/strings.ts";
import { nodeUrl } from "./_lib/tree/tree.ts";
import { treeTitle } from "./_lib/tree/tree-view.ts";

interface Entry {
  locale: Locale;
  node: string;
  url: string;
}

const entries: Entry[] = LOCALES.flatMap((locale) =>
  Object.keys(tree.nodes).map((node) => ({ locale, node, url: nodeUrl(tree, locale, node) })),
);

export const data = {
  treeEntries: entries,
  pagination: { data: "treeEntries", size: 1, alias: "entry", addAllPagesToCollections: true },
  permalink: (d: { entry: Entry }) => d.entry.url,
  eleventyComputed: {
    title: (d: { entry: Entry }) => treeTitle(contextFor(d.entry.locale), tree, d.entry.node),
    heading: (d: { entry: Entry }) => contextFor(d.entry.locale).t("tree.title"),
    // The same neutral description on every step: it must not say what was answered.
    description: (d: { entry: Entry }) => contextFor(d.entry.locale).t("tree.description"),
  },
  scripts: ["/assets/tree.js"],
};

export function render(d: { entry: Entry; page: { url: string } }): string {
  const { entry } = d;
  const node: TreeNode = tree.nodes[entry.node as keyof typeof tree.nodes];
  if (node.kind === "outcome") {
    // The outcome shows these organisations' numbers and remits: list their sources.
    for (const id of node.channels) citeOrganisation(d.page.url, organisations.find((o) => o.id === id)!);
    // And its notes: the rule or service each answer comes from.
    for (const id of node.notes ?? []) {
      const note: TreeNote = treeNotes[id as keyof typeof treeNotes];
      citeSource(d.page.url, note.source);
      if (note.phone) citeSource(d.page.url, note.phone.source);
    }
  }
  const ctx = contextFor(entry.locale);
  return `<div id="tree-app" data-node="${entry.node}">${renderToString(<TreeStep ctx={ctx} tree={tree} orgs={organisations} notes={treeNotes} nodeId={entry.node} />)}</div>`;
}
