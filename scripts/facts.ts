// `npm run facts`: list every fact for a re-check, soonest expiry first. SITE_TODAY=YYYY-MM-DD sets the day.
import facts from "../_data/facts.ts";
import { factsReport } from "../site/_lib/facts/facts-report.ts";
import { siteToday } from "../site/_lib/facts/today.ts";

const today = siteToday();
console.log(`Facts in _data/facts.ts on ${today}, soonest expiry first:\n`);
console.log(factsReport(facts, today).join("\n"));
