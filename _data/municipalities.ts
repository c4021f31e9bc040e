// What happens to a signal of human trafficking in each of the five municipalities, as their own plans
// describe it (shared/seeds/). Routing only: the texts of each step live in the UI strings
// (pro.step.<municipality>.<step>, pro.muni.<municipality>.*), the contacts here. A step names its
// municipality, so a step whose municipality is missing stops the build; a contact is an e-mail address
// or a known organisation, nothing else (checked at build start by site/_lib/data/check-data.ts).
import type { PlanRef } from "./types/plan.ts";

export interface Municipality {
  id: string;
  name: string;
  /** The municipality's own website, for readers whose municipality's route the plans do not describe. */
  url?: string;
  /** The plan the route comes from; omitted when the plans describe no route (then say so). */
  plan?: PlanRef;
  /** True where the plan says residents may also report to the municipality itself. */
  residentsMayReportToMunicipality?: boolean;
  /** What only the municipality can confirm: the editors' questions, listed by `npm run facts`. */
  askMunicipality?: readonly string[];
}

// Every municipality must agree before the print products say "a site of the municipalities …" (fact review 2026-12, #85).
const BYLINE = "that it agrees to be named on the site and the print products (\"a site of the municipalities …\")";

/** An address the plan publishes (with who it is for) or an organisation from _data/organisations.ts. */
export type Contact =
  | { email: string; audience: "meldpunt" | "staffOnly" }
  | { org: string };

export interface RouteStep {
  municipality: string;
  /** Step id; its text is pro.step.<municipality>.<id>. */
  id: string;
  contacts?: readonly Contact[];
}

const BLOEMENDAAL_PLAN: PlanRef = {
  seed: "000_abe07b85b0c20474.txt",
  section: "3.3.3",
  title: "Uitvoeringsplan aanpak mensenhandel Gemeente Bloemendaal 2024-2026",
  date: "2024",
};
const HEEMSTEDE_PLAN: PlanRef = {
  seed: "002_a913dde9b4d2a541.txt",
  section: "3.3.3",
  title: "Uitvoeringsplan aanpak mensenhandel Heemstede 2024-2026",
  date: "2024-07-09", // "Vastgesteld bij collegebesluit van 9 juli 2024"
};
const HAARLEMMERMEER_PLAN: PlanRef = {
  seed: "004_608bd8188b7cd88c.txt",
  section: "9",
  title: "Aanpak mensenhandel Haarlemmermeer 2024 tot 2027",
  date: "2024",
};
const HAARLEM_LETTER: PlanRef = {
  seed: "003_788c8e2da32ffe75.txt",
  section: "3 (memo Inventarisatie aanpak mensenhandel)",
  title: "Brief en memo aan de Commissie Bestuur: Inventarisatie aanpak mensenhandel",
  date: "2018-09-04",
};

export const municipalities = [
  { id: "haarlem", name: "Haarlem", plan: HAARLEM_LETTER, askMunicipality: [BYLINE, "how a signal is handled today (the page's source is the memo of 2018)"] },
  { id: "heemstede", name: "Heemstede", plan: HEEMSTEDE_PLAN, residentsMayReportToMunicipality: true, askMunicipality: [BYLINE] },
  { id: "bloemendaal", name: "Bloemendaal", plan: BLOEMENDAAL_PLAN, residentsMayReportToMunicipality: true, askMunicipality: [BYLINE] },
  // No plan among the seeds describes Zandvoort's route: the page says so and links to the municipality.
  { id: "zandvoort", name: "Zandvoort", url: "https://www.zandvoort.nl", askMunicipality: [BYLINE, "its route for signals (no plan among the seeds describes it)"] },
  {
    id: "haarlemmermeer",
    name: "Haarlemmermeer",
    plan: HAARLEMMERMEER_PLAN,
    askMunicipality: [BYLINE, "whether staff who deal with the public have been trained yet (the plan of 2024 says it will train them)"],
  },
] as const satisfies readonly Municipality[];

export const steps = [
  // Bloemendaal, plan §3.3.3 (six steps, the same as Heemstede's but with its own meldpunt).
  { municipality: "bloemendaal", id: "comesIn" },
  { municipality: "bloemendaal", id: "meldpunt", contacts: [{ email: "veiligheid@bloemendaal.nl", audience: "meldpunt" }] },
  { municipality: "bloemendaal", id: "enrich" },
  { municipality: "bloemendaal", id: "meeting" },
  { municipality: "bloemendaal", id: "loo", contacts: [{ org: "politie" }, { org: "riec" }] },
  { municipality: "bloemendaal", id: "feedback" },
  // Heemstede, plan §3.3.3: a weekly signals meeting.
  { municipality: "heemstede", id: "comesIn" },
  { municipality: "heemstede", id: "meldpunt", contacts: [{ email: "postbus-veiligheid@heemstede.nl", audience: "meldpunt" }] },
  { municipality: "heemstede", id: "enrich" },
  { municipality: "heemstede", id: "meeting" },
  { municipality: "heemstede", id: "loo", contacts: [{ org: "politie" }, { org: "riec" }] },
  { municipality: "heemstede", id: "feedback" },
  // Haarlemmermeer, plan §9. The plan's §9 spells the domain "haarlemmmermeer.nl" (three m's); its §11
  // and the municipality use haarlemmermeer.nl, which is what is shown (as a route for staff only).
  { municipality: "haarlemmermeer", id: "staff", contacts: [{ email: "vreemdverhaal@haarlemmermeer.nl", audience: "staffOnly" }] },
  { municipality: "haarlemmermeer", id: "casustafel" },
  { municipality: "haarlemmermeer", id: "victims", contacts: [{ org: "hvoquerido" }] },
  { municipality: "haarlemmermeer", id: "suspects", contacts: [{ org: "riec" }, { org: "zvh" }] },
  { municipality: "haarlemmermeer", id: "feedback" },
  // Haarlem, memo of 4 September 2018 §3: old, and said to be old on the page.
  { municipality: "haarlem", id: "sleutelfunctionaris" },
  { municipality: "haarlem", id: "riec", contacts: [{ org: "riec" }] },
  { municipality: "haarlem", id: "avim", contacts: [{ org: "politie" }] },
] as const satisfies readonly RouteStep[];

export type MunicipalityId = (typeof municipalities)[number]["id"];
export default { municipalities, steps };
