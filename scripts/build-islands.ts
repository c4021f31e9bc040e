// Build step: bundles the browser scripts with esbuild into dist/assets/.
// - exit.js: the quick-exit enhancement, loaded on every page (budget 3 KB gzip).
// - search.js: search as you type (see site/_islands/search.ts), and search.<lang>.json, its strings.
// - tree.js: the decision-tree island (budget 12 KB gzip with Preact), and tree.<lang>.json, the
//   strings it uses with the tree and the organisations, which it fetches for the page's language.
import { build, type Plugin } from "esbuild";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { writeFileSync } from "node:fs";
import { LOCALES, localeInfo } from "../_data/locales.ts";
import { dictionaries } from "../site/_lib/i18n/strings.ts";
import organisations, { type Organisation } from "../_data/organisations.ts";
import tree from "../_data/tree.ts";
import treeNotes from "../_data/tree-notes.ts";

const root = process.cwd();
const out = (name: string) => path.join(root, "dist/assets", name);
const common = { bundle: true, minify: true, legalComments: "none", target: "es2022", jsx: "automatic", jsxImportSource: "preact" } as const;

/** Swaps GOV.UK Frontend's I18n for our plain lookup (see site/_islands/exit-i18n.ts). */
const plainI18n: Plugin = {
  name: "plain-i18n",
  setup(b) {
    b.onResolve({ filter: /\/i18n\.mjs$/ }, (args) =>
      args.importer.includes("govuk-frontend") ? { path: path.join(root, "site/_islands/exit-i18n.ts") } : undefined,
    );
  },
};

/** The strings the island renders: the tree, the card of each outcome's first channel, the title. */
function islandStrings(dict: Record<string, unknown>): Record<string, unknown> {
  const cards = new Set(Object.values(tree.nodes).flatMap((n) => (n.kind === "outcome" ? [n.channels[0]] : [])));
  const wanted = (key: string) =>
    /^(tree|card|anonymity|anonShort|reach)\./.test(key) || key === "site.region" || key === "exit.safety" || cards.has(/^org\.(\w+)\./.exec(key)?.[1] as never);
  return Object.fromEntries(Object.entries(dict).filter(([key]) => wanted(key)));
}

/**
 * The data the island needs besides its strings, in the same JSON file: the tree, the organisations it
 * can show (and 112 for its emergency line) and the notes, without sources (the page lists those) or the
 * editors' questions (askOrganisation).
 */
function islandData() {
  const used = new Set(["emergency", ...Object.values(tree.nodes).flatMap((n) => (n.kind === "outcome" ? n.channels : []))]);
  const withoutSources = <T extends { source: unknown }>({ source, ...rest }: T) => rest;
  return {
    tree,
    organisations: (organisations as readonly Organisation[])
      .filter((org) => used.has(org.id))
      .map(({ source, phones, askOrganisation, ...org }) => ({ ...org, phones: phones.map(withoutSources) })),
    notes: Object.fromEntries(
      Object.entries(treeNotes).map(([id, note]) => [id, { ...withoutSources(note), ...("phone" in note ? { phone: withoutSources(note.phone) } : {}) }]),
    ),
  };
}

/** "pagefind-web" is Pagefind's own module, written next to its index: loaded at run time, not bundled. */
const pagefindAtRunTime: Plugin = {
  name: "pagefind-at-run-time",
  setup(b) {
    b.onResolve({ filter: /^pagefind-web$/ }, () => ({ path: "/pagefind/pagefind.js", external: true }));
  },
};

const sizes: [string, number][] = [];
const report = (name: string, code: Uint8Array) => {
  writeFileSync(out(name), code);
  sizes.push([name, gzipSync(code, { level: 9 }).length]);
};

const exit = await build({ ...common, entryPoints: ["site/_islands/exit.ts"], format: "iife", write: false, plugins: [plainI18n] });
report("exit.js", exit.outputFiles[0]!.contents);

const island = await build({ ...common, entryPoints: ["site/_islands/tree.tsx"], format: "esm", write: false, metafile: true });
// The data travels in the JSON file: a data module in the bundle would cost the script's budget twice.
const bundled = Object.keys(island.metafile.inputs).filter((f) => /_data\/(tree|organisations|tree-notes)\.ts$/.test(f));
if (bundled.length) throw new Error(`scripts/build-islands.ts: tree.js bundles ${bundled.join(", ")}; pass the data through tree.<lang>.json`);
report("tree.js", island.outputFiles[0]!.contents);
const shared = islandData();
for (const locale of LOCALES) {
  const data = { strings: islandStrings(dictionaries[locale]), intl: localeInfo[locale].intl, ...shared };
  report(`tree.${locale}.json`, new TextEncoder().encode(JSON.stringify(data)));
}

// search.js: loaded when someone focuses the header's search field; search.<lang>.json, its strings.
const search = await build({ ...common, entryPoints: ["site/_islands/search.ts"], format: "esm", write: false, plugins: [pagefindAtRunTime] });
report("search.js", search.outputFiles[0]!.contents);
for (const locale of LOCALES) {
  const strings = Object.fromEntries(Object.entries(dictionaries[locale]).filter(([key]) => key.startsWith("search.")));
  report(`search.${locale}.json`, new TextEncoder().encode(JSON.stringify(strings)));
}

if (!process.argv.includes("--quiet")) {
  for (const [name, bytes] of sizes) console.log(`${name.padEnd(14)} ${bytes} bytes gzip`);
}
