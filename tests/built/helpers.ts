// Reading the built site (dist/) for the tests that check every page.
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { parse, type HTMLElement } from "node-html-parser";
import { listFiles, urlOfBuiltFile } from "../../site/_lib/publish/files.ts";

export const DIST = path.resolve("dist");

export interface BuiltPage {
  /** The address the page is served at ("/uk/signalen/", "/nl/404.html"). */
  url: string;
  file: string;
  html: string;
  doc: HTMLElement;
}

export function builtPages(): BuiltPage[] {
  if (!existsSync(DIST)) throw new Error("dist/ is missing: run `npm run build` first");
  return listFiles(DIST)
    .filter((f) => f.endsWith(".html"))
    .map((rel) => {
      const file = path.join(DIST, rel);
      const html = readFileSync(file, "utf8");
      return { url: urlOfBuiltFile(rel), file, html, doc: parse(html) };
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
