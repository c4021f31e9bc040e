// Dutch texts of the print part: the reference set for it. The folder, poster and pocket cards
// (site/_print/*.typ) and the Print page read these; numbers, amounts and dates come from the data
// through the {placeholders}, never typed here. Pocket-card and strip texts (print.card.*) must stay
// discreet: no organisation name and no word for trafficking, exploitation, crime, police or an
// anonymous tip, because a card is found first when someone searches a wallet (tests/print/pdfs.test.ts).
import type { PluralText } from "../../types/text.ts";
import type { Shape } from "../shape.ts";

const nl = {
  "nav.printen": "Printen",

  // Shown large on every folder and poster while the site has no final address (no SITE_URL).
  "print.sample.mark": "Voorbeeld: niet verspreiden",
  "print.sample.why": "Het adres van de website staat nog niet vast.",
  "print.validUntil": "Bedragen geldig tot en met {date}. Print daarna een nieuwe versie.",

  "print.folder.title": "Is dit normaal?",
  "print.folder.subtitle": "Uit Oekraïne en aan het werk in Nederland: je rechten en waar je terechtkunt",
  "print.folder.signs.intro": "Maak je je zorgen over je werk? Beantwoord deze vragen met ja of nee.",
  "print.folder.signs.wage": "Krijg je minstens het minimumloon?",
  "print.folder.signs.pay": "Krijg je je loon op tijd, op je eigen bankrekening?",
  "print.folder.signs.contract": "Weet je op papier wat je verdient en hoeveel uur je werkt?",
  "print.folder.signs.hours": "Werk je hoogstens {shift} per dienst en {week} per week?",
  "print.folder.signs.passport": "Heb je je eigen paspoort of ID-kaart zelf?",
  "print.folder.signs.debt": "Ben je vrij van schulden bij je baas of bij degene die je aan dit werk hielp?",
  "print.folder.signs.leave": "Mag je stoppen met je werk? En mag je weg uit het huis wanneer je wilt?",
  "print.folder.signs.advice": "Twee keer of vaker nee? Vraag dan advies. Ook bij één keer nee mag je om advies vragen. Je hoeft niets te melden om een vraag te stellen. Binnenin staat waar je terechtkunt.",

  "print.folder.rights.title": "Je rechten op het werk",
  "print.folder.rights.wage.label": "Minimumloon",
  "print.folder.rights.wage.text": "Ben je 21 jaar of ouder? Dan krijg je minstens {amount} bruto per uur. Dit bedrag geldt van {date}. Ben je jonger? Dan is het minimum lager.",
  "print.folder.rights.pay.label": "Loon op tijd, op je bankrekening",
  "print.folder.rights.pay.text": "Je werkgever betaalt minstens het minimumloon (netto) op een bankrekening op jouw naam ({law}). Je krijgt een loonstrook bij de eerste betaling en elke keer dat de bedragen veranderen. Komt je loon steeds te laat, of alleen contant? Dat is een waarschuwing.",
  "print.folder.rights.contract.label": "Afspraken op papier, normale werktijden",
  "print.folder.rights.contract.text": "Binnen {essentials} krijg je op papier wat je verdient en hoeveel uur je werkt. Je werkt hoogstens {shift} per dienst en {week} per week. Na een dienst heb je minstens {rest} rust.",
  "print.folder.rights.passport.label": "Je paspoort, en je mag weg",
  "print.folder.rights.passport.text": "Je werkgever mag een kopie van je paspoort of ID-kaart maken. Maar jij houdt het zelf. Je mag je baan opzeggen. Niemand mag je bedreigen om je tegen te houden.",
  "print.folder.rights.fees.label": "Niet betalen voor werk",
  "print.folder.rights.fees.text": "Een uitzendbureau of bemiddelaar mag je geen geld vragen om werk voor je te vinden ({law}). Een schuld die je moet afwerken is een waarschuwing.",

  "print.folder.ukraine.title": "Uit Oekraïne? Dit moet je weten",
  "print.folder.ukraine.employee": "Je hebt geen werkvergunning nodig. Dat geldt alleen in loondienst: je werkt voor een werkgever die je loon betaalt.",
  "print.folder.ukraine.selfEmployed": "Vraagt iemand je om je als zelfstandige (zzp'er) in te schrijven bij de KvK? Doe dat niet, en vraag eerst advies.",
  "print.folder.ukraine.uwv": "Je werkgever meldt bij UWV dat je gaat werken, minstens {days} voordat je begint. Vraag of dat gebeurd is.",
  "print.folder.ukraine.bsn": "Je BSN krijg je van je gemeente als je je inschrijft in de BRP. Vraagt iemand anders geld om een BSN te regelen? Betaal niet, en vraag het je gemeente.",
  "print.folder.ukraine.tell": "Ga je geld verdienen? Vertel het je gemeente en je opvanglocatie. Je leefgeld stopt dan.",

  "print.folder.help.title": "Waar kun je terecht?",
  "print.folder.help.own.title": "Een eigen vraag",
  "print.folder.help.own.text": "Over je werk, je leefgeld of je inschrijving? Vraag het de medewerkers van je opvanglocatie of je gemeente.",
  "print.folder.help.own.contact": "Jouw contactpersoon:",
  "print.folder.help.fairwork": "Gratis en vertrouwelijk advies als je misschien wordt uitgebuit op het werk.",
  "print.folder.help.nla": "Te weinig loon, gevaarlijk werk of uitbuiting melden. Uitbuiting kun je ook anoniem melden.",
  "print.folder.help.comensha": "Advies en hulp bij mensenhandel, voor iedereen. Ook opvang.",
  "print.folder.help.politie": "Melden of aangifte doen. Vraag naar de AVIM, de specialisten voor mensenhandel.",
  "print.folder.help.politieAbroad": "Werkt 0900 niet met je simkaart? Bel {number}.",
  "print.folder.help.veiligthuis": "Geweld of dwang door je partner of familie.",
  "print.folder.help.mma": "Een tip geven zonder je naam. Ze geven geen hulp en je hoort niets terug.",
  "print.folder.help.language": "Dit zijn Nederlandse diensten. Of ze jouw taal spreken, verschilt. Vraag een medewerker hier om samen met je te bellen.",
  "print.folder.help.emergencyApp": "Met de app 112NL kun je ook chatten met 112, in je eigen taal (de app vertaalt). Zet de app alleen op een telefoon die niemand anders bekijkt.",

  "print.folder.back.title": "Meer lezen in je eigen taal",
  "print.folder.back.text": "Scan de code met je telefoon. Op de website vind je de organisatie die bij jou past. De website verzamelt niets over jou. Kijkt iemand anders mee op je telefoon? Open de link dan in een privévenster.",
  "print.folder.back.checked": "Stand van de informatie: {date}.",
  "print.folder.duplex": "Printen: dubbelzijdig, omslaan via de korte kant. Vouw langs de streepjes in het midden.",

  "print.poster.title": "Is dit normaal op je werk?",
  "print.poster.line.passport": "Je baas houdt je paspoort.",
  "print.poster.line.debt": "Je moet betalen voor je werk, of je hebt een schuld die niet kleiner wordt.",
  "print.poster.line.wage": "Je bent 21 of ouder en krijgt minder dan {amount} bruto per uur (van {date}).",
  // Instead of the line above once the amount has expired: a poster on the wall must stay true.
  "print.poster.line.wageExpired": "Je krijgt minder dan het minimumloon.",
  "print.poster.line.pay": "Je loon komt steeds te laat, of alleen contant.",
  "print.poster.line.leave": "Je mag niet stoppen met je werk of niet weggaan.",
  "print.poster.notNormal": "Dat is niet normaal. Ook als je maar één ding herkent, mag je om advies vragen.",
  "print.poster.call": "Meld het gratis bij de Arbeidsinspectie. Je hoeft je naam niet te zeggen.",
  "print.poster.danger": "Is iemand nu in gevaar? Bel {number}.",
  "print.poster.qr": "Eerst advies, in je eigen taal? Scan de code. Of vraag het de medewerkers hier.",
  "print.poster.tear": "Neem een strookje mee",

  "print.card.title": "Nuttige nummers",
  "print.card.emergency": "Noodgeval",
  "print.card.nla": "Vragen over werk en loon",
  "print.card.comensha": "Advies en hulp",
  "print.card.veiligthuis": "Hulp bij problemen thuis",
  "print.card.contact": "Contactpersoon:",
  "print.card.phone": "Tel.:",
  "print.cards.instructions": "Print op ware grootte (100 %, niet 'aanpassen aan pagina'). Knip langs de grijze lijnen, of snijd langs de snijtekens. Elk kaartje past in een portemonnee.",

  // The Print page.
  "print.product.folder": "Folder",
  "print.product.poster": "Poster met afscheurstrookjes",
  "print.product.cards": "Kaartjes met nummers",
  "print.download": "{language}: A4-formaat, {pages}, {size}",
  "print.pages": { one: "{count} pagina", other: "{count} pagina's" } as PluralText,
  "print.pdf": "PDF",
  "print.reprint.until": "Print opnieuw na {date}: daarna verandert een bedrag dat erop staat.",
  "print.reprint.none": "Geen einddatum: er staat geen bedrag op dat verandert.",
  "print.sample.page": "Let op: deze website heeft nog geen vast adres. Daarom staat op elke folder en poster \"Voorbeeld: niet verspreiden\", en leidt de QR-code nog naar een tijdelijk adres. Papier kun je later niet aanpassen. Deel deze versies dus niet uit. Als het adres vaststaat, verdwijnt de markering.",
} satisfies Record<string, string | PluralText>;

export type PrintStrings = Shape<typeof nl>;
export default nl;
