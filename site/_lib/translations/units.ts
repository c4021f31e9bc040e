// Translation units of a Markdown page: Dutch is the source, every other language translates it unit by
// unit. A unit is the front matter's title or description, a heading, a paragraph, a list item, a table
// row, a callout (blockquote), a block that is only a shortcode, an HTML block. A translated unit records
// which version of its Dutch unit it translates: a short hash of the Dutch unit's normalised source, in a
// marker at the end of the unit's last line (`<!-- nl:3fa2c1 -->`; in the front matter a YAML comment
// `# nl:3fa2c1`). The markers are stripped before Eleventy renders a page (stripMarkers).
import { createHash } from "node:crypto";
import markdownIt, { type Token } from "markdown-it";

export type UnitKind =
  | "title"
  | "description"
  | "heading 1"
  | "heading 2"
  | "heading 3"
  | "heading 4"
  | "paragraph"
  | "shortcode"
  | "list item"
  | "nested list item"
  | "table row"
  | "callout"
  | "html"
  | "code";

export interface Unit {
  kind: UnitKind;
  /** 1-based position among the page's units (front matter first), as messages name it. */
  n: number;
  /** The unit's normalised source: what its hash is made of. */
  text: string;
  /** Hash of `text`: the version a translation of this unit records. */
  hash: string;
  /** The hash recorded in the unit's marker, if any (translations only). */
  stamp?: string;
  /** 0-based line in the whole file where the marker belongs (the unit's last own line). */
  line: number;
  /** Things that read the same in every language: shortcodes with their arguments, link targets, digits. */
  signature: string;
}

const md = markdownIt({ html: true });

/** A marker at the end of a Markdown line, and a marker comment at the end of a front matter line. */
const BODY_MARKER = /[ \t]*<!-- nl:([0-9a-f]{6}) -->[ \t]*$/;
const YAML_MARKER = /[ \t]+# nl:([0-9a-f]{6})[ \t]*$/;
/** Front matter keys whose values are text a reader sees. */
const TEXT_KEYS = ["title", "description"] as const;

export function hashOf(text: string): string {
  return createHash("sha1").update(text, "utf8").digest("hex").slice(0, 6);
}

/** The page without its body markers (front matter comments are YAML comments: harmless). */
export function stripMarkers(body: string): string {
  return body
    .split("\n")
    .map((line) => line.replace(BODY_MARKER, ""))
    .join("\n");
}

function normalise(lines: readonly string[], kind: UnitKind): string {
  let text = lines.map((l) => l.trim()).join(" ");
  if (kind === "list item" || kind === "nested list item") text = text.replace(/^([-*+]|\d+[.)])\s+/, "");
  if (kind === "callout") text = text.replace(/(^|\s)>\s?/g, "$1");
  return text.replace(/\s+/g, " ").trim();
}

/** What stays the same in a faithful translation: shortcodes and their arguments, link targets, numbers. */
export function signatureOf(text: string): string {
  const parts = [
    ...[...text.matchAll(/\{%-?\s*(\w+)([^%]*)%\}/g)].map((m) => `${m[1]}${m[2]!.replace(/\s+/g, "")}`),
    ...[...text.matchAll(/\]\(([^)]*)\)/g)].map((m) => m[1]!.replace(/\s+/g, "")),
    ...[...text.replace(/\{[{%][\s\S]*?[}%]\}/g, "").matchAll(/\d+/g)].map((m) => m[0]),
  ];
  return parts.join("|");
}

/** Splits a file into its front matter lines (with the fences) and the body's first line. */
function frontMatterEnd(lines: readonly string[]): number {
  if (lines[0]?.trim() !== "---") return 0;
  const close = lines.findIndex((l, i) => i > 0 && l.trim() === "---");
  return close < 0 ? 0 : close + 1;
}

function unquote(value: string): string {
  const v = value.trim();
  if ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'"))) return v.slice(1, -1);
  return v;
}

/** The units of a Markdown page (front matter included), in reading order. */
export function unitsOf(source: string): Unit[] {
  const lines = source.split("\n");
  const bodyStart = frontMatterEnd(lines);
  const raw: Omit<Unit, "n" | "hash" | "signature">[] = [];

  for (let i = 1; i < bodyStart - 1; i++) {
    const line = lines[i]!;
    const key = TEXT_KEYS.find((k) => line.startsWith(`${k}:`));
    if (!key) continue;
    const stamp = line.match(YAML_MARKER)?.[1];
    raw.push({ kind: key, text: unquote(line.replace(YAML_MARKER, "").slice(key.length + 1)), line: i, ...(stamp ? { stamp } : {}) });
  }

  const body = lines.slice(bodyStart);
  const stamps = body.map((l) => l.match(BODY_MARKER)?.[1]);
  const clean = body.map((l) => l.replace(BODY_MARKER, ""));
  const tokens = md.parse(clean.join("\n"), {});

  const push = (kind: UnitKind, from: number, to: number) => {
    // `to` is exclusive; blank lines at the end belong to no unit.
    while (to > from + 1 && !clean[to - 1]!.trim()) to--;
    const last = to - 1;
    const stamp = stamps[last];
    raw.push({ kind, text: normalise(clean.slice(from, to), kind), line: bodyStart + last, ...(stamp ? { stamp } : {}) });
  };

  // Depth of list items and blockquotes we are inside: their paragraphs belong to them.
  let inItem = 0;
  let inQuote = 0;
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t]!;
    switch (tok.type) {
      case "heading_open":
        if (!inItem && !inQuote) push(`heading ${tok.tag.slice(1)}` as UnitKind, tok.map![0], tok.map![1]);
        break;
      case "paragraph_open":
        if (!inItem && !inQuote) {
          const content = tokens[t + 1]!.content.trim();
          push(/^\{%[^%]*%\}$/.test(content) ? "shortcode" : "paragraph", tok.map![0], tok.map![1]);
        }
        break;
      case "list_item_open": {
        if (inQuote) break;
        // The item's own lines end where a nested list starts.
        let end = tok.map![1];
        for (let u = t + 1; u < tokens.length && tokens[u]!.type !== "list_item_close"; u++) {
          const inner = tokens[u]!;
          if ((inner.type === "bullet_list_open" || inner.type === "ordered_list_open") && inner.map) {
            end = inner.map[0];
            break;
          }
        }
        push(inItem ? "nested list item" : "list item", tok.map![0], end);
        inItem++;
        break;
      }
      case "list_item_close":
        if (!inQuote) inItem--;
        break;
      case "blockquote_open":
        if (!inItem && !inQuote) push("callout", tok.map![0], tok.map![1]);
        inQuote++;
        break;
      case "blockquote_close":
        inQuote--;
        break;
      case "tr_open":
        if (!inItem && !inQuote) push("table row", tok.map![0], tok.map![1]);
        break;
      case "html_block":
        if (!inItem && !inQuote) push("html", tok.map![0], tok.map![1]);
        break;
      case "fence":
      case "code_block":
        if (!inItem && !inQuote) push("code", tok.map![0], tok.map![1]);
        break;
    }
  }
  return raw.map((u, i) => ({ ...u, n: i + 1, hash: hashOf(`${u.kind}\n${u.text}`), signature: signatureOf(u.text) }));
}

/** A unit as a message names it: `unit 12 (list item "Je krijgt contant betaald…")`. */
export function describe(unit: Unit): string {
  const plain = unit.text
    .replace(/^#+\s*/, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\{%-?\s*\w+\s+"([^"]*)"[^%]*%\}/g, "$1")
    .replace(/\*\*|`/g, "");
  const short = plain.length > 48 ? `${plain.slice(0, 47).trimEnd()}…` : plain;
  return `unit ${unit.n} (${unit.kind} "${short}")`;
}
