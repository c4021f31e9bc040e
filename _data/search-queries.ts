// Everyday searches, as people type them on a phone: their own words ("my", "took", "krijg"), small
// words, misspellings and inflected forms, per language. Each names the place that must come FIRST in
// the site's own search field: the page (path without the language prefix) and, where one section
// answers the question, that section by the id the built Dutch page gives its heading (issue 16 gives
// every language the Dutch ids). An organisation card ("org-…") is the same card on every page that
// shows it, so any page with that card counts. Written before the search was changed (issue 20), so the
// list measures the search instead of describing it; tests/e2e/search-everyday.spec.ts runs it in a
// browser and wants at least 90% first hits per language. The last queries of a language came later, from
// people in user tests whose words found nothing or the wrong place: they keep those fixes working.
import type { Locale } from "./locales.ts";

export interface EverydayQuery {
  /** What the person types. */
  q: string;
  /** Page path without the language prefix, and optionally "#<Dutch heading id>". */
  to: string;
}

const R = "/rechten-op-het-werk/";
const everydayQueries: Readonly<Record<Locale, readonly EverydayQuery[]>> = {
  nl: [
    { q: "baas heeft mijn paspoort", to: `${R}#je-paspoort-of-id-kaart` },
    { q: "paspoort afgepakt", to: `${R}#je-paspoort-of-id-kaart` },
    { q: "krijg mijn salaris niet", to: "/hulp/#org-nla-name" },
    { q: "hoeveel moet ik verdienen", to: `${R}#minimumloon` },
    { q: "minimum loon per uur", to: `${R}#minimumloon` },
    { q: "uitzendbureua", to: R },
    { q: "uitzendburo", to: R },
    { q: "moet betalen om werk te krijgen", to: `${R}#geld-vragen-voor-werk-mag-niet` },
    { q: "huur van mijn loon afgehaald", to: `${R}#wonen-via-je-werk` },
    { q: "geen loonstrookje gekregen", to: `${R}#loonstrook` },
    { q: "hoeveel uur mag ik werken", to: `${R}#werktijden` },
    { q: "vakantie geld", to: `${R}#vakantiegeld` },
    { q: "schuld bij mijn baas", to: "/signalen/#is-dit-normaal-een-check-voor-werknemers" },
    { q: "buren veel mensen in een huis", to: "/signalen/#bij-een-adres" },
    { q: "loverboy", to: "/wat-is-mensenhandel/#seksuele-uitbuiting" },
    { q: "arbeidsinspectie telefoonnummer", to: "/hulp/#org-nla-name" },
    { q: "anoniem melden", to: "/hulp/#kan-ik-anoniem-blijven" },
    { q: "aangifte doen", to: "/rechten-slachtoffers/#aangifte-doen-bij-de-politie" },
    { q: "geschiedenis wissen", to: "/veilig-browsen/#je-geschiedenis-wissen" },
    { q: "leefgeld stopt als ik werk", to: "/oekraine/#leefgeld" },
    { q: "folder", to: "/printen/#folder" },
    { q: "meldcode", to: "/professionals/#wat-doe-je-eerst" },
    { q: "veilige opvang", to: "/rechten-slachtoffers/#opvang-een-veilige-plek" },
    { q: "word ik opgepakt", to: "/rechten-slachtoffers/#gedwongen-om-iets-strafbaars-te-doen" },
    { q: "bankpas uitgeleend", to: "/rechten-slachtoffers/#gedwongen-om-iets-strafbaars-te-doen" },
  ],
  en: [
    { q: "agency took my passport", to: `${R}#je-paspoort-of-id-kaart` },
    { q: "my boss keeps my pasport", to: `${R}#je-paspoort-of-id-kaart` },
    { q: "how much should i earn", to: `${R}#minimumloon` },
    { q: "i dont get my salary", to: "/hulp/#org-nla-name" },
    { q: "minimum wage per hour", to: `${R}#minimumloon` },
    { q: "employment agancy", to: R },
    { q: "had to pay for my job", to: `${R}#geld-vragen-voor-werk-mag-niet` },
    { q: "rent taken from my wages", to: `${R}#wonen-via-je-werk` },
    { q: "no payslip", to: `${R}#loonstrook` },
    { q: "how many hours can i work", to: `${R}#werktijden` },
    { q: "holiday money", to: `${R}#vakantiegeld` },
    { q: "i owe my boss money", to: "/signalen/#is-dit-normaal-een-check-voor-werknemers" },
    { q: "neighbours lots of people in one house", to: "/signalen/#bij-een-adres" },
    { q: "loverboy", to: "/wat-is-mensenhandel/#seksuele-uitbuiting" },
    { q: "labour inspectorate phone number", to: "/hulp/#org-nla-name" },
    { q: "report anonymously", to: "/hulp/#kan-ik-anoniem-blijven" },
    { q: "make a police report", to: "/rechten-slachtoffers/#aangifte-doen-bij-de-politie" },
    { q: "delete history", to: "/veilig-browsen/#je-geschiedenis-wissen" },
    { q: "living allowance stops when i work", to: "/oekraine/#leefgeld" },
    { q: "leaflet", to: "/printen/#folder" },
    { q: "safe place to stay", to: "/rechten-slachtoffers/#opvang-een-veilige-plek" },
    { q: "will i be arrested", to: "/rechten-slachtoffers/#gedwongen-om-iets-strafbaars-te-doen" },
    { q: "will i be deported", to: "/rechten-slachtoffers/#bedenktijd" },
  ],
  uk: [
    { q: "агентство забрало мій паспорт", to: `${R}#je-paspoort-of-id-kaart` },
    { q: "роботодавець тримає паспорт", to: `${R}#je-paspoort-of-id-kaart` },
    { q: "скільки мені мають платити", to: `${R}#minimumloon` },
    { q: "не платять зарплату", to: "/hulp/#org-nla-name" },
    { q: "мінімальна зарплата за годину", to: `${R}#minimumloon` },
    { q: "агенство", to: R },
    { q: "заплатив за роботу", to: `${R}#geld-vragen-voor-werk-mag-niet` },
    { q: "житло від роботодавця", to: `${R}#wonen-via-je-werk` },
    { q: "немає розрахункового листка", to: `${R}#loonstrook` },
    { q: "скільки годин можна працювати", to: `${R}#werktijden` },
    { q: "відпускні", to: `${R}#vakantiegeld` },
    { q: "борг перед роботодавцем", to: "/signalen/#is-dit-normaal-een-check-voor-werknemers" },
    { q: "сусіди багато людей в одному будинку", to: "/signalen/#bij-een-adres" },
    { q: "інспекція праці телефон", to: "/hulp/#org-nla-name" },
    { q: "повідомити анонімно", to: "/hulp/#kan-ik-anoniem-blijven" },
    { q: "заява в поліцію", to: "/rechten-slachtoffers/#aangifte-doen-bij-de-politie" },
    { q: "очистити історію", to: "/veilig-browsen/#je-geschiedenis-wissen" },
    { q: "гроші на проживання", to: "/oekraine/#leefgeld" },
    { q: "листівка", to: "/printen/#folder" },
    { q: "притулок для постраждалих", to: "/rechten-slachtoffers/#opvang-een-veilige-plek" },
    { q: "мене покарають", to: "/rechten-slachtoffers/#gedwongen-om-iets-strafbaars-te-doen" },
    { q: "мене посадять", to: "/rechten-slachtoffers/#gedwongen-om-iets-strafbaars-te-doen" },
    { q: "посилки", to: "/wat-is-mensenhandel/#criminele-uitbuiting" },
  ],
  ru: [
    { q: "агентство забрало мой паспорт", to: `${R}#je-paspoort-of-id-kaart` },
    { q: "работодатель держит паспорт", to: `${R}#je-paspoort-of-id-kaart` },
    { q: "сколько мне должны платить", to: `${R}#minimumloon` },
    { q: "не платят зарплату", to: "/hulp/#org-nla-name" },
    { q: "минимальная зарплата в час", to: `${R}#minimumloon` },
    { q: "кадровое агенство", to: R },
    { q: "заплатил за работу", to: `${R}#geld-vragen-voor-werk-mag-niet` },
    { q: "жильё от работодателя", to: `${R}#wonen-via-je-werk` },
    { q: "нет расчётного листка", to: `${R}#loonstrook` },
    { q: "сколько часов можно работать", to: `${R}#werktijden` },
    { q: "отпускные", to: `${R}#vakantiegeld` },
    { q: "долг перед работодателем", to: "/signalen/#is-dit-normaal-een-check-voor-werknemers" },
    { q: "соседи много людей в одном доме", to: "/signalen/#bij-een-adres" },
    { q: "инспекция труда телефон", to: "/hulp/#org-nla-name" },
    { q: "сообщить анонимно", to: "/hulp/#kan-ik-anoniem-blijven" },
    { q: "заявление в полицию", to: "/rechten-slachtoffers/#aangifte-doen-bij-de-politie" },
    { q: "очистить историю", to: "/veilig-browsen/#je-geschiedenis-wissen" },
    { q: "деньги на жизнь", to: "/oekraine/#leefgeld" },
    { q: "листовка", to: "/printen/#folder" },
    { q: "приют для пострадавших", to: "/rechten-slachtoffers/#opvang-een-veilige-plek" },
    { q: "меня посадят", to: "/rechten-slachtoffers/#gedwongen-om-iets-strafbaars-te-doen" },
    { q: "одолжил карту", to: "/rechten-slachtoffers/#gedwongen-om-iets-strafbaars-te-doen" },
    { q: "посылки", to: "/wat-is-mensenhandel/#criminele-uitbuiting" },
  ],
};
export default everydayQueries;
