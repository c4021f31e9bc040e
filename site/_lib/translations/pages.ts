// A translated page against its Dutch page: the findings, the stamp that records the Dutch versions, and
// the Dutch heading ids (a section has the same anchor in every language). Pure: callers read the files.
import { align, type Alignment } from "./align.ts";
import { slugify, textOf } from "../pages/headings.ts";
import { unitsOf, type Unit } from "./units.ts";
import markdownIt from "markdown-it";

const md = markdownIt({ html: true });

export function checkPage(nlSource: string, trSource: string): Alignment {
  return align(unitsOf(nlSource), unitsOf(trSource));
}

const BODY_MARKER = /[ \t]*<!-- nl:[0-9a-f]{6} -->[ \t]*$/;
const YAML_MARKER = /[ \t]+# nl:[0-9a-f]{6}[ \t]*$/;

function setMarker(line: string, unit: Unit, hash: string): string {
  if (unit.kind === "title" || unit.kind === "description") return `${line.replace(YAML_MARKER, "")} # nl:${hash}`;
  return `${line.replace(BODY_MARKER, "")} <!-- nl:${hash} -->`;
}

/**
 * Records on every unit of the translation the Dutch version it translates (after a person checked that
 * it says what the Dutch says). Refuses, with the findings, when a unit is missing or extra.
 */
export function stampPage(nlSource: string, trSource: string): { source: string; stamped: number } | { refused: string[] } {
  const { pairs, findings } = checkPage(nlSource, trSource);
  const blocking = findings.filter((f) => f.type !== "outdated");
  if (blocking.length) return { refused: blocking.map((f) => f.message) };
  const lines = trSource.split("\n");
  let stamped = 0;
  for (const { nl, tr } of pairs) {
    if (tr.stamp !== nl.hash) stamped++;
    lines[tr.line] = setMarker(lines[tr.line]!, tr, nl.hash);
  }
  return { source: lines.join("\n"), stamped };
}

/** "## Title {#id}": an explicit id at the end of a heading (letters of any script). */
export const EXPLICIT_ID = /\s*\{#([\p{L}\p{N}][\p{L}\p{N}_-]*)\}\s*$/u;

/** The id a Dutch heading gets on the built page: its explicit `{#id}`, or the slug of its text. */
export function dutchHeadingId(unit: Unit): string {
  const explicit = unit.text.match(EXPLICIT_ID);
  if (explicit) return explicit[1]!;
  return slugify(textOf(md.renderInline(unit.text.replace(/^#+\s*/, "").replace(/\s+#+$/, ""))));
}

/**
 * The translated page with each Markdown heading carrying its Dutch heading's id as `{#id}`, so links to a
 * section, the contents list and the language switch land on the same section in every language.
 */
export function withDutchHeadingIds(nlSource: string, trSource: string): string {
  const { pairs } = checkPage(nlSource, trSource);
  const lines = trSource.split("\n");
  for (const { nl, tr } of pairs) {
    if (!tr.kind.startsWith("heading")) continue;
    const line = lines[tr.line]!;
    if (!/^\s{0,3}#/.test(line)) continue; // only ATX headings ("## Title") carry an id
    const marker = line.match(BODY_MARKER)?.[0] ?? "";
    lines[tr.line] = `${line.replace(BODY_MARKER, "").replace(EXPLICIT_ID, "")} {#${dutchHeadingId(nl)}}${marker}`;
  }
  return lines.join("\n");
}
