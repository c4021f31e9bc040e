// Results that land on the answer (issue 20), the pure part: which section of a found page answers the
// search (the list's section when the page has it, else the section with the most searched words, a
// heading that names them first), whether a page was found on real words or only on fragments, and
// an organisation card's phone number for the result line.
import { isRealMatch } from "./words.ts";

/** The part of Pagefind's fragment data we read. */
export interface FoundPage {
  url: string;
  content: string;
  locations: number[];
  anchors?: { element: string; id: string; text?: string; location: number }[];
  meta: Record<string, string>;
}

export interface Section {
  /** The heading's id ("" for the page's top, before the first heading). */
  id: string;
  title: string;
  /** Word range [from, to) of the page's content. */
  from: number;
  to: number;
  /** Positions of the really matched words inside the range. */
  hits: number[];
}

export const contentWords = (content: string) => content.split(/[\r\n\s]+/g);

/** The page's sections by heading, in order; the first is the part above the first heading. */
export function sectionsOf(page: FoundPage): Omit<Section, "hits">[] {
  const words = contentWords(page.content);
  const anchors = (page.anchors ?? []).filter((a) => /^h\d$/i.test(a.element) && a.id && a.text?.trim()).sort((a, b) => a.location - b.location);
  const out: Omit<Section, "hits">[] = [{ id: "", title: page.meta.title ?? "", from: 0, to: anchors[0]?.location ?? words.length }];
  anchors.forEach((a, i) => out.push({ id: a.id, title: a.text!.trim(), from: a.location, to: anchors[i + 1]?.location ?? words.length }));
  return out.filter((s) => s.to > s.from || s.id === "");
}

/** The positions of words really matching one of the searched words (no fragments). */
export function realHits(page: FoundPage, searched: readonly string[], locale: string): number[] {
  const words = contentWords(page.content);
  return page.locations.filter((l) => searched.some((s) => isRealMatch(words[l] ?? "", s, locale)));
}

/** Whether every searched word of 3+ letters really occurs on the page. */
export function foundOnRealWords(page: FoundPage, searched: readonly string[], locale: string): boolean {
  const words = contentWords(page.content);
  return searched.filter((s) => s.length >= 3).every((s) => page.locations.some((l) => isRealMatch(words[l] ?? "", s, locale)));
}

/**
 * The section a result opens: `preferred` (the list's Dutch heading id) when the page has it; else the
 * section where the most different searched words occur, then a heading that contains one, then the most
 * matches, then the earliest.
 */
export function bestSection(page: FoundPage, searched: readonly string[], locale: string, preferred?: string): Section {
  const words = contentWords(page.content);
  const hits = realHits(page, searched, locale);
  const sections = sectionsOf(page).map((s) => ({ ...s, hits: hits.filter((h) => h >= s.from && h < s.to) }));
  if (preferred !== undefined) {
    const chosen = sections.find((s) => s.id === preferred);
    if (chosen) return chosen;
  }
  const score = (s: Section) => {
    const distinct = new Set(s.hits.map((h) => searched.findIndex((q) => isRealMatch(words[h] ?? "", q, locale)))).size;
    const inHeading = s.hits.some((h) => h < s.from + s.title.split(/\s+/).length) && s.id ? 1 : 0;
    return distinct * 1000 + inHeading * 500 + Math.min(s.hits.length, 20) * 10;
  };
  return sections.reduce((best, s) => (score(s) > score(best) ? s : best), sections[0]!);
}

/** An organisation card's phone line, as the card shows it ("Bel 0800‑5151"), and its tel: address. */
export function phoneOf(page: FoundPage, section: Section): { text: string; tel: string; end: number } | undefined {
  if (!section.id.startsWith("org-")) return undefined;
  const words = contentWords(page.content).slice(section.from, Math.min(section.to, section.from + 30));
  const isNumber = (w: string) => /^\+?\d[\d\u2011-]*$/.test(w);
  const at = words.findIndex(isNumber);
  if (at < 0) return undefined;
  let end = at + 1;
  while (end < words.length && /^\d{2,}$/.test(words[end]!)) end++;
  const number = words.slice(at, end);
  // The verb before the number ("Bel", "Call"), unless the number is the card's own title (112).
  const titleLength = section.title.split(/\s+/).length;
  const start = at - 1 >= titleLength ? at - 1 : at;
  // `end`: where the card's text goes on after the number (and its cost in brackets), for the excerpt.
  let after = end;
  if (words[after]?.startsWith("(")) {
    while (after < words.length - 1 && !words[after]!.endsWith(")")) after++;
    after++;
  }
  return { text: words.slice(start, end).join(" "), tel: number.join("").replace(/[^\d+]/g, ""), end: section.from + after };
}
