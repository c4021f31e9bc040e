// What search engines, CDNs and browsers get from the built site: absolute canonical and language
// links, a description on every page, a sitemap of every page, content-hashed assets, and a .br and .gz
// copy of every text file that unpacks to the very same bytes.
import { readFileSync } from "node:fs";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../_data/locales.ts";
import { fingerprintedName } from "../../site/_lib/publish/fingerprint.ts";
import { listFiles } from "../../site/_lib/publish/files.ts";
import { isCompressible } from "../../site/_lib/publish/precompress.ts";
import { siteUrl } from "../../site/_lib/publish/site-url.ts";
import { builtPages, DIST, resolveLink } from "./helpers.ts";

const pages = builtPages();
const base = siteUrl();
const local = (href: string) => (href.startsWith(`${base}/`) ? href.slice(base.length) : undefined);
const sitemap = readFileSync(path.join(DIST, "sitemap.xml"), "utf8");

describe("addresses for search engines", () => {
  it.each(pages.map((p) => [p.url, p] as const))("%s: absolute canonical, all four languages and x-default, a description", (url, page) => {
    const canonical = page.doc.querySelectorAll('link[rel="canonical"]').map((l) => l.getAttribute("href"));
    expect(canonical).toEqual([`${base}${url}`]);
    const alternates: Record<string, string> = Object.fromEntries(
      page.doc.querySelectorAll('link[rel="alternate"]').map((l) => [l.getAttribute("hreflang")!, l.getAttribute("href")!]),
    );
    expect(Object.keys(alternates).sort()).toEqual([...LOCALES, "x-default"].sort());
    for (const [lang, href] of Object.entries(alternates)) {
      expect(resolveLink(local(href) ?? "not absolute: " + href), `${lang} ${href}`).toBeDefined();
    }
    expect(alternates["x-default"]).toBe(`${base}/`);
    const description = page.doc.querySelector('meta[name="description"]')?.getAttribute("content") ?? "";
    expect(description.length, "description").toBeGreaterThan(20);
  });

  it("the sitemap lists every page but the 404 pages, each with its language alternates", () => {
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => local(m[1]!));
    const expected = pages.map((p) => p.url).filter((u) => !u.endsWith("404.html"));
    expect(listed.sort()).toEqual(expected.sort());
    expect(sitemap.match(/<url>/g)!.length * (LOCALES.length + 1)).toBe(sitemap.match(/<xhtml:link rel="alternate"/g)!.length);
    expect(sitemap).toContain(`<xhtml:link rel="alternate" hreflang="uk" href="${base}/uk/melden/q3/"/>`);
  });

  it("robots.txt lets every crawler in and names the sitemap", () => {
    const robots = readFileSync(path.join(DIST, "robots.txt"), "utf8");
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Disallow: \/\s*$/m);
    expect(robots).toContain(`Sitemap: ${base}/sitemap.xml`);
  });
});

describe("assets and compressed copies", () => {
  it("pages load styles and scripts only under names made from their content", () => {
    const loaded = new Set(pages.flatMap((p) => [
      ...p.doc.querySelectorAll('link[rel="stylesheet"]').map((l) => l.getAttribute("href")!),
      ...p.doc.querySelectorAll("script[src]").map((s) => s.getAttribute("src")!),
    ]));
    expect(loaded.size).toBeGreaterThanOrEqual(3);
    for (const href of loaded) {
      const name = path.basename(href);
      const plain = name.replace(/\.[0-9a-f]{10}\.(css|js)$/, ".$1");
      expect(name, href).not.toBe(plain);
      expect(fingerprintedName(plain, readFileSync(path.join(DIST, href))), href).toBe(name);
    }
  });

  it("every HTML, CSS, JS, SVG, JSON and XML file has a .br and a .gz copy that unpack to the same bytes", () => {
    const files = listFiles(DIST).filter(isCompressible);
    expect(files.filter((f) => f.endsWith(".html")).length).toBe(pages.length);
    for (const rel of files) {
      const original = readFileSync(path.join(DIST, rel));
      expect(brotliDecompressSync(readFileSync(path.join(DIST, `${rel}.br`))).equals(original), `${rel}.br`).toBe(true);
      expect(gunzipSync(readFileSync(path.join(DIST, `${rel}.gz`))).equals(original), `${rel}.gz`).toBe(true);
    }
  });
});
