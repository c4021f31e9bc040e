// Figures and legal rules the pages state. Pages render these through the `fact` shortcode and never
// retype them. Every entry has its source and the date it was last checked against that source
// (see README: "Re-verifying facts"). Facts marked unconfirmed in shared/reference/facts.md are not here:
// the pages link to the organisation instead.
import { checkedOn, type Source } from "./types/source.ts";

export type FactValue =
  | { kind: "money"; amount: number; currency: "EUR" }
  | { kind: "percent"; value: number }
  | { kind: "duration"; value: number; unit: "hour" | "day" | "week" | "month" }
  /** A count of working days, which Intl has no unit for: worded through the plural strings. */
  | { kind: "workingDays"; value: number }
  | { kind: "date"; date: string }
  /** A legal rule: rendered as its citation ("Waadi, art. 9"), so the page names and sources the law. */
  | { kind: "law"; citation: string };

export interface Fact {
  value: FactValue;
  source: Source;
  /**
   * ISO date from which the value is no longer current (the minimum wage changes every 1 January and
   * 1 July). From that day the pages stop showing it as current and the build warns.
   */
  expires?: string;
  /** Required with `expires`: what to compare with the source when the fact expires (the build names it). */
  recheck?: string;
}

// The previous check (22 Nov 2026) compared every value with the reference sheet and its stored copies
// of the sources; no live page could be opened from the build machine.
const SHEET = "shared/reference/facts.md (the project's checked reference sheet) and its stored copies of the source";
const src = checkedOn("2026-11-22", SHEET);
// 23 Nov 2026: the July 2026 amounts, compared with the updated reference sheet, which cites the
// Staatscourant regulation through several secondary pages; the Rijksoverheid page itself was not reachable.
const srcWage = checkedOn("2026-11-23", "shared/reference/facts.md, updated Nov 2026 (amounts from 1 July 2026, confidence M)");
const srcLaw = checkedOn("2026-11-23", "shared/reference/facts.md (rule H: several consistent sources)");

const MINIMUM_WAGE = srcWage("https://www.rijksoverheid.nl/onderwerpen/minimumloon/bedragen-minimumloon/bedragen-minimumloon-2026", "M");
/** The minimum wage is indexed every 1 January and 1 July: the July 2026 amounts stop being current then. */
const NEXT_INDEXATION = "2027-01-01";
const WAGE_RECHECK = (age: string) => `the gross hourly minimum wage for ${age} from the next indexation (1 January or 1 July)`;
const WORKING_HOURS = src("https://www.arboportaal.nl/onderwerpen/werk--en-rusttijden-arbeidstijdenwet");
const GOOD_LANDLORDSHIP = src("https://www.volkshuisvestingnederland.nl/onderwerpen/wet-goed-verhuurderschap/wgv-voor-arbeidsmigranten");
const REFLECTION = src("https://www.wegwijzermensenhandel.nl/ondersteunen-van-slachtoffers/verblijf-in-nederland-voor-slachtoffers");
const UKRAINE_WORK = src("https://www.westerkwartier.nl/vluchtelingen-uit-oekraine-in-dienst-nemen");

export const facts = {
  /** Statutory minimum wage per hour, gross, age 21 and over, from 1 July 2026. */
  minimumWage21: { value: { kind: "money", amount: 14.99, currency: "EUR" }, source: MINIMUM_WAGE, expires: NEXT_INDEXATION, recheck: WAGE_RECHECK("age 21 and over") },
  /** Age 20 (80%), 19 (60%) and 18 (50%), from 1 July 2026. */
  minimumWage20: { value: { kind: "money", amount: 11.99, currency: "EUR" }, source: MINIMUM_WAGE, expires: NEXT_INDEXATION, recheck: WAGE_RECHECK("age 20") },
  minimumWage19: { value: { kind: "money", amount: 8.99, currency: "EUR" }, source: MINIMUM_WAGE, expires: NEXT_INDEXATION, recheck: WAGE_RECHECK("age 19") },
  minimumWage18: { value: { kind: "money", amount: 7.5, currency: "EUR" }, source: MINIMUM_WAGE, expires: NEXT_INDEXATION, recheck: WAGE_RECHECK("age 18") },
  /** The day the amounts above apply from. */
  minimumWageFrom: {
    value: { kind: "date", date: "2026-07-01" },
    source: MINIMUM_WAGE,
    expires: NEXT_INDEXATION,
    recheck: "the date from which the new minimum-wage amounts apply",
  },
  holidayAllowance: { value: { kind: "percent", value: 8 }, source: src("https://www.rijksoverheid.nl/onderwerpen/vakantiegeld") },
  /** Most an employer may deduct from the minimum wage for (certified) housing; phase-out dropped Oct 2025. */
  housingDeductionMax: {
    value: { kind: "percent", value: 25 },
    source: src("https://www.gemeente.nu/ruimte-milieu/wonen/regeling-voor-huisvestingskosten-arbeidsmigranten-blijft-bestaan/"),
  },
  separateRentalContractFrom: { value: { kind: "date", date: "2023-07-01" }, source: GOOD_LANDLORDSHIP },
  /** Deposit: at most this many months of bare rent. */
  depositMaxMonths: { value: { kind: "duration", value: 2, unit: "month" }, source: GOOD_LANDLORDSHIP },
  /** Art. 7:655 BW: the essentials of the job in writing within one week, the rest within one month. */
  jobInfoEssentials: { value: { kind: "duration", value: 1, unit: "week" }, source: src("https://wetten.overheid.nl/BWBR0005290/#Boek7_Titeldeel10_Afdeling2_Artikel655") },
  jobInfoRest: { value: { kind: "duration", value: 1, unit: "month" }, source: src("https://wetten.overheid.nl/BWBR0005290/#Boek7_Titeldeel10_Afdeling2_Artikel655") },
  maxShift: { value: { kind: "duration", value: 12, unit: "hour" }, source: WORKING_HOURS },
  maxWeek: { value: { kind: "duration", value: 60, unit: "hour" }, source: WORKING_HOURS },
  /** The periods over which the weekly averages apply. */
  averagingPeriodShort: { value: { kind: "duration", value: 4, unit: "week" }, source: WORKING_HOURS },
  averagingPeriodLong: { value: { kind: "duration", value: 16, unit: "week" }, source: WORKING_HOURS },
  avgWeek4Weeks: { value: { kind: "duration", value: 55, unit: "hour" }, source: WORKING_HOURS },
  avgWeek16Weeks: { value: { kind: "duration", value: 48, unit: "hour" }, source: WORKING_HOURS },
  restAfterShift: { value: { kind: "duration", value: 11, unit: "hour" }, source: WORKING_HOURS },
  restAfterShiftShortened: { value: { kind: "duration", value: 8, unit: "hour" }, source: WORKING_HOURS },
  weeklyRest: { value: { kind: "duration", value: 36, unit: "hour" }, source: WORKING_HOURS },
  maxNightShift: { value: { kind: "duration", value: 10, unit: "hour" }, source: WORKING_HOURS },
  /** People from Ukraine: the employer tells UWV at least this long before work starts. */
  uwvNotice: { value: { kind: "workingDays", value: 2 }, source: UKRAINE_WORK },
  noWorkPermitSince: { value: { kind: "date", date: "2022-04-01" }, source: UKRAINE_WORK },
  /** An agency or recruiter may not charge the worker for finding work or placing them (vergoedingsverbod). */
  recruitmentFeeBan: { value: { kind: "law", citation: "Waadi, art. 9" }, source: srcLaw("https://wetten.overheid.nl/BWBR0009755/#Paragraaf3_Artikel9") },
  /**
   * At least the net minimum wage is paid by bank transfer into an account in the worker's own name; only
   * what is above it may be paid in cash (Wet aanpak schijnconstructies, in force 1 January 2016, in the Wml).
   */
  payByBankTransfer: {
    value: { kind: "law", citation: "Wet minimumloon" },
    source: checkedOn("2026-12-04", "shared/reference/facts.md, added 2026-12-04 (rule H: several consistent sources)")("https://wetten.overheid.nl/BWBR0002638"),
  },
  /** Reflection period for non-Dutch victims (art. 8(k) Vw 2000, Vc B8/3). */
  reflectionPeriod: { value: { kind: "duration", value: 3, unit: "month" }, source: REFLECTION },
} satisfies Record<string, Fact>;

export type FactId = keyof typeof facts;
export default facts;
