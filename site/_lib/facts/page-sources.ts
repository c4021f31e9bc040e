// Which sources a page cites. Shortcodes and components note the source of every fact, phone number
// and organisation they render; the layout lists them under "Sources". Keyed by page URL, because
// Eleventy renders a page's content before its layout.
import type { Source } from "../../../_data/types/source.ts";
import { weakerCheck } from "./provenance.ts";

const byPage = new Map<string, Map<string, Source>>();

export function citeSource(pageUrl: string, source: Source): void {
  let sources = byPage.get(pageUrl);
  if (!sources) byPage.set(pageUrl, (sources = new Map()));
  const known = sources.get(source.url);
  // One entry per address; the weakest check (not at the source, or the oldest date) is the honest one to show.
  if (!known || weakerCheck(source, known)) sources.set(source.url, source);
}

/** Cites what a card or call link of an organisation shows: its remit and every phone number. */
export function citeOrganisation(pageUrl: string, org: { source: Source; phones: readonly { source: Source }[] }): void {
  citeSource(pageUrl, org.source);
  for (const phone of org.phones) citeSource(pageUrl, phone.source);
}

export function sourcesOf(pageUrl: string): Source[] {
  return [...(byPage.get(pageUrl)?.values() ?? [])].sort((a, b) => a.url.localeCompare(b.url));
}

export function forgetAllSources(): void {
  byPage.clear();
}
