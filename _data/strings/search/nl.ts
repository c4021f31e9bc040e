// Dutch texts of the search part: the reference set for it.
import type { PluralText } from "../../types/text.ts";
import type { Shape } from "../shape.ts";

const nl = {
  "search.link": "Zoeken",
  "search.label": "Zoek op deze site",
  "search.title": "Zoeken: alle onderwerpen van A tot Z",
  "search.description": "Alle onderwerpen en pagina's van deze site van A tot Z. Je zoekwoord wordt nergens bewaard.",
  "search.intro": "Hier staan alle onderwerpen en pagina's van deze site, van A tot Z. Kies een woord om naar de pagina te gaan. Wat je zoekt, wordt nergens bewaard.",
  "search.letters": "Naar letter",
  "search.results": "Zoekresultaten",
  "search.count": { one: "{count} resultaat", other: "{count} resultaten" } as PluralText,
  "search.none": "Niets gevonden. Hier vind je verder:",
  "search.error": "Zoeken lukt nu niet. Hier vind je verder:",
  "search.all": "Alle onderwerpen van A tot Z",
  "search.tree": "Waar kan ik melden? Een paar vragen",
  "search.orgs": "Alle organisaties met hun telefoonnummer",
  "search.rewritten": "Resultaten voor: {words}",
  "search.more": "Meer resultaten",
  "search.other": "Andere taal?",
  "search.in.nl": "Zoek in het Nederlands",
  "search.in.en": "Zoek in het Engels",
  "search.in.uk": "Zoek in het Oekraïens",
  "search.in.ru": "Zoek in het Russisch",
} satisfies Record<string, string | PluralText>;

export type SearchStrings = Shape<typeof nl>;
export default nl;
