// Dutch texts of the print part: the reference set for it. The folder, poster and pocket cards
// (site/_print/*.typ) and the Print page read these; numbers, amounts and dates come from the data
// through the {placeholders}, never typed here. Pocket-card and strip texts (print.card.*) must stay
// neutral: a card found by an exploiter must not show what it is for.
import type { PluralText } from "../../types/text.ts";
import type { Shape } from "../shape.ts";

const nl = {
  "nav.printen": "Printen",

  "print.folder.title": "Is dit normaal?",
  "print.folder.subtitle": "Werken in Nederland: je rechten en waar je hulp krijgt",
  "print.folder.signs.intro": "Maak je je zorgen over je werk? Beantwoord deze vragen met ja of nee.",
  "print.folder.signs.wage": "Krijg je minstens het minimumloon?",
  "print.folder.signs.passport": "Heb je je eigen paspoort of ID-kaart zelf?",
  "print.folder.signs.debt": "Ben je vrij van schulden bij je baas of bij wie je dit werk gaf?",
  "print.folder.signs.leave": "Mag je stoppen met je werk? En mag je weg uit het huis wanneer je wilt?",
  "print.folder.signs.bank": "Heb je je bankpas en pincode zelf?",
  "print.folder.signs.payslip": "Krijg je een loonstrook?",
  "print.folder.signs.advice": "Twee keer of vaker nee? Vraag dan advies. Je hoeft niets te melden om een vraag te stellen. Kijk binnenin waar je terechtkunt.",

  "print.folder.rights.title": "Je rechten op het werk",
  "print.folder.rights.wage.label": "Minimumloon",
  "print.folder.rights.wage.text": "Ben je 21 jaar of ouder? Dan krijg je minstens {amount} bruto per uur. Dit geldt vanaf {date}. Ben je jonger? Dan is het minimum lager.",
  "print.folder.rights.payslip.label": "Loonstrook",
  "print.folder.rights.payslip.text": "Je krijgt een loonstrook bij de eerste betaling en elke keer dat de bedragen veranderen. Daarop staat je brutoloon en wat eraf gaat.",
  "print.folder.rights.passport.label": "Je paspoort",
  "print.folder.rights.passport.text": "Je werkgever mag een kopie van je paspoort of ID-kaart maken. Maar jij houdt het zelf.",
  "print.folder.rights.fees.label": "Niet betalen voor werk",
  "print.folder.rights.fees.text": "Een uitzendbureau of bemiddelaar mag je geen geld vragen om werk voor je te vinden ({law}). Een schuld die je moet afwerken is een waarschuwing.",
  "print.folder.rights.leave.label": "Je mag weg",
  "print.folder.rights.leave.text": "Je mag je baan opzeggen. Niemand mag je bedreigen of je paspoort houden om je tegen te houden.",

  "print.folder.help.title": "Waar kun je terecht?",
  "print.folder.help.emergency": "Direct gevaar: iemand wordt bedreigd, is gewond of zit opgesloten.",
  "print.folder.help.nla": "Te weinig loon, gevaarlijk werk of uitbuiting. Je mag anoniem melden.",
  "print.folder.help.mma": "Een tip geven zonder je naam. Ze kunnen niet zien wie je bent.",
  "print.folder.help.comensha": "Advies en hulp bij mensenhandel, voor iedereen. Ook opvang.",
  "print.folder.help.politie": "Melden of aangifte doen. Vraag naar de AVIM, de specialisten voor mensenhandel.",
  "print.folder.help.veiligthuis": "Geweld of dwang door je partner of familie.",

  "print.folder.back.title": "Meer lezen in je eigen taal",
  "print.folder.back.text": "Scan de code met je telefoon. Op de website lees je meer over je rechten, en je vindt de organisatie die bij jou past. De website verzamelt niets over jou.",
  "print.folder.back.checked": "Feiten gecontroleerd op {date}.",

  "print.poster.title": "Is dit normaal op je werk?",
  "print.poster.line.passport": "Je baas houdt je paspoort.",
  "print.poster.line.debt": "Je moet betalen voor je werk, of je hebt een schuld die niet kleiner wordt.",
  "print.poster.line.wage": "Je bent 21 of ouder en krijgt minder dan {amount} bruto per uur.",
  "print.poster.line.leave": "Je mag niet stoppen of niet weg.",
  "print.poster.notNormal": "Dat is niet normaal. Vraag om hulp. Bij de Arbeidsinspectie en Meld Misdaad Anoniem hoef je je naam niet te zeggen.",
  "print.poster.qr": "Meer lezen in je eigen taal? Scan de code.",
  "print.poster.tear": "Neem een strookje mee.",

  "print.card.title": "Nuttige nummers",
  "print.card.emergency": "Spoed",
  "print.card.nla": "Werk en loon",
  "print.card.mma": "Anonieme tip",
  "print.card.comensha": "Advies",
  "print.card.politie": "Politie",
  "print.card.veiligthuis": "Thuis en gezin",
  "print.cards.instructions": "Print op ware grootte (100 %, niet 'aanpassen aan pagina'). Knip langs de grijze lijnen. Elk kaartje past in een portemonnee.",

  "print.product.folder": "Folder",
  "print.product.poster": "Poster met afscheurstrookjes",
  "print.product.cards": "Kaartjes met nummers",
  "print.download": "{language}: A4-formaat, {pages}, {size}",
  "print.pages": { one: "{count} pagina", other: "{count} pagina's" } as PluralText,
  "print.pdf": "PDF",
} satisfies Record<string, string | PluralText>;

export type PrintStrings = Shape<typeof nl>;
export default nl;
