import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../_data/locales.ts";
import { checkPages } from "../../site/_lib/data/check-data.ts";
import { listFiles } from "../../site/_lib/publish/files.ts";


describe("prose pages", () => {
  it("every language folder has every page", () => {
    const pages = Object.fromEntries(LOCALES.map((l) => [l, listFiles(path.join("site", l))]));
    expect(checkPages(pages, (l) => `site/${l}`)).toEqual([]);
    expect(pages.nl!.length).toBeGreaterThanOrEqual(12);
  });
});
