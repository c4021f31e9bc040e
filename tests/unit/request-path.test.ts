import { describe, expect, it } from "vitest";
import { isSafeRequestPath, MAX_URL_LENGTH } from "../../site/_lib/publish/request-path.ts";

describe("isSafeRequestPath", () => {
  it("lets ordinary page addresses through", () => {
    for (const url of ["/", "/nl/", "/uk/melden/q3/", "/assets/site.css", "/ru/signalen/?x=1", "/nl/%C3%A9/"]) expect(isSafeRequestPath(url)).toBe(true);
  });

  it("stops traversal, encoded slashes, null bytes, absolute forms and overlong addresses", () => {
    const bad = [
      "/../etc/passwd",
      "/nl/../../etc/passwd",
      "/%2e%2e/etc/passwd",
      "/%2E%2E%2Fetc%2Fpasswd",
      "/nl%2f..%2f..%2fetc",
      "/..%5c..%5cwindows",
      "/nl/%00.html",
      "/nl/\0",
      "//evil.example/",
      "http://evil.example/etc/passwd",
      "etc/passwd",
      "/%E0%A4%A",
      "/./nl/",
      `/${"a".repeat(MAX_URL_LENGTH)}`,
    ];
    for (const url of bad) expect(isSafeRequestPath(url), url).toBe(false);
  });
});
