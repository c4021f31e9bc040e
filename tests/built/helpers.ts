// Reading the built site (dist/) for the tests that check every page.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { parse, type HTMLElement } from "node-html-parser";

export const DIST = path.resolve("dist");

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

export interface BuiltPage {
  /** The address the page is served at ("/uk/signalen/", "/nl/404.html"). */
  url: string;
  file: string;
  html: string;
  doc: HTMLElement;
}

export function builtPages(): BuiltPage[] {
  if (!existsSync(DIST)) throw new Error("dist/ is missing: run `npm run build` first");
  return walk(DIST)
    .filter((f) => f.endsWith(".html"))
    .map((file) => {
      const rel = "/" + path.relative(DIST, file).split(path.sep).join("/");
      const url = rel.endsWith("/index.html") ? rel.slice(0, -"index.html".length) : rel;
      const html = readFileSync(file, "utf8");
      return { url, file, html, doc: parse(html) };
    })
    .sort((a, b) => a.url.localeCompare(b.url));
}

/** The file a site-absolute link points to, if it exists. */
export function resolveLink(href: string): string | undefined {
  const clean = decodeURI(href.split(/[?#]/)[0]!);
  const candidates = clean.endsWith("/") ? [path.join(DIST, clean, "index.html")] : [path.join(DIST, clean), path.join(DIST, clean, "index.html")];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

export const gzipSize = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
