// The pure parts of the last build step: content-hashed names, reference rewriting, the sitemap.
import { describe, expect, it } from "vitest";
import { fingerprintedName, isFingerprintable, rewriteReferences } from "../../site/_lib/publish/fingerprint.ts";
import { robotsTxt, sitemapXml } from "../../site/_lib/publish/sitemap.ts";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("fingerprinting", () => {
  it("names a file after its content: same content, same name; changed content, new name", () => {
    const a = fingerprintedName("exit.js", bytes("console.log(1)"));
    expect(a).toMatch(/^exit\.[0-9a-f]{10}\.js$/);
    expect(fingerprintedName("exit.js", bytes("console.log(1)"))).toBe(a);
    expect(fingerprintedName("exit.js", bytes("console.log(2)"))).not.toBe(a);
    expect(fingerprintedName("site.css", bytes("a{}"))).toMatch(/^site\.[0-9a-f]{10}\.css$/);
  });

  it("takes every script and stylesheet, not JSON or already hashed names", () => {
    expect(["search.js", "site.css", "tree.nl.json", "exit.0123456789.js"].filter(isFingerprintable)).toEqual(["search.js", "site.css"]);
  });

  it("rewrites whole quoted references only", () => {
    const renames = new Map([["/assets/tree.js", "/assets/tree.abcdef0123.js"]]);
    const html = `<script src="/assets/tree.js"></script><a href="/assets/tree.js.map">x</a> fetch('/assets/tree.nl.json')`;
    expect(rewriteReferences(html, renames)).toBe(
      `<script src="/assets/tree.abcdef0123.js"></script><a href="/assets/tree.js.map">x</a> fetch('/assets/tree.nl.json')`,
    );
  });
});

describe("sitemap and robots.txt", () => {
  const xml = sitemapXml(["/", "/nl/", "/uk/melden/q3/", "/nl/404.html", "/404.html"], "https://example.org");

  it("lists pages with absolute addresses and their alternates, and leaves out 404 pages", () => {
    expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual(["https://example.org/", "https://example.org/nl/", "https://example.org/uk/melden/q3/"]);
    expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="ru" href="https://example.org/ru/melden/q3/"/>`);
    expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/"/>`);
    expect(xml).not.toContain("404");
  });

  it("robots.txt names the sitemap", () => {
    expect(robotsTxt("https://example.org")).toContain("Sitemap: https://example.org/sitemap.xml");
  });
});
