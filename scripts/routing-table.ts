// `npm run routing-table`: rewrites the routing table in docs/tree.md from the tree and _data/scenarios.ts.
import { readFileSync, writeFileSync } from "node:fs";
import organisations from "../_data/organisations.ts";
import scenarios from "../_data/scenarios.ts";
import tree from "../_data/tree.ts";
import { routingTable, TABLE_END, TABLE_START } from "../site/_lib/tree/routing-table.ts";
import { contextFor } from "../site/_lib/i18n/strings.ts";
import type { StringKey } from "../_data/strings/index.ts";

const DOC = "docs/tree.md";
const en = contextFor("en");
const table = routingTable(tree, scenarios, organisations, (key) => en.t(key as StringKey));
const readme = readFileSync(DOC, "utf8");
const start = readme.indexOf(TABLE_START);
const end = readme.indexOf(TABLE_END);
if (start < 0 || end < 0) throw new Error(`${DOC} has no routing-table markers`);
writeFileSync(DOC, readme.slice(0, start) + table + readme.slice(end + TABLE_END.length));
console.log(`routing table: ${scenarios.length} situations`);
