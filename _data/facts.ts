// Figures and legal rules the pages state. Pages render these through the `fact` shortcode and never
// retype them. Every entry has its source and the date it was last checked against that source
// (see README: "Re-verifying facts"). Facts marked unconfirmed in shared/reference/facts.md are not here:
// the pages link to the organisation instead.
import { checkedOn, type Source } from "../site/_lib/source.ts";

export type FactValue =
  | { kind: "money"; amount: number; currency: "EUR" }
  | { kind: "percent"; value: number }
  | { kind: "duration"; value: number; unit: "hour" | "day" | "week" | "month" }
  /** A count of working days, which Intl has no unit for: worded through the plural strings. */
  | { kind: "workingDays"; value: number }
  | { kind: "date"; date: string };

export interface Fact {
  value: FactValue;
  source: Source;
}

const src = checkedOn("2026-11-22");

const MINIMUM_WAGE = src("https://www.rijksoverheid.nl/onderwerpen/minimumloon/bedragen-minimumloon");
const WORKING_HOURS = src("https://www.arboportaal.nl/onderwerpen/werk--en-rusttijden-arbeidstijdenwet");
const GOOD_LANDLORDSHIP = src("https://www.volkshuisvestingnederland.nl/onderwerpen/wet-goed-verhuurderschap/wgv-voor-arbeidsmigranten");
const REFLECTION = src("https://www.wegwijzermensenhandel.nl/ondersteunen-van-slachtoffers/verblijf-in-nederland-voor-slachtoffers");
const UKRAINE_WORK = src("https://www.westerkwartier.nl/vluchtelingen-uit-oekraine-in-dienst-nemen");

export const facts = {
  /** Statutory minimum wage per hour, age 21 and over, from 1 January 2026. */
  minimumWage21: { value: { kind: "money", amount: 14.71, currency: "EUR" }, source: MINIMUM_WAGE },
  minimumWage20: { value: { kind: "money", amount: 11.77, currency: "EUR" }, source: MINIMUM_WAGE },
  minimumWage18: { value: { kind: "money", amount: 7.36, currency: "EUR" }, source: MINIMUM_WAGE },
  minimumWageFrom: { value: { kind: "date", date: "2026-01-01" }, source: MINIMUM_WAGE },
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
  /** Reflection period for non-Dutch victims (art. 8(k) Vw 2000, Vc B8/3). */
  reflectionPeriod: { value: { kind: "duration", value: 3, unit: "month" }, source: REFLECTION },
} satisfies Record<string, Fact>;

export type FactId = keyof typeof facts;
export default facts;
