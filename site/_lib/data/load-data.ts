// Loads the typed data and runs every build-start check. Shared by scripts/check-data.ts (the first
// step of `npm run build`) and the Eleventy config (so `eleventy --serve` stops on bad data too).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { LOCALES } from "../../../_data/locales.ts";
import { listFiles } from "../publish/files.ts";
import { checkFacts, checkFigures, checkMunicipalities, checkOrganisations, checkPages, checkStrings, type Dict } from "./check-data.ts";
import { validate } from "../tree/tree.ts";
import { STRING_PARTS } from "../../../_data/strings/index.ts";
import { checkExpiries, expiryWarnings, pagesMissingPeriod } from "../facts/fact-expiry.ts";
import { siteToday } from "../facts/today.ts";
import { siteUrl } from "../publish/site-url.ts";
import { checkSearchTopics } from "../search/search.ts";
import { translationErrors, translationWarnings } from "../translations/project.ts";

/** Every finding as "file: key: message"; empty when the data is sound. */
export async function checkAll(root: string, today = siteToday()): Promise<string[]> {
  const importFrom = async (rel: string) => (await import(path.join(root, rel))).default;

  // The strings, part by part, so that a finding names the file the key belongs in.
  const out: string[] = [];
  const dicts: Record<string, Record<string, unknown>> = Object.fromEntries(LOCALES.map((l) => [l, {}]));
  for (const [, part] of Object.entries(STRING_PARTS)) {
    const loaded: Record<string, Dict> = {};
    for (const lang of LOCALES) {
      try {
        loaded[lang] = await importFrom(part.file(lang));
        Object.assign(dicts[lang]!, loaded[lang]);
      } catch (error) {
        out.push(`${part.file(lang)}: cannot be loaded: ${(error as Error).message.split("\n")[0]}`);
      }
    }
    const { nl: reference = {}, ...others } = loaded;
    out.push(...checkStrings(reference, others, part.file));
  }

  const organisations = await importFrom("_data/organisations.ts");
  out.push(...checkOrganisations(organisations, "_data/organisations.ts", today));
  const facts = await importFrom("_data/facts.ts");
  out.push(...checkFacts(facts, "_data/facts.ts", today));
  out.push(...checkExpiries(facts, "_data/facts.ts"));

  const treeNotes = await importFrom("_data/tree-notes.ts");
  out.push(...checkFacts(treeNotes, "_data/tree-notes.ts", today));
  const tree = await importFrom("_data/tree.ts");
  const ids = organisations.map((o: { id: string }) => o.id);
  out.push(...validate(tree, dicts, ids, Object.keys(treeNotes)).map((f) => `_data/tree.ts: ${f.message}`));

  // The professionals' pages: routes per municipality and the regional figures, from the plans.
  out.push(...checkMunicipalities(await importFrom("_data/municipalities.ts"), "_data/municipalities.ts", ids, dicts.nl ?? {}));
  out.push(...checkFigures(await importFrom("_data/figures.ts"), "_data/figures.ts", dicts.nl ?? {}));

  const pages = Object.fromEntries(LOCALES.map((lang) => [lang, listFiles(path.join(root, "site", lang)).filter((f) => f.endsWith(".md"))]));
  out.push(...checkPages(pages, (lang) => `site/${lang}`));

  // The public address goes into every page's canonical link, the sitemap and the QR codes.
  try {
    siteUrl();
  } catch (error) {
    out.push((error as Error).message);
  }
  // Search topics point to pages: a Markdown page of that language, or the tree's start page.
  const pageExists = (lang: string, p: string) =>
    p === "/melden/" ? existsSync(path.join(root, "site/melden.11ty.tsx")) : (pages[lang] ?? []).includes(p === "/" ? "index.md" : `${p.slice(1, -1)}.md`);
  out.push(...checkSearchTopics(await importFrom("_data/search-topics.ts"), pageExists, "_data/search-topics.ts"));
  // Nothing is published short: a translated page misses no Dutch unit and adds none (languages held to it).
  out.push(...translationErrors(root));
  return out;
}

/**
 * Warnings that do not stop the build: facts expired or expiring within 30 days (naming the source and
 * what to check), pages that show an expiring amount without its period, and translated units whose
 * Dutch changed since they were translated (the page shows the older translation meanwhile).
 */
export async function dataWarnings(root: string, today = siteToday()): Promise<string[]> {
  const facts = (await import(path.join(root, "_data/facts.ts"))).default;
  const pages = LOCALES.flatMap((lang) =>
    listFiles(path.join(root, "site", lang))
      .filter((f) => f.endsWith(".md"))
      .map((f) => ({ file: `site/${lang}/${f}`, text: readFileSync(path.join(root, "site", lang, f), "utf8") })),
  );
  return [...expiryWarnings(facts, "_data/facts.ts", today), ...pagesMissingPeriod(facts, pages), ...(await translationWarnings(root))];
}
