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
  "search.none": "Niets gevonden. Probeer een ander woord, of kijk bij alle onderwerpen van A tot Z.",
  "search.error": "Zoeken lukt nu niet. Kijk bij alle onderwerpen van A tot Z.",
  "search.all": "Alle onderwerpen van A tot Z",
} satisfies Record<string, string | PluralText>;

export type SearchStrings = Shape<typeof nl>;
export default nl;
