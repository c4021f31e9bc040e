// Search as you type, loaded only when someone focuses the header's search field (see exit.ts). It
// searches the page's own language with Pagefind (one index per <html lang>), shows each result's title
// and an excerpt with the found words marked, and announces the number of results politely. The query
// stays in this page's memory: no form, no address change, no title change, no storage.
import { translate, type Text } from "../_lib/i18n/i18n.ts";
import { excerpt, isQueryWord, prepareQuery, SEARCH_PATH } from "../_lib/search/search.ts";

import type { PagefindData, PagefindInstance } from "pagefind-web";

// Five results: each needs its page's fragment (1–4 KB), and a later search must stay under 15 KB.
const MAX_RESULTS = 5;
const PAUSE_MS = 250;
const locale = document.documentElement.lang;
const input = document.querySelector<HTMLInputElement>("#search-q")!;
const box = input.closest("[data-search]")!;

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

// The results: a labelled region with a polite status line and a list of links.
const status = el("p", { id: "search-status", className: "search-status" });
status.setAttribute("role", "status");
const list = el("ol", { className: "search-list" });
const all = el("a", { href: `/${locale}${SEARCH_PATH}`, className: "search-all" });
const region = el("section", { id: "search-results", className: "search-results", hidden: true }, status, list, all);
box.append(region);
input.setAttribute("aria-controls", region.id);
input.setAttribute("aria-describedby", status.id);

let strings: Record<string, Text> | undefined;
let pagefind: Promise<PagefindInstance> | undefined;
const t = (key: string, params?: Record<string, number>) => (strings ? translate(strings, locale, key, params) : "");

async function load(): Promise<PagefindInstance> {
  const [dict, module] = await Promise.all([
    fetch(`/assets/search.${locale}.json`).then((r) => r.json() as Promise<Record<string, Text>>),
    // Pagefind's own module, written by scripts/build-search.ts (external to this bundle).
    import("pagefind-web"),
  ]);
  strings = dict;
  region.setAttribute("aria-label", t("search.results"));
  all.textContent = t("search.all");
  // The worker is off: the Content-Security-Policy allows no workers, and one small index needs none.
  const instance = module.createInstance({ noWorker: true, excerptLength: 0, ranking: { pageLength: 0.3 } });
  await instance.init();
  return instance;
}

let latest = 0;
async function run(query: string) {
  const ticket = ++latest;
  const words = prepareQuery(query, locale);
  if (!words) {
    region.hidden = true;
    list.replaceChildren();
    status.textContent = "";
    return;
  }
  try {
    pagefind ??= load();
    const found = await (await pagefind).search(words);
    const data = await Promise.all((found?.results ?? []).slice(0, MAX_RESULTS).map((r) => r.data()));
    if (ticket !== latest) return;
    list.replaceChildren(...data.map((d) => resultItem(d, words)));
    status.textContent = data.length ? t("search.count", { count: found!.results.length }) : t("search.none");
  } catch {
    if (ticket !== latest) return;
    list.replaceChildren();
    status.textContent = strings ? t("search.error") : "";
    pagefind = undefined;
  }
  region.hidden = false;
}

function resultItem(data: PagefindData, words: string): HTMLLIElement {
  const skip = Number(data.meta.skip ?? 0);
  const text = el("p");
  for (const piece of excerpt(data.content, data.locations, skip, 24, (word) => isQueryWord(word, words, locale))) text.append(piece.mark ? el("mark", {}, piece.text) : piece.text);
  return el("li", {}, el("a", { href: data.url }, data.meta.title ?? data.url), text);
}

// Results appear after a short pause in typing, and at once on Enter.
let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener("input", () => {
  clearTimeout(timer);
  timer = setTimeout(() => run(input.value), PAUSE_MS);
});

// Keyboard: Enter searches now; Down goes into the results, Up and Down move through them, Escape
// clears and goes back to the field.
const links = () => [...list.querySelectorAll("a")];
box.addEventListener("keydown", (event) => {
  const e = event as KeyboardEvent;
  const at = links().indexOf(document.activeElement as HTMLAnchorElement);
  if (e.key === "Enter" && e.target === input) {
    clearTimeout(timer);
    run(input.value);
  } else if (e.key === "ArrowDown" || e.key === "ArrowUp") {
    const next = e.key === "ArrowDown" ? at + 1 : at - 1;
    if (e.target === input && e.key === "ArrowUp") return;
    e.preventDefault();
    (next < 0 ? input : links()[Math.min(next, links().length - 1)])?.focus();
  } else if (e.key === "Escape") {
    input.value = "";
    run("");
    input.focus();
  }
});

// Loaded because the field got focus: warm up the index now, so the first results come quickly.
pagefind = load();
pagefind.catch(() => (pagefind = undefined));
if (input.value) run(input.value);
