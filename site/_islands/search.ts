// Search as you type, loaded only when someone focuses the header's search field (see exit.ts). It
// searches the page's own language with Pagefind (one index per <html lang>) and understands people's
// own words (issue 20): words of the maintained list (_data/search-topics.ts, with inflections and small
// typos) search for the site's own words and put the listed section first; otherwise the words as typed
// are searched, and when they find nothing real (only fragments such as "uit"), once more without small
// words and with longer words corrected against the index's vocabulary. When it searched for other
// words, it says so. Each result opens the section that answers, with an excerpt from that section and,
// for an organisation, its phone number. "Nothing found" offers the tree, the organisations, the A to Z
// page and, for a query in another script, the same search in that language, in place. The query stays
// in this page's memory: no form, no address change, no title change, no storage; leaving the page
// empties the field and the results, so Back never shows them again.
import { translate, type Text } from "../_lib/i18n/i18n.ts";
import { bestSection, contentWords, foundOnRealWords, phoneOf, type FoundPage } from "../_lib/search/results.ts";
import { excerpt, prepareQuery, SEARCH_PATH } from "../_lib/search/search.ts";
import { correct, isRealMatch, understand, wordsOf, type Lexicon } from "../_lib/search/words.ts";

import type { PagefindInstance } from "pagefind-web";

// Results come in steps of four (a phone's screenful): each needs its page's fragment (1–4 KB), and the
// first search must stay under 110 KB, a later one under 15 KB. "More results" loads the next four.
const STEP = 4;
const PAUSE_MS = 250;
const locale = document.documentElement.lang;
const input = document.querySelector<HTMLInputElement>("#search-q")!;
const box = input.closest("[data-search]")!;
const onSearchPage = location.pathname === `/${locale}${SEARCH_PATH}`;

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

// The results: a labelled region with a polite status line, a note when other words were searched,
// the list, a "more" button and the ways on.
const status = el("p", { id: "search-status", className: "search-status" });
status.setAttribute("role", "status");
// The note that other words were searched sits inside the status line, so it is announced with the count.
const note = el("span", { className: "search-note", hidden: true });
const list = el("ol", { className: "search-list" });
const more = el("button", { type: "button", className: "search-more", hidden: true });
const doors = el("ul", { className: "search-doors", hidden: true });
const other = el("p", { className: "search-other", hidden: true });
const region = el("section", { id: "search-results", className: "search-results", hidden: true }, status, list, more, doors, other);
box.append(region);
input.setAttribute("aria-controls", region.id);
input.setAttribute("aria-describedby", status.id);

type Module = typeof import("pagefind-web");
// The worker is off: the Content-Security-Policy allows no workers, and one small index needs none.
const PAGEFIND_OPTIONS = { noWorker: true, excerptLength: 0, ranking: { pageLength: 0.3 } };
interface Loaded {
  strings: Record<string, Text>;
  lexicon: Lexicon;
  module: Module;
  instance: PagefindInstance;
}
let ready: Promise<Loaded> | undefined;
let strings: Record<string, Text> | undefined;
/** Small words are never marked in an excerpt. */
let small = new Set<string>();
const t = (key: string, params?: Record<string, string | number>) => (strings ? translate(strings, locale, key, params) : "");
const json = <T>(url: string) => fetch(url).then((r) => (r.ok ? (r.json() as Promise<T>) : Promise.reject(new Error(url))));

async function load(): Promise<Loaded> {
  const [dict, lexicon, module] = await Promise.all([
    json<Record<string, Text>>(`/assets/search.${locale}.json`),
    json<Lexicon>(`/pagefind/lexicon.${locale}.json`),
    // Pagefind's own module, written by scripts/build-search.ts (external to this bundle).
    import("pagefind-web"),
  ]);
  strings = dict;
  small = new Set(lexicon.small);
  region.setAttribute("aria-label", t("search.results"));
  more.textContent = t("search.more");
  const instance = module.createInstance(PAGEFIND_OPTIONS);
  await instance.init();
  return { strings: dict, lexicon, module, instance };
}

// The vocabulary (words of 6+ letters in the index) is fetched only when a word needs correcting.
let vocabulary: Promise<string[]> | undefined;
const loadVocabulary = () => (vocabulary ??= json<string[]>(`/pagefind/vocabulary.${locale}.json`).catch(() => []));

interface Plan {
  /** The words searched for (as Pagefind gets them: Ukrainian cut to stems). */
  searched: string[];
  /** The pages (with the listed section) to put first, in order. */
  pinned: string[];
  /** Set when the words searched for are not the words typed. */
  said?: string;
  /** The list's words for the listed section (marked there too). */
  find?: string;
}

type Result = { data(): Promise<FoundPage> };

/** Searches and keeps the pages found on real words, in order: pinned pages first. */
async function attempt(instance: PagefindInstance, plan: Plan): Promise<{ plan: Plan; pending: Result[]; pages: FoundPage[] }> {
  const found = await instance.search(plan.searched.join(" "));
  const pending = [...((found?.results ?? []) as Result[])];
  const pages: FoundPage[] = [];
  const pinnedPages = new Set(plan.pinned.map((p) => p.split("#")[0]));
  // Load a step; keep loading while a pinned page is still missing (it is usually among the first).
  while (pending.length && (pages.length < STEP || [...pinnedPages].some((p) => !pages.some((d) => d.url === p))) && pages.length < 3 * STEP) {
    const batch = await Promise.all(pending.splice(0, STEP).map((r) => r.data()));
    pages.push(...batch.filter((d) => foundOnRealWords(d, plan.searched, locale)));
  }
  const rank = (d: FoundPage) => {
    const i = plan.pinned.findIndex((p) => p.split("#")[0] === d.url);
    return i < 0 ? plan.pinned.length : i;
  };
  pages.sort((a, b) => rank(a) - rank(b));
  return { plan, pending, pages };
}

const prepared = (words: readonly string[], lang = locale) => prepareQuery(words.join(" "), lang).split(" ").filter(Boolean);

/** The searches to try, in order, for what the person typed. */
async function* plans(query: string, lexicon: Lexicon): AsyncGenerator<Plan> {
  const understood = understand(query, lexicon, locale);
  const typed = understood.words;
  if (understood.hits.length) {
    const primary = understood.hits[0]!;
    const pinned = understood.hits.map((h) => h.to);
    // Every word is one the list has, as typed: those words themselves (fewer index chunks to fetch).
    const content = understood.content;
    if (content.length && content.every((w) => primary.words.some((alternative) => alternative.includes(w))))
      yield { searched: prepared(content), pinned, said: content.join(" ") === typed.join(" ") ? undefined : content.join(" "), find: primary.find };
    const find = wordsOf(primary.find, locale);
    yield { searched: prepared(find), pinned, said: find.join(" ") === typed.join(" ") ? undefined : primary.find, find: primary.find };
  }
  yield { searched: prepared(typed), pinned: [] };
  // The words as typed found nothing real: without small words, and with typos corrected.
  const needsWords = understood.content.some((w) => w.length >= 6);
  const known = needsWords ? await loadVocabulary() : [];
  const retry = understood.content.map((w) => correct(w, known) ?? w);
  if (retry.length && retry.join(" ") !== typed.join(" ")) yield { searched: prepared(retry), pinned: [], said: retry.join(" ") };
}

let latest = 0;
let shown: { pages: FoundPage[]; pending: Result[]; plan: Plan; count: number } | undefined;

function clear() {
  region.hidden = true;
  list.replaceChildren();
  status.textContent = "";
  note.hidden = more.hidden = doors.hidden = other.hidden = true;
  shown = undefined;
}

async function run(query: string) {
  const ticket = ++latest;
  if (!wordsOf(query, locale).length) return clear();
  try {
    ready ??= load();
    const { lexicon, instance } = await ready;
    // The first plan that finds the listed page (or, without one, anything real); else the first that found.
    let outcome: Awaited<ReturnType<typeof attempt>> | undefined;
    let fallback: typeof outcome;
    for await (const plan of plans(query, lexicon)) {
      if (ticket !== latest) return;
      outcome = await attempt(instance, plan);
      const listed = plan.pinned[0]?.split("#")[0];
      if (outcome.pages.length && (!listed || outcome.pages[0]!.url === listed)) break;
      if (outcome.pages.length) fallback ??= outcome;
      outcome = undefined;
    }
    outcome ??= fallback;
    if (ticket !== latest) return;
    render(outcome, query);
  } catch {
    if (ticket !== latest) return;
    ready = undefined;
    list.replaceChildren();
    note.hidden = more.hidden = other.hidden = true;
    status.textContent = strings ? t("search.error") : "";
    showDoors();
    region.hidden = false;
  }
}

function render(outcome: Awaited<ReturnType<typeof attempt>> | undefined, query: string) {
  note.hidden = other.hidden = true;
  if (!outcome?.pages.length) {
    list.replaceChildren();
    more.hidden = true;
    status.textContent = t("search.none");
    showDoors();
    offerOtherLanguages(query);
    region.hidden = false;
    shown = undefined;
    return;
  }
  doors.hidden = true;
  const count = outcome.pages.length + outcome.pending.length;
  shown = { ...outcome, count };
  status.replaceChildren(t("search.count", { count }));
  if (outcome.plan.said) {
    note.textContent = t("search.rewritten", { words: outcome.plan.said });
    note.hidden = false;
    status.append(". ", note);
  }
  list.replaceChildren(...outcome.pages.map((d) => resultItem(d, outcome.plan)));
  more.hidden = !outcome.pending.length;
  region.hidden = false;
}

// "More results": the next step, focus on the first new one.
more.addEventListener("click", async () => {
  const current = shown;
  if (!current) return;
  const batch = await Promise.all(current.pending.splice(0, STEP).map((r) => r.data()));
  if (current !== shown) return;
  const items = batch.filter((d) => foundOnRealWords(d, current.plan.searched, locale)).map((d) => resultItem(d, current.plan));
  // Pages found only on a fragment are left out: the count says how many are really listed.
  if (items.length < batch.length) {
    current.count -= batch.length - items.length;
    status.firstChild!.textContent = t("search.count", { count: current.count });
  }
  list.append(...items);
  more.hidden = !current.pending.length;
  items[0]?.querySelector("a")?.focus();
});

function resultItem(data: FoundPage, plan: Plan, lang = locale): HTMLLIElement {
  const listed = plan.pinned.find((p) => p.split("#")[0] === data.url);
  const section = bestSection(data, plan.searched, lang, listed ? (listed.split("#")[1] ?? "") : undefined);
  const pageTitle = data.meta.title ?? data.url;
  const href = section.id ? `${data.url}#${section.id}` : data.url;
  const link = el("a", { href }, section.id && section.title !== pageTitle ? section.title : pageTitle);
  const item = el("li", {}, link);
  if (section.id && section.title !== pageTitle) item.append(el("span", { className: "muted" }, ` — ${pageTitle}`));
  const phone = phoneOf(data, section);
  if (phone) item.append(el("p", { className: "search-phone" }, el("a", { href: `tel:${phone.tel}` }, phone.text)));
  // Marked: the words searched for and, in the listed section, the list's own words for it.
  const marked = [...plan.searched, ...(listed ? prepared(wordsOf(plan.find ?? "", lang), lang) : [])].filter((w) => !small.has(w));
  const accept = (word: string) => marked.some((s) => isRealMatch(word, s, lang));
  const words = contentWords(data.content);
  const at: number[] = [];
  for (let i = section.from; i < Math.min(section.to, words.length); i++) if (accept(words[i]!)) at.push(i);
  // The excerpt starts after the heading (the link shows it) and after a card's phone line.
  const from = phone ? phone.end : section.id ? Math.min(section.from + section.title.split(/\s+/).length, section.to - 1) : section.from;
  const text = el("p");
  for (const piece of excerpt(data.content, at, from, 24, accept, section.to)) text.append(piece.mark ? el("mark", {}, piece.text) : piece.text);
  item.append(text);
  if (lang !== locale) item.lang = lang;
  return item;
}

/** The ways on when nothing is found: the tree, the organisations, the A to Z page. */
function showDoors() {
  const az = onSearchPage ? "#main" : `/${locale}${SEARCH_PATH}`;
  const door = (href: string, key: string) => el("li", {}, el("a", { href }, t(key)));
  doors.replaceChildren(door(`/${locale}/melden/`, "search.tree"), door(`/${locale}/hulp/`, "search.orgs"), door(az, "search.all"));
  doors.hidden = false;
}

/** The languages a query's script points to, other than this page's (letters only one language has decide). */
function otherLanguages(query: string): string[] {
  if (/[іїєґ]/i.test(query)) return locale === "uk" ? [] : ["uk"];
  if (/[ыэъё]/i.test(query)) return locale === "ru" ? [] : ["ru"];
  const cyrillic = /[\u0400-\u04ff]/.test(query);
  const latin = /[a-z]/i.test(query);
  const script = cyrillic && !latin ? ["uk", "ru"] : latin && !cyrillic ? ["nl", "en"] : [];
  return script.includes(locale) ? [] : script;
}

/** Buttons that run the same search in another language's index, here on the page. */
function offerOtherLanguages(query: string) {
  const languages = otherLanguages(query);
  if (!languages.length || !ready) return;
  other.replaceChildren(
    t("search.other"),
    ...languages.flatMap((lang) => {
      const button = el("button", { type: "button", className: "search-more" }, t(`search.in.${lang}`));
      button.addEventListener("click", () => searchIn(lang, query));
      return [" ", button];
    }),
  );
  other.hidden = false;
}

async function searchIn(lang: string, query: string) {
  const ticket = ++latest;
  const { module } = await ready!;
  // Pagefind picks an instance's index by <html lang> when it is created (and will not merge its own
  // folder a second time): name the other language for that one synchronous moment.
  const html = document.documentElement;
  html.lang = lang;
  const instance = module.createInstance(PAGEFIND_OPTIONS);
  html.lang = locale;
  await instance.init();
  const searched = prepared(wordsOf(query, lang), lang);
  const found = await instance.search(searched.join(" "));
  const data = await Promise.all(((found?.results ?? []) as Result[]).slice(0, 3 * STEP).map((r) => r.data()));
  if (ticket !== latest) return;
  const pages = data.filter((d) => d.url.startsWith(`/${lang}/`) && foundOnRealWords(d, searched, lang)).slice(0, STEP);
  if (!pages.length) return;
  doors.hidden = other.hidden = true;
  status.textContent = t("search.count", { count: pages.length });
  list.replaceChildren(...pages.map((d) => resultItem(d, { searched, pinned: [] }, lang)));
  list.querySelector("a")?.focus();
}

// Results appear after a short pause in typing, and at once on Enter.
let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener("input", () => {
  clearTimeout(timer);
  timer = setTimeout(() => run(input.value), PAUSE_MS);
});

// Keyboard: Enter searches now; Down goes into the results, Up and Down move through them, Escape
// clears and goes back to the field.
const links = () => [...region.querySelectorAll<HTMLElement>("a, button:not([hidden])")].filter((l) => !l.closest("[hidden]"));
box.addEventListener("keydown", (event) => {
  const e = event as KeyboardEvent;
  const at = links().indexOf(document.activeElement as HTMLElement);
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
    ++latest;
    clear();
    input.focus();
  }
});

// Leaving the page (a result, Back, another tab): nothing of the search stays for the next person. The
// page may be kept in the back-forward cache, so empty it on the way out and again when it comes back.
const forget = () => {
  clearTimeout(timer);
  ++latest;
  input.value = "";
  clear();
};
addEventListener("pagehide", forget);
addEventListener("pageshow", (e) => {
  if ((e as PageTransitionEvent).persisted) forget();
});

// Loaded because the field got focus: warm up the index now, so the first results come quickly.
ready = load();
ready.catch(() => (ready = undefined));
if (input.value) run(input.value);
