// sitemap.xml and robots.txt from the list of pages and the public address (SITE_URL). Each page is
// listed with its language alternates (Google's xhtml:link form), all absolute.
import { alternatesOf } from "../i18n/alternates.ts";
import { absoluteUrl } from "./site-url.ts";

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Pages a search engine should list: every built page except the 404 pages. */
export const belongsInSitemap = (url: string) => !/(^|\/)404\.html$/.test(url);

export function sitemapXml(urls: readonly string[], base: string): string {
  const entries = urls.filter(belongsInSitemap).map((url) => {
    const links = alternatesOf(url).map(
      (a) => `    <xhtml:link rel="alternate" hreflang="${a.hreflang}" href="${escapeXml(absoluteUrl(a.path, base))}"/>`,
    );
    return [`  <url>`, `    <loc>${escapeXml(absoluteUrl(url, base))}</loc>`, ...links, `  </url>`].join("\n");
  });
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">`,
    ...entries,
    `</urlset>`,
    ``,
  ].join("\n");
}

export function robotsTxt(base: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl("/sitemap.xml", base)}\n`;
}
