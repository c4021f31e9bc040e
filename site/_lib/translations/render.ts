// What Eleventy renders of a Markdown page: the body without translation markers, and on a translated
// page every heading with its Dutch heading's id (the same section has the same anchor in every language).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_LOCALE, LOCALES } from "../../../_data/locales.ts";
import { withDutchHeadingIds } from "./pages.ts";
import { stripMarkers } from "./units.ts";
import { isHeldToDutch } from "./enforced.ts";

/** The body of a whole file: everything after the front matter's closing fence. */
function bodyOf(source: string): string {
  const lines = source.split("\n");
  if (lines[0]?.trim() !== "---") return source;
  const close = lines.findIndex((l, i) => i > 0 && l.trim() === "---");
  return close < 0 ? source : lines.slice(close + 1).join("\n");
}

/** `inputPath` as Eleventy gives it ("./site/uk/signalen.md"); `content` is the body Eleventy read. */
export function renderableMarkdown(inputPath: string, content: string): string {
  const parts = path.normalize(inputPath).split(path.sep);
  const at = parts.indexOf("site");
  const lang = parts[at + 1];
  // Dutch ids only on a language held to the Dutch unit by unit: only there is every heading paired for
  // sure, and its own pages' links to sections (index.md → signalen.md#…) then use the Dutch ids too.
  if (at < 0 || !lang || !LOCALES.includes(lang as never) || !isHeldToDutch(lang, parts.slice(at + 2).join("/"))) return stripMarkers(content);
  const dutch = path.join(...parts.slice(0, at + 1), DEFAULT_LOCALE, ...parts.slice(at + 2));
  if (!existsSync(dutch) || !existsSync(inputPath)) return stripMarkers(content);
  const withIds = bodyOf(withDutchHeadingIds(readFileSync(dutch, "utf8"), readFileSync(inputPath, "utf8")));
  // Only when Eleventy's body is the file's body (it always is; a safeguard against an unexpected reader).
  const comparable = (body: string) => stripMarkers(body).trim().split("\n").filter((line) => !line.startsWith("#"));
  if (comparable(withIds).join("\n") !== comparable(content).join("\n")) return stripMarkers(content);
  return stripMarkers(withIds);
}
