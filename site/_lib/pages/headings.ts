// Heading ids and the contents list of a long page, worked out from the page's rendered HTML at build
// time (no JavaScript in the browser). Ids are made here, not by Eleventy's IdAttributePlugin, because
// that plugin runs after the layout, and the layout needs the ids to link the contents list.

export interface Heading {
  level: 2 | 3;
  id: string;
  /** The heading's text, tags removed and entities decoded. */
  text: string;
}

/** A page with at least this many h2 and h3 headings opens with a contents list. */
export const CONTENTS_MIN_HEADINGS = 8;

/** Ids the layout itself uses around the page body; a heading never takes one of them. */
export const LAYOUT_IDS = ["main", "menu", "sources", "contents"] as const;

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** Text of an HTML fragment: tags dropped, the entities Markdown output uses decoded. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, "")
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === "#") {
        const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * A readable, valid id from a heading's text in any script: letters and digits kept as they are
 * (Cyrillic stays Cyrillic, so every language gets an id it can read), everything else one hyphen.
 */
export function slugify(text: string): string {
  const slug = text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[’'`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  return slug || "section";
}

// An h2 or h3 with its attributes and content. Markdown output and the site's components never nest
// headings, so the first closing tag of the same level ends it.
const HEADING = /<h([23])((?:\s[^>]*)?)>([\s\S]*?)<\/h\1>/g;
const ID_ATTR = /\sid\s*=\s*(?:"([^"]*)"|'([^']*)')/;
/** "## Title {#stable-id}" in Markdown: an explicit id that survives a change of the text. */
const EXPLICIT_ID = /\s*\{#([\p{L}\p{N}][\p{L}\p{N}_-]*)\}\s*$/u;

/**
 * Gives every h2 and h3 in `html` an id (keeping ids already there, taking an explicit `{#id}` at the
 * end of the heading's text) and lists them in order. Ids are unique within the page and never one
 * of `reserved`: a repeated text gets "-2", "-3".
 */
export function withHeadingIds(html: string, reserved: readonly string[] = LAYOUT_IDS): { html: string; headings: Heading[] } {
  const taken = new Set<string>(reserved);
  // Ids already in the fragment (cards, diagrams) are taken before any heading is named.
  for (const m of html.matchAll(/\sid\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) taken.add(m[1] ?? m[2]!);
  const headings: Heading[] = [];
  const out = html.replace(HEADING, (whole, level: string, attrs: string, inner: string) => {
    const existing = attrs.match(ID_ATTR);
    const explicit = inner.match(EXPLICIT_ID);
    const body = explicit ? inner.replace(EXPLICIT_ID, "") : inner;
    const text = textOf(body);
    let id: string;
    if (existing) {
      id = existing[1] ?? existing[2]!;
    } else {
      id = unique(explicit ? explicit[1]! : slugify(text), taken);
      taken.add(id);
    }
    headings.push({ level: Number(level) as 2 | 3, id, text });
    if (existing && !explicit) return whole;
    return `<h${level}${existing ? attrs : `${attrs} id="${id}"`}>${body}</h${level}>`;
  });
  return { html: out, headings };
}

function unique(id: string, taken: ReadonlySet<string>): string {
  if (!taken.has(id)) return id;
  let n = 2;
  while (taken.has(`${id}-${n}`)) n++;
  return `${id}-${n}`;
}

/**
 * The contents list of a page: its h2 sections, when the page has at least `min` headings (h2 and h3)
 * and at least two sections to choose between; otherwise none.
 */
export function contentsOf(headings: readonly Heading[], min = CONTENTS_MIN_HEADINGS): Heading[] {
  if (headings.length < min) return [];
  const sections = headings.filter((h) => h.level === 2);
  return sections.length >= 2 ? sections : [];
}
