// The organisations the site sends people to. Names are proper nouns and stay the same in every
// language; what each is for, is not for and what happens when you contact it live in the UI strings
// (org.<id>.*). Phone numbers are stored once, normalised: E.164 where the number has one, short
// numbers (112) as they are; `display` is how people write it in the Netherlands. Numbers that
// shared/reference/facts.md marks unconfirmed or conflicting are left out: those organisations get a
// web link only.
import type { Locale } from "./locales.ts";
import { checkedOn, type Source } from "./types/source.ts";

export interface Phone {
  /** E.164 (+31…) or a short number such as 112. */
  number: string;
  display: string;
  /** "main" is the number a page shows by default. */
  use: "main" | "abroad" | "confidential";
  cost: "free" | "localRate" | "standard";
  source: Source;
}

export type Anonymity =
  | "anonymous" // never asks who you are, cannot trace you (M.)
  | "anonymousPossible" // you may stay anonymous if you want
  | "notAnonymous" // you give your name (you can ask them to keep it confidential)
  | "notApplicable" // advice or support, not a place to report
  | "anonymousResidents" // residents may stay anonymous; professionals report with their own name (Veilig Thuis)
  | "consultWithoutNames"; // for professionals: consult about a case without names, report with your own name

export interface Organisation {
  id: string;
  name: string;
  /** The name where it is an ordinary word in Dutch ("Politie"), shown with the reader's word first. */
  nameByLocale?: Partial<Record<Locale, string>>;
  /** The organisation's own website; `urlByLocale` where it has a page in another language. */
  url?: string;
  urlByLocale?: Partial<Record<Locale, string>>;
  phones: Phone[];
  email?: string;
  /**
   * Omitted for 112, where anonymity is not the question, and for the municipalities' partners (RIEC,
   * Zorg- en Veiligheidshuis), which residents do not contact: their cards say so instead.
   */
  anonymity?: Anonymity;
  /** What holds for a professional where it differs (shown on the professionals' advice pages). */
  anonymityForProfessionals?: Anonymity;
  /** True when the service is open day and night (only where the facts sheet says so). */
  alwaysOpen?: boolean;
  /**
   * When it can be reached, where the sheet allows saying more than "see the website": on weekdays in
   * office hours (CoMensha, whose exact hours conflict), online day and night (M., phone hours vary), or
   * in a crisis also outside office hours (Slachtofferhulp).
   */
  reach?: "weekdays" | "onlineAlways" | "crisisAlways";
  /** Languages the organisation's website offers, where confirmed; omitted when unknown. */
  siteLanguages?: Locale[];
  /** Where the remit, anonymity and web address come from. */
  source: Source;
  /**
   * What only the organisation itself can confirm (the sheet marks it unconfirmed or conflicting, so the
   * site links instead of stating it): the municipal editors' questions, listed by `npm run facts`.
   */
  askOrganisation?: readonly string[];
}

// How each source was checked (see _data/types/source.ts). 22 Nov 2026: compared with the reference
// sheet only; no live page could be opened from the build machine.
const src = checkedOn("2026-11-22", "sheet", "shared/reference/facts.md (the project's checked reference sheet); the page at the URL itself was not opened");
// 4 Dec 2026: the fact review read a stored copy (age unknown) of this very page and found the value right.
const reviewCopy = (what: string) => checkedOn("2026-12-04", "copy", `a stored copy of this page, read by the fact review of 4 Dec 2026 (shared/reviews/facts-2026-12.md ${what})`);

const WEGWIJZER = reviewCopy("#57, #61, #72")("https://www.wegwijzermensenhandel.nl/signaleren-van-mensenhandel/melden-van-mensenhandel");
const POLITIE_CONTACT = src("https://www.politie.nl/contact");
const PLAN_HAARLEMMERMEER = checkedOn(
  "2026-11-23",
  "copy",
  "municipal plan Aanpak mensenhandel Haarlemmermeer 2024 tot 2027, seed file 004_608bd8188b7cd88c.txt sections 9, 10 (table 2) and 11: the plan's text as stored in shared/seeds, not the published page",
);
const MMA = reviewCopy("#63, #64")("https://www.politie.nl/themas/meld-misdaad-anoniem.html");

// 23 Nov 2026: two remits moved to their primary source (fact review P6), each compared with a stored copy
// of the page; read again by the fact review of 4 Dec 2026. No live page could be opened from the build machine.
const POLITIE_REMIT = checkedOn(
  "2026-12-04",
  "copy",
  "a stored copy of this page (Wegwijzer Mensenhandel, \"Melden van mensenhandel\"), read on 23 Nov and by the fact review of 4 Dec 2026 (#61): report a suspicion to the police on 0900 8844; victims go to the AVIM, where certified trafficking detectives work. \"Ask for the AVIM in Kennemerland\" comes from velsen.nl/mensenhandel (stored copy), which the page no longer cites",
)("https://www.wegwijzermensenhandel.nl/signaleren-van-mensenhandel/melden-van-mensenhandel");
const MELDPUNT_REMIT = checkedOn(
  "2026-12-04",
  "copy",
  "a stored copy of the meldpunt's page melduitbuitingminderjarigen.nl/onze-aanpak, read on 23 Nov and by the fact review of 4 Dec 2026 (#77): anyone who suspects that a minor is exploited can report; a CoMensha consultant takes the report and gives advice; usable files go to the AVIM; this can also be done anonymously",
)("https://www.melduitbuitingminderjarigen.nl/onze-aanpak");

export const organisations = [
  {
    id: "emergency",
    name: "112",
    phones: [{ number: "112", display: "112", use: "main", cost: "free", source: WEGWIJZER }],
    alwaysOpen: true,
    // What happens when you call (which service, then where): the emergency rooms' own explanation.
    source: checkedOn("2026-11-23", "copy", "a stored copy of the page (Meldkamer Noord-Nederland, 'Als u belt')")(
      "https://www.meldkamernoordnederland.nl/als-u-belt",
    ),
  },
  {
    id: "politie",
    name: "Politie",
    nameByLocale: { en: "Police (Politie)", uk: "Поліція (Politie)", ru: "Полиция (Politie)" },
    url: "https://www.politie.nl/themas/mensenhandel.html",
    phones: [
      { number: "+319008844", display: "0900-8844", use: "main", cost: "localRate", source: POLITIE_CONTACT },
      { number: "+31343578844", display: "+31 343 578 844", use: "abroad", cost: "standard", source: POLITIE_CONTACT },
      {
        number: "+31886617734",
        display: "088-6617734",
        use: "confidential",
        cost: "standard",
        source: reviewCopy("#60")("https://www.politie.nl/informatie/wat-is-team-criminele-inlichtingen-tci.html"),
      },
    ],
    anonymity: "notAnonymous",
    source: POLITIE_REMIT,
  },
  {
    id: "mma",
    name: "Meld Misdaad Anoniem",
    url: "https://www.meldmisdaadanoniem.nl",
    phones: [{ number: "+318007000", display: "0800-7000", use: "main", cost: "free", source: MMA }],
    anonymity: "anonymous",
    reach: "onlineAlways",
    siteLanguages: ["nl", "en"],
    askOrganisation: ["the phone hours (sources conflict; the site says: see the website)", "the languages offered besides Dutch and English"],
    source: MMA,
  },
  {
    id: "comensha",
    name: "CoMensha",
    url: "https://www.comensha.nl",
    phones: [{ number: "+31334481186", display: "033 448 11 86", use: "main", cost: "standard", source: src("https://www.comensha.nl") }],
    email: "info@comensha.nl",
    anonymity: "notApplicable",
    reach: "weekdays",
    askOrganisation: ["the opening hours of the helpdesk (sources conflict: Mon-Fri 09:00-17:00 or 08:00-19:00)", "whether interpreters are available", "whether you can get advice without giving names (the site says: ask them)"],
    source: src("https://www.comensha.nl"),
  },
  {
    id: "nla",
    name: "Nederlandse Arbeidsinspectie",
    url: "https://www.nlarbeidsinspectie.nl",
    urlByLocale: { en: "https://www.nllabourauthority.nl" },
    phones: [
      {
        number: "+318005151",
        display: "0800-5151",
        use: "main",
        cost: "free",
        source: src("https://www.nlarbeidsinspectie.nl/onderwerpen/herkennen-en-melden-arbeidsuitbuiting"),
      },
    ],
    anonymity: "anonymousPossible",
    siteLanguages: ["nl", "en"],
    askOrganisation: ["the number to call from abroad (+31 70 333 56 78 or +31 70 333 44 44; sources conflict)", "the languages of the report form besides Dutch and English"],
    source: src("https://www.nlarbeidsinspectie.nl/onderwerpen/herkennen-en-melden-arbeidsuitbuiting"),
  },
  {
    id: "veiligthuis",
    name: "Veilig Thuis",
    url: "https://www.veiligthuis.nl",
    phones: [{ number: "+318002000", display: "0800-2000", use: "main", cost: "free", source: src("https://www.veiligthuis.nl") }],
    // Residents may report anonymously; a professional reports under the Meldcode with their own name and
    // can only consult without names (facts sheet, "Veilig Thuis and professionals", 4 Dec 2026).
    anonymity: "anonymousResidents",
    anonymityForProfessionals: "consultWithoutNames",
    alwaysOpen: true,
    askOrganisation: ["the hours of the anonymous chat (Mon-Fri 09:00-17:00 in the sheet)"],
    source: src("https://www.veiligthuis.nl"),
  },
  {
    id: "slachtofferhulp",
    name: "Slachtofferhulp Nederland",
    url: "https://www.slachtofferhulp.nl",
    phones: [{ number: "+319000101", display: "0900-0101", use: "main", cost: "localRate", source: src("https://www.slachtofferhulp.nl") }],
    anonymity: "notApplicable",
    reach: "crisisAlways",
    source: src("https://www.slachtofferhulp.nl"),
  },
  {
    id: "juridischloket",
    name: "Juridisch Loket",
    url: "https://www.juridischloket.nl",
    phones: [],
    anonymity: "notApplicable",
    askOrganisation: ["its phone number (0900-8020 or 0800-8020; sources conflict)"],
    source: src("https://www.juridischloket.nl"),
  },
  {
    id: "fairwork",
    name: "FairWork",
    url: "https://www.fairwork.nu",
    phones: [],
    anonymity: "notApplicable",
    askOrganisation: ["its phone number (none confirmed: the site links only)", "that advice is still free and confidential, with cultural mediators, in 2026 (last confirmed 2021-22)"],
    source: src("https://www.fairwork.nu", "M"),
  },
  {
    id: "hvoquerido",
    name: "HVO-Querido",
    url: "https://www.hvoquerido.nl",
    phones: [],
    anonymity: "notApplicable",
    askOrganisation: ["the phone number for care coordination in Kennemerland (sources conflict: the site links only)"],
    source: src("https://www.hvoquerido.nl", "M"),
  },
  {
    id: "scharlakenkoord",
    name: "Scharlaken Koord",
    url: "https://www.scharlakenkoord.nl",
    phones: [],
    anonymity: "notApplicable",
    askOrganisation: ["its phone number (not in the facts sheet: the site links only)", "that it still gives exit support and advice to parents and teachers in Kennemerland"],
    source: src("https://www.scharlakenkoord.nl", "M"),
  },
  {
    id: "meldpuntminderjarigen",
    name: "Meldpunt Uitbuiting Minderjarigen",
    url: "https://www.melduitbuitingminderjarigen.nl",
    phones: [],
    anonymity: "anonymousPossible",
    askOrganisation: ["its phone number and e-mail address (unconfirmed: the site links only)"],
    source: MELDPUNT_REMIT,
  },
  // Partners of the municipalities, not places where residents report. The plans give no web address for
  // them, so none is shown. The source is the published version of the Haarlemmermeer plan (found by its
  // title); what was compared is that plan's text as stored in shared/seeds.
  {
    id: "riec",
    name: "RIEC Noord-Holland",
    phones: [],
    source: PLAN_HAARLEMMERMEER("https://lokaleregelgeving.overheid.nl/CVDR726324/1", "M"),
  },
  {
    id: "zvh",
    name: "Zorg- en Veiligheidshuis Kennemerland",
    phones: [],
    source: PLAN_HAARLEMMERMEER("https://lokaleregelgeving.overheid.nl/CVDR726324/1", "M"),
  },
] as const satisfies readonly Organisation[];

export type OrganisationId = (typeof organisations)[number]["id"];
export default organisations;
