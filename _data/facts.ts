// Figures and legal rules the pages state. Pages render these through the `fact` shortcode and never
// retype them. Every entry has its source, the date it was last checked, and how (`checkedAt`: at the
// source itself, or only via a stored copy, the facts sheet or another site; see README: "Re-verifying"). Facts marked unconfirmed in shared/reference/facts.md are not here:
// the pages link to the organisation instead.
import { checkedOn, lawSource, type Source } from "./types/source.ts";

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

// How each value was checked (see _data/types/source.ts: only "source" may show "checked on DATE").
// 22 Nov 2026: every value compared with the reference sheet; no live page could be opened from the build
// machine, and nobody opened these pages elsewhere, so none of them counts as checked at the source.
const SHEET = "shared/reference/facts.md (the project's checked reference sheet); the page at the URL itself was not opened";
const src = checkedOn("2026-11-22", "sheet", SHEET);
// 23 Nov 2026: the July 2026 amounts, compared with the updated reference sheet, which cites the
// Staatscourant regulation through several secondary pages; the Rijksoverheid page itself was not reachable.
const srcWage = checkedOn("2026-11-23", "sheet", "shared/reference/facts.md, updated Nov 2026 (amounts from 1 July 2026, confidence M, from secondary pages citing the Staatscourant)");
// 4 Dec 2026: values changed after the December fact review (docs/fact-review-2026-12.md), compared with
// the facts sheet as corrected and extended that day.
const srcDec = checkedOn("2026-12-04", "sheet", "shared/reference/facts.md, corrected and extended on 4 Dec 2026 (second fact review); the page at the URL itself was not opened");
// 4 Dec 2026: the fact review read a stored copy (age unknown) of this very page and found the value right.
const reviewCopy = (what: string) => checkedOn("2026-12-04", "copy", `a stored copy of this page, read by the fact review of 4 Dec 2026 (shared/reviews/facts-2026-12.md ${what})`);

const MINIMUM_WAGE = srcWage("https://www.rijksoverheid.nl/onderwerpen/minimumloon/bedragen-minimumloon/bedragen-minimumloon-2026", "M");
/** The minimum wage is indexed every 1 January and 1 July: the July 2026 amounts stop being current then. */
const NEXT_INDEXATION = "2027-01-01";
const WAGE_RECHECK = (age: string) => `the gross hourly minimum wage for ${age} from the next indexation (1 January or 1 July)`;
const WORKING_HOURS = src("https://www.arboportaal.nl/onderwerpen/werk--en-rusttijden-arbeidstijdenwet");
const GOOD_LANDLORDSHIP = srcDec("https://www.volkshuisvestingnederland.nl/onderwerpen/wet-goed-verhuurderschap/wgv-voor-arbeidsmigranten");
const REFLECTION = src("https://www.wegwijzermensenhandel.nl/ondersteunen-van-slachtoffers/verblijf-in-nederland-voor-slachtoffers");
const BW7_655 = lawSource(src, "https://wetten.overheid.nl/BWBR0005290/#Boek7_Titeldeel10_Afdeling2_Artikel655", { bwbr: "BWBR0005290", title: "Burgerlijk Wetboek Boek 7" });
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
  /**
   * Most an employer may deduct from the minimum wage for housing: only certified housing, only with the
   * worker's written consent; phase-out dropped Oct 2025 (the primary news item replaces gemeente.nu).
   */
  housingDeductionMax: {
    value: { kind: "percent", value: 25 },
    source: reviewCopy("#9")("https://www.rijksoverheid.nl/actueel/nieuws/2025/10/30/regeling-voor-huisvestingskosten-arbeidsmigranten-blijft-bestaan"),
  },
  separateRentalContractFrom: { value: { kind: "date", date: "2023-07-01" }, source: GOOD_LANDLORDSHIP },
  /** Deposit: at most this many months of bare rent, for rental contracts from 1 July 2023 (Wgv), not older ones. */
  depositMaxMonths: { value: { kind: "duration", value: 2, unit: "month" }, source: GOOD_LANDLORDSHIP },
  /** Art. 7:655 BW: the essentials of the job in writing within one week, the rest within one month. */
  jobInfoEssentials: { value: { kind: "duration", value: 1, unit: "week" }, source: BW7_655 },
  jobInfoRest: { value: { kind: "duration", value: 1, unit: "month" }, source: BW7_655 },
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
  /**
   * An agency or recruiter may not charge the worker for finding work (Waadi art. 3(1), arbeidsbemiddeling)
   * or for placing them (art. 9, terbeschikkingstelling). The link once opened BWBR0009755, the
   * Elektriciteitswet 1998 (fact review 2026-12, P3).
   */
  recruitmentFeeBan: {
    value: { kind: "law", citation: "Waadi, art. 3(1), art. 9" },
    source: lawSource(srcDec, "https://wetten.overheid.nl/BWBR0009616/", { bwbr: "BWBR0009616", title: "Wet allocatie arbeidskrachten door intermediairs" }),
  },
  /**
   * Under 18 no coercion is needed: recruiting, transporting or housing a minor to exploit them is
   * trafficking (art. 273f(1) sub 2 Sr), and so is bringing a minor to sex work for payment (sub 5).
   * Fact review 2026-12, P4; facts sheet, added 4 Dec 2026.
   */
  minorsNoCoercion: {
    value: { kind: "law", citation: "art. 273f(1) sub 2, 5 Sr" },
    source: lawSource(srcDec, "https://wetten.overheid.nl/BWBR0001854/", { bwbr: "BWBR0001854", title: "Wetboek van Strafrecht" }),
  },
  /**
   * At least the net minimum wage is paid by bank transfer into an account in the worker's own name; only
   * what is above it may be paid in cash (Wet aanpak schijnconstructies, in force 1 January 2016, in the Wml).
   */
  payByBankTransfer: {
    value: { kind: "law", citation: "Wet minimumloon" },
    source: lawSource(srcDec, "https://wetten.overheid.nl/BWBR0002638/", { bwbr: "BWBR0002638", title: "Wet minimumloon en minimumvakantiebijslag" }),
  },
  /** Reflection period for victims without lawful residence (art. 8(k) Vw 2000, Vc B8/3; limits for EU citizens). */
  reflectionPeriod: { value: { kind: "duration", value: 3, unit: "month" }, source: REFLECTION },
} satisfies Record<string, Fact>;

export type FactId = keyof typeof facts;
export default facts;
