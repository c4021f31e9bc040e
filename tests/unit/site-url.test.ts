import { describe, expect, it } from "vitest";
import { absoluteUrl, DEFAULT_SITE_URL, siteUrl } from "../../site/_lib/publish/site-url.ts";

describe("the public address (SITE_URL)", () => {
  it("defaults to the documented address when unset or blank", () => {
    expect(siteUrl(undefined)).toBe(DEFAULT_SITE_URL);
    expect(siteUrl("  ")).toBe(DEFAULT_SITE_URL);
  });

  it("accepts an https address, with or without a trailing slash or a sub-folder", () => {
    expect(siteUrl("https://example.org/")).toBe("https://example.org");
    expect(siteUrl(" https://gemeente.example/mensenhandel/ ")).toBe("https://gemeente.example/mensenhandel");
  });

  it("refuses anything that is not https, saying what to give instead", () => {
    expect(() => siteUrl("http://example.org")).toThrow(/SITE_URL: "http:\/\/example.org" must start with https:\/\//);
    expect(() => siteUrl("example.org")).toThrow(/is not an address.*https/);
    expect(() => siteUrl("https://example.org/?utm=1")).toThrow(/query or fragment/);
  });

  it("makes absolute addresses from site paths", () => {
    expect(absoluteUrl("/uk/melden/q3/", "https://example.org")).toBe("https://example.org/uk/melden/q3/");
    expect(absoluteUrl("uk/", "https://example.org/sub")).toBe("https://example.org/sub/uk/");
  });
});
