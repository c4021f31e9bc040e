// Answers to the questions people ask most at the end of "Where can I report?", shown under the doors
// of the advice pages that name them (`notes` in _data/tree.ts). The text of each is the UI string
// tree.note.<id>; here is where it comes from: the rule or service in shared/reference/facts.md (section
// "Added 2026-12-04") and its primary source, the day it was compared, and how. A note that shows a phone
// number holds it here, normalised like the organisations' numbers, never in the text.
import type { Phone } from "./organisations.ts";
import { checkedOn, lawSource, type Source } from "./types/source.ts";

export interface TreeNote {
  source: Source;
  /** A number the note's text shows as {number}. */
  phone?: Phone;
  /** True when the text links to the victims' rights page as {link}. */
  rightsLink?: boolean;
}

// 4 Dec 2026: compared with the reference sheet (second fact review), which quotes these sources from
// stored copies; no live page could be opened from the build machine.
const src = checkedOn("2026-12-04", "sheet", "shared/reference/facts.md, section \"Added 2026-12-04\" (second fact review), which quotes this source from a stored copy");

/** The prosecution service's Aanwijzing mensenhandel (2022A002): victims are protected against prosecution for forced offences. */
const AANWIJZING = lawSource(src, "https://wetten.overheid.nl/BWBR0046368", { bwbr: "BWBR0046368", title: "Aanwijzing mensenhandel" });
const KINDERTELEFOON = src("https://www.kindertelefoon.nl", "M");

export const treeNotes = {
  /** Not prosecuted for what one was forced to do: the rule, case by case, and a free lawyer. */
  nonPunishment: { source: AANWIJZING },
  /** The same rule for a parent or neighbour asking about a child: victim and suspect at once, a free lawyer. */
  childNonPunishment: { source: AANWIJZING },
  /** A money mule who is threatened can be victim and suspect at once: a free lawyer, then police or CoMensha. */
  moneyMule: { source: AANWIJZING },
  /** Young people: De Kindertelefoon, free and anonymous, without parents being told. */
  kindertelefoon: {
    source: KINDERTELEFOON,
    phone: { number: "+318000432", display: "0800-0432", use: "main", cost: "free", source: KINDERTELEFOON },
  },
  /** 112 by chat in the 112NL app, with translation, and the caveat that installing it can be seen. */
  app112: {
    source: checkedOn(
      "2026-12-04",
      "sheet",
      "shared/reference/facts.md (112NL, confidence M) and a stored copy of this report of the police's launch (12 Jan 2022): chat with the emergency room, which the operator starts when needed, translation for 109 languages, location shared, details entered when the app is set up",
    )("https://www.nu.nl/tech/6177829/politie-brengt-112nl-app-uit-voor-mensen-die-niet-goed-horen-of-spreken.html", "M"),
  },
  /** Au pairs and people whose residence depends on a host family or partner keep a victim's rights. */
  dependentResidence: {
    source: src("https://www.wegwijzermensenhandel.nl/ondersteunen-van-slachtoffers/verblijf-in-nederland-voor-slachtoffers"),
    rightsLink: true,
  },
} satisfies Record<string, TreeNote>;

export type TreeNoteId = keyof typeof treeNotes;
export default treeNotes;
