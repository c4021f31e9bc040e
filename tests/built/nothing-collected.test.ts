// The site collects nothing and loads nothing from elsewhere: no form, no external script, style,
// image, font or frame, no inline script; outbound links send no referrer.
import { describe, expect, it } from "vitest";
import { siteUrl } from "../../site/_lib/publish/site-url.ts";
import { builtPages } from "./helpers.ts";

const pages = builtPages();

describe("nothing collected, nothing loaded from elsewhere", () => {
  it.each(pages.map((p) => [p.url, p] as const))("%s", (_, page) => {
    const { doc } = page;
    expect(doc.querySelectorAll("form, textarea, select, iframe, frame, object, embed")).toHaveLength(0);
    // The one field is the header's search field (in a <template>, shown with JavaScript): no name and
    // no form, so nothing can be submitted.
    for (const input of doc.querySelectorAll("input")) {
      expect(input.getAttribute("type"), input.outerHTML).toBe("search");
      expect(input.hasAttribute("name") || input.hasAttribute("form"), input.outerHTML).toBe(false);
    }
    // Canonical and language links name the site's own public address; browsers load nothing from them.
    for (const link of doc.querySelectorAll('link[rel="canonical"], link[rel="alternate"]')) expect(link.getAttribute("href")).toMatch(new RegExp(`^${siteUrl()}/`));
    for (const el of doc.querySelectorAll('script, link:not([rel="canonical"]):not([rel="alternate"]), img, source, video, audio')) {
      const ref = el.getAttribute("src") ?? el.getAttribute("href") ?? "";
      expect(ref, el.outerHTML).toMatch(/^\//); // same origin only
      expect(ref.startsWith("//"), el.outerHTML).toBe(false);
    }
    for (const script of doc.querySelectorAll("script")) expect(script.getAttribute("src"), "inline script").toBeTruthy();
    expect(doc.querySelectorAll("[style]")).toHaveLength(0);
    expect(page.html).not.toMatch(/@import|url\(http/);
    for (const a of doc.querySelectorAll('a[href^="http"]')) expect(a.getAttribute("rel") ?? "", a.outerHTML).toMatch(/\bnoreferrer\b/);
  });
});
