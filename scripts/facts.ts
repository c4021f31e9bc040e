// `npm run facts`: the municipal editors' work list (what expires, what was never checked at its source,
// what the organisations must confirm), then every fact for a re-check, soonest expiry first.
// SITE_TODAY=YYYY-MM-DD sets the day.
import facts from "../_data/facts.ts";
import organisations from "../_data/organisations.ts";
import { municipalities } from "../_data/municipalities.ts";
import { factsReport } from "../site/_lib/facts/facts-report.ts";
import { editorsWorkList } from "../site/_lib/facts/work-list.ts";
import { siteToday } from "../site/_lib/facts/today.ts";

const today = siteToday();
console.log(`Work list for the municipal editors on ${today}\n`);
console.log(editorsWorkList(facts, organisations, municipalities, today).join("\n"));
console.log(`Every fact in _data/facts.ts, soonest expiry first:\n`);
console.log(factsReport(facts, today).join("\n"));
