import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../_data/locales.ts";
import { checkPages } from "../../site/_lib/check-data.ts";

const list = (dir: string, base = dir): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(path.join(dir, n)).isDirectory() ? list(path.join(dir, n), base) : [path.relative(base, path.join(dir, n))]));

describe("prose pages", () => {
  it("every language folder has every page", () => {
    const pages = Object.fromEntries(LOCALES.map((l) => [l, list(path.join("site", l))]));
    expect(checkPages(pages, (l) => `site/${l}`)).toEqual([]);
    expect(pages.nl!.length).toBeGreaterThanOrEqual(12);
  });
});
