// Dutch texts of the pro part (the pages for professionals, the municipalities' routes and the
// figures): the reference set for it. Dutch names of meetings and roles are kept in every language.
import type { PluralText } from "../../types/text.ts";
import type { Shape } from "../shape.ts";

const nl = {
  "nav.professionals": "Voor professionals",
  "nav.gemeenten": "Meldroute per gemeente",
  "nav.cijfers": "Cijfers uit de regio",

  "pro.card.noPublicContact": "Geen meldpunt voor bewoners. Professionals bereiken deze partner via de gemeente of de politie.",

  "pro.muni.stepsHeading": "Wat er met een signaal gebeurt",
  "pro.muni.source": "Bron: {title} ({date}), paragraaf {section}.",
  "pro.muni.age": { one: "Deze bron is {count} jaar oud. Vraag de gemeente hoe het nu werkt.", other: "Deze bron is {count} jaar oud. Vraag de gemeente hoe het nu werkt." } as PluralText,
  "pro.muni.residentsMayReport": "Volgens het plan kunnen bewoners een vermoeden melden bij de politie, bij de gemeente of bij Meld Misdaad Anoniem. De gemeente opent bewust geen apart meldpunt voor mensenhandel.",
  "pro.muni.website": "Website van de gemeente {name}",
  "pro.contact.meldpunt": "Meldpunt van de gemeente",
  "pro.contact.staffOnly": "Alleen voor medewerkers van de gemeente",
  "pro.contact.org": "Meer over deze partner",

  "pro.muni.haarlem.intro": "Volgens de plannen van Bloemendaal en Heemstede uit 2024 is Haarlem de centrumgemeente: vanuit Haarlem worden HVO-Querido en Scharlaken Koord betaald voor hulp aan slachtoffers in heel Kennemerland. Over de meldroute in Haarlem zelf gaat alleen een memo uit 2018.",
  "pro.muni.haarlem.stepsHeading": "Wat het memo uit 2018 zegt",
  "pro.muni.heemstede.intro": "Heemstede werkt samen met Bloemendaal en Zandvoort. Het plan beschrijft zes stappen, met een signalenoverleg elke week.",
  "pro.muni.bloemendaal.intro": "Bloemendaal werkt samen met Heemstede en Zandvoort. Het plan beschrijft zes stappen.",
  "pro.muni.zandvoort.intro": "Zandvoort werkt in de aanpak samen met Heemstede en Bloemendaal. Maar de plannen die deze site gebruikt, beschrijven niet wat er in Zandvoort met een signaal gebeurt. Daarom staat hier geen route. Vraag het de gemeente zelf.",
  "pro.muni.haarlemmermeer.intro": "Haarlemmermeer heeft één interne meldprocedure voor alle vormen van mensenhandel. Die is voor medewerkers van de gemeente.",
  "pro.muni.haarlemmermeer.addressNote": "In paragraaf 9 van het plan staat dit adres met drie keer m (haarlemmmermeer.nl). Het domein van de gemeente is haarlemmermeer.nl. Zo staat het ook in paragraaf 11 van het plan.",
  "pro.muni.haarlemmermeer.residents": "Bewoners en ondernemers: Haarlemmermeer opent voor jullie geen eigen meldpunt. Het plan verwijst naar de landelijke kanalen. Op deze site zijn dat de politie, Meld Misdaad Anoniem en de Nederlandse Arbeidsinspectie: zie \"Waar kan ik melden?\". CoMensha geeft advies en regelt opvang, maar neemt geen tips over daders aan. De gemeente krijgt de meldingen van Meld Misdaad Anoniem over Haarlemmermeer wel door.",

  "pro.step.bloemendaal.comesIn": "Een signaal komt binnen. Bijvoorbeeld van een bewoner (ook anoniem), van het Bestuurlijk Team Prostitutie, van een zorgpartner zoals HVO-Querido, de GGD of Scharlaken Koord, van een handhaver of van een andere medewerker van de gemeente.",
  "pro.step.bloemendaal.meldpunt": "Het signaal gaat naar het meldpunt veiligheid van de gemeente.",
  "pro.step.bloemendaal.enrich": "De gemeente vult het signaal aan met informatie uit eigen systemen en van andere organisaties. Zo kan ze beter inschatten of het om mensenhandel gaat.",
  "pro.step.bloemendaal.meeting": "Het team Openbare Orde en Veiligheid bespreekt het signaal in het signalenoverleg. Het team kiest: meer informatie verzamelen (bijvoorbeeld via een wijkhandhaver), een controle doen, het signaal doorgeven aan een andere afdeling, of het signaal wordt niet bevestigd.",
  "pro.step.bloemendaal.loo": "Is het signaal sterk genoeg en is er een integraal belang (belang voor meer partners samen)? Dan gaat het naar het Lokaal Overleg Ondermijning (LOO). Daar zitten onder anderen de politie en het RIEC aan tafel. Het LOO kiest: een interventie, een RIEC-casus, of het signaal wordt niet bevestigd.",
  "pro.step.bloemendaal.feedback": "De partner die het signaal meldde, hoort wat ermee is gedaan.",
  "pro.step.heemstede.comesIn": "Een signaal komt binnen. Bijvoorbeeld van een bewoner (ook anoniem), van het Bestuurlijk Team Prostitutie, van een zorgpartner zoals HVO-Querido, de GGD of Scharlaken Koord, van een handhaver of van een andere medewerker van de gemeente.",
  "pro.step.heemstede.meldpunt": "Het signaal gaat naar het meldpunt veiligheid van de gemeente.",
  "pro.step.heemstede.enrich": "De gemeente vult het signaal aan met informatie uit eigen systemen en van andere organisaties. Zo kan ze beter inschatten of het om mensenhandel gaat.",
  "pro.step.heemstede.meeting": "Het signaal wordt besproken in het signalenoverleg. Dat is er elke week. Daar wordt gekozen: meer informatie verzamelen (bijvoorbeeld via een wijkhandhaver), een controle doen, het signaal doorgeven aan een andere afdeling, of het signaal wordt niet bevestigd.",
  "pro.step.heemstede.loo": "Is het signaal sterk genoeg en is er een integraal belang (belang voor meer partners samen)? Dan gaat het naar het Lokaal Overleg Ondermijning (LOO). Daar zitten onder anderen de politie en het RIEC aan tafel. Het LOO kiest: een interventie, een RIEC-casus, of het signaal wordt niet bevestigd.",
  "pro.step.heemstede.feedback": "De partner die het signaal meldde, hoort wat ermee is gedaan.",
  "pro.step.haarlemmermeer.staff": "Ziet een medewerker van de gemeente een signaal? Dan meldt hij of zij het via de interne meldprocedure. Volgens het plan gaat de gemeente medewerkers met contact met het publiek daarvoor trainen.",
  "pro.step.haarlemmermeer.casustafel": "De casustafel van de gemeente (het Lokaal Ondermijning Overleg) analyseert en beoordeelt het signaal. De aandachtsfunctionarissen mensenhandel leiden de casustafel. Een aandachtsfunctionaris is een medewerker van de gemeente met mensenhandel als speciale taak.",
  "pro.step.haarlemmermeer.victims": "Hulp en zorg voor een slachtoffer: de gemeente schakelt eerst de zorgcoördinatie van HVO-Querido in.",
  "pro.step.haarlemmermeer.suspects": "Wijst de informatie op mogelijke daders? Dan komt het signaal op het Informatieplein van het RIEC. Hebben minstens twee partners er belang bij, dan wordt het een RIEC-casus. Het Zorg- en Veiligheidshuis Kennemerland doet de aanpak van daders. Reclassering Nederland helpt voorkomen dat ze het opnieuw doen.",
  "pro.step.haarlemmermeer.feedback": "De aandachtsfunctionaris laat de melder in het algemeen weten wat er met het signaal gebeurt. Details krijgt de melder niet: dat beschermt slachtoffers en een eventueel politieonderzoek.",
  "pro.step.haarlem.sleutelfunctionaris": "Haarlem heeft sinds 2015 een sleutelfunctionaris mensenhandel. Dat is een medewerker van de gemeente die zorgt dat collega's signalen herkennen en weten waar ze die melden. Volgens het memo zouden er met hulp van de sleutelfunctionaris trainingen komen.",
  "pro.step.haarlem.riec": "Alle partners van het RIEC, ook de gemeente, kunnen een signaal bij het RIEC inbrengen. Is het signaal sterk genoeg, dan kan een gezamenlijke aanpak starten.",
  "pro.step.haarlem.avim": "De AVIM van de politie onderzoekt alle signalen van mensenhandel in de politie-eenheid Noord-Holland.",

  "pro.label.heemstede": "Heemstede",
  "pro.label.zandvoort": "Zandvoort",
  "pro.label.bloemendaal": "Bloemendaal",
  "pro.label.ijmond": "IJmond",
  "pro.label.haarlem": "Haarlem",
  "pro.label.haarlemmermeer": "Haarlemmermeer",
  "pro.label.sexual": "Seksueel",
  "pro.label.criminal": "Crimineel",
  "pro.label.labour": "Arbeid",
  "pro.label.policeSignals": "Signalen bij de politie",
  "pro.label.victims": "Slachtoffers",
  "pro.label.estimate": "Geschat per jaar",
  "pro.label.registered2022": "Gemeld in 2022",

  "pro.chart.total": "Samen",
  "pro.chart.area": "Gebied",
  "pro.chart.form": "Vorm van uitbuiting",
  "pro.chart.what": "Wat",
  "pro.chart.count": "Aantal",
  "pro.chart.svgNote": "Staafdiagram. Dezelfde cijfers staan in de tabel eronder.",
  "pro.chart.ownScale": "Elk diagram heeft een eigen schaal. Vergelijk de getallen, niet de lengte van de balken tussen diagrammen.",
  "pro.chart.source": "Bron: {title} ({date}), paragraaf {section}, tabel \"{table}\".",
  "pro.chart.sourceText": "Bron: {title} ({date}), tekst van paragraaf {section}.",
  "pro.fig.police2022.title": "Signalen bij de politie in 2022, per gebied en vorm van uitbuiting",
  "pro.fig.care2022.title": "Signalen bij de zorgcoördinatoren in 2022, per gebied en vorm van uitbuiting",
  "pro.fig.nla2021.title": "Signalen van arbeidsuitbuiting bij de Nederlandse Arbeidsinspectie in 2021, per gebied",
  "pro.fig.nh2022.title": "Signalen bij de politie in heel Noord-Holland in 2022, per vorm van uitbuiting",
  "pro.fig.national.title": "Slachtoffers in Nederland: het geschatte aantal per jaar (schatting over 2018 en 2019) tegenover het aantal gemelde slachtoffers in 2022",
} satisfies Record<string, string | PluralText>;

export type ProStrings = Shape<typeof nl>;
export default nl;
