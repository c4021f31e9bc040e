import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import organisations from "../../_data/organisations.ts";
import scenarios from "../../_data/scenarios.ts";
import type { StringKey } from "../../_data/strings/index.ts";
import tree from "../../_data/tree.ts";
import { routingTable } from "../../site/_lib/tree/routing-table.ts";
import { contextFor } from "../../site/_lib/i18n/strings.ts";

describe("the routing table in docs/tree.md", () => {
  it("is produced from the tree as it is now (run `npm run routing-table` after changing the tree)", () => {
    const en = contextFor("en");
    const table = routingTable(tree, scenarios, organisations, (key) => en.t(key as StringKey));
    expect(readFileSync("docs/tree.md", "utf8")).toContain(table);
    expect(scenarios.length).toBeGreaterThanOrEqual(30);
  });
});
