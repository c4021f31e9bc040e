// Loads the typed data and runs every build-start check. Shared by scripts/check-data.ts (the first
// step of `npm run build`) and the Eleventy config (so `eleventy --serve` stops on bad data too).
import path from "node:path";
import { LOCALES } from "../../_data/locales.ts";
import { listFiles } from "./files.ts";
import { checkFacts, checkFigures, checkMunicipalities, checkOrganisations, checkPages, checkStrings, type Dict } from "./check-data.ts";
import { validate } from "./tree.ts";
import { STRING_PARTS } from "../../_data/strings/index.ts";

/** Every finding as "file: key: message"; empty when the data is sound. */
export async function checkAll(root: string, today = new Date().toISOString().slice(0, 10)): Promise<string[]> {
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
  out.push(...checkFacts(await importFrom("_data/facts.ts"), "_data/facts.ts", today));

  const tree = await importFrom("_data/tree.ts");
  const ids = organisations.map((o: { id: string }) => o.id);
  out.push(...validate(tree, dicts, ids).map((f) => `_data/tree.ts: ${f.message}`));

  // The professionals' pages: routes per municipality and the regional figures, from the plans.
  out.push(...checkMunicipalities(await importFrom("_data/municipalities.ts"), "_data/municipalities.ts", ids, dicts.nl ?? {}));
  out.push(...checkFigures(await importFrom("_data/figures.ts"), "_data/figures.ts", dicts.nl ?? {}));

  const pages = Object.fromEntries(LOCALES.map((lang) => [lang, listFiles(path.join(root, "site", lang)).filter((f) => f.endsWith(".md"))]));
  out.push(...checkPages(pages, (lang) => `site/${lang}`));
  return out;
}
