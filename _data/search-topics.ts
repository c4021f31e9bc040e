// The words people search with, per page, section and language: one list that feeds both the A to Z
// index of the search page (each `term` is an entry that opens its section) and the search field's
// second try (a typed word that is one of an entry's `words`, or the entry's own term, makes the field
// search for `find`, or the term, and put that section first). Keys are page paths without the language
// prefix; `section` is the id the built DUTCH page gives the heading (issue 16 gives every language the
// Dutch ids); "" opens the page at the top. `words` are people's own words: synonyms, inflections and
// common misspellings, comma-separated; an alternative of several words ("salaris niet") counts only
// when all of them are typed. `broad` marks a word that says little on its own ("agency"): it gives way
// to any other entry the person's words match. The build fails, naming this file and the key, when a
// key is not a page in every language; a section the Dutch page lacks fails the search build.
import type { Locale } from "./locales.ts";

export interface Topic {
  /** The A to Z entry, in the words the page itself uses. */
  term: string;
  /** The Dutch heading id of the section this entry opens ("" for the top of the page). */
  section: string;
  /** People's words for it, comma-separated; each alternative may have several words. */
  words?: string;
  /** What the field searches for, when not the term itself. */
  find?: string;
  broad?: boolean;
}
export type SearchTopics = Readonly<Record<Locale, readonly Topic[]>>;

const t = (term: string, section: string, words?: string, extra: Partial<Topic> = {}): Topic => ({ term, section, ...(words ? { words } : {}), ...extra });

const searchTopics: Readonly<Record<string, SearchTopics>> = {
  "/melden/": {
    nl: [t("melden: waar kan ik melden?", "", "melding, meld, tip, tip geven, aangeven, rapporteren, waar melden, wie bel ik", { find: "melden" })],
    en: [t("report: where can I report?", "", "reporting, tip, tip-off, where to report, who do i call", { find: "report" })],
    uk: [t("повідомити: куди повідомити?", "", "повідомлення, повідомляти, повідомте, поскаржитися, скарга, куди повідомити, куди звернутися", { find: "повідомити" })],
    ru: [t("сообщить: куда сообщить?", "", "сообщение, сообщать, сообщите, пожаловаться, жалоба, куда сообщить, куда обратиться", { find: "сообщить" })],
  },
  "/rechten-op-het-werk/": {
    nl: [
      t("minimumloon", "minimumloon", "minimum loon, minimumlonen, uurloon, loon, lonen, salaris, verdienen, verdien, hoeveel verdienen, per uur, bruto, betaald, betaling"),
      t("vakantiegeld", "vakantiegeld", "vakantie geld, vakantietoeslag, 8 procent"),
      t("geld vragen voor werk", "geld-vragen-voor-werk-mag-niet", "betalen voor werk, betalen om werk, werk kopen, bemiddelingskosten, bemiddeling, wervingskosten, betaald voor werk, geld voor werk", { find: "geld vragen voor werk" }),
      t("huur en wonen via je werk", "wonen-via-je-werk", "huur, huren, huis, woning, wonen, huisvesting, kamer, borg, inhouding, ingehouden, afgehaald, huisbaas", { find: "huis" }),
      t("loonstrook", "loonstrook", "loonstrookje, loonstroken, loonbriefje, salarisstrook, loonslip"),
      t("arbeidscontract: je werk op papier", "je-werk-op-papier", "contract, arbeidscontract, werkcontract, op papier, schriftelijk, geen contract", { find: "papier" }),
      t("paspoort of ID-kaart", "je-paspoort-of-id-kaart", "paspoort, paspoorten, pas, id, id-kaart, identiteitskaart, identiteitsbewijs, legitimatie, documenten, afgepakt", { find: "paspoort" }),
      t("werktijden", "werktijden", "uren, uur werken, hoeveel uur, werkuren, overuren, lange dagen, rust, pauze, nachtdienst, dienst", { find: "werktijden" }),
      t("zorgverzekering", "zorgverzekering", "verzekering, ziektekosten, dokter"),
      t("stoppen met je werk", "je-mag-stoppen", "ontslag nemen, opzeggen, stoppen, weggaan, vertrekken, opzegtermijn", { find: "stoppen" }),
      t("uitzendbureau", "", "uitzendbureaus, uitzendburo, uitzendbureo, uitzendwerk, uitzendkracht, bureau, bemiddelaar", { broad: true }),
      t("rechten op het werk", "", "rechten, werk, werken, werkgever, baas, arbeid", { broad: true }),
    ],
    en: [
      t("minimum wage", "minimumloon", "wage, wages, minimum, salary, pay, paid, earn, earning, per hour, hourly, gross, how much"),
      t("holiday allowance (vakantiegeld)", "vakantiegeld", "holiday pay, holiday money, vacation pay, 8 percent", { find: "holiday allowance" }),
      t("asking money for work is not allowed", "geld-vragen-voor-werk-mag-niet", "pay for job, pay for work, paid for job, paid for work, fee, fees, recruitment fee, placement fee, buy a job, fees for finding work", { find: "asking money" }),
      t("housing through your work", "wonen-via-je-werk", "rent, housing, house, accommodation, room, deposit, deducted, taken from wages, landlord, housing from employer", { find: "housing" }),
      t("payslip", "loonstrook", "payslips, pay slip, wage slip, salary slip"),
      t("contract: your work on paper", "je-werk-op-papier", "contract, in writing, written, no contract, on paper", { find: "paper" }),
      t("passport or ID card", "je-paspoort-of-id-kaart", "passport, passports, pasport, id, id card, identity card, identity, documents, papers", { find: "passport" }),
      t("working hours", "werktijden", "hours, how many hours, overtime, long days, rest, break, night shift, shift", { find: "working hours" }),
      t("health insurance", "zorgverzekering", "insurance, doctor"),
      t("stopping your job", "je-mag-stoppen", "quit, quitting, leave my job, resign, notice period, stop", { find: "stop" }),
      t("employment agency", "", "agency, agencies, agancy, temp agency, employment agancy, recruiter, uitzendbureau", { broad: true, find: "agency" }),
      t("rights at work", "", "rights, work, job, employer, boss", { broad: true }),
    ],
    uk: [
      t("мінімальна зарплата", "minimumloon", "зарплата, зарплату, зарплати, зарплатою, заробітна плата, заробітну плату, мінімалка, оплата, платня, скільки платити, платити, заробляти, на годину, брутто", { find: "мінімальна зарплата" }),
      t("відпускна надбавка (vakantiegeld)", "vakantiegeld", "відпускні, відпускних, відпустка, відпускна, надбавка, 8 відсотків", { find: "відпускна надбавка" }),
      t("брати гроші за роботу заборонено", "geld-vragen-voor-werk-mag-niet", "заплатив за роботу, заплатила за роботу, заплатити за роботу, платити за роботу, гроші за роботу, плата за працевлаштування, плата за пошук роботи", { find: "гроші за роботу" }),
      t("житло через роботу", "wonen-via-je-werk", "житло від роботодавця, житло, житла, житлом, квартира, кімната, оренда, орендна плата, застава, утримують, вираховують", { find: "житло" }),
      t("розрахунковий листок (loonstrook)", "loonstrook", "розрахунковий лист, розрахункового листка, розрахунковий, розрахунку, листок, loonstrook", { find: "розрахунковий листок" }),
      t("трудовий договір: умови роботи письмово", "je-werk-op-papier", "договір, контракт, трудовий договір, немає договору, письмово, письмова інформація", { find: "умови роботи письмово" }),
      t("паспорт чи ID-картка", "je-paspoort-of-id-kaart", "паспорт, паспорта, паспортом, пасспорт, id, документи, посвідчення особи", { find: "паспорт" }),
      t("робочий час", "werktijden", "години, годин, скільки годин, понаднормові, довгі дні, відпочинок, нічна зміна, зміна", { find: "робочий час" }),
      t("медичне страхування", "zorgverzekering", "страхування, страховка, лікар"),
      t("звільнитися з роботи", "je-mag-stoppen", "звільнитися, звільнення, піти з роботи, кинути роботу", { find: "звільнитися" }),
      t("агентство з працевлаштування", "", "агентство, агентства, агенство, агенція, агенства, uitzendbureau", { broad: true, find: "агентство" }),
      t("права на роботі", "", "права, робота, роботу, роботодавець, роботодавця, роботодавцем, начальник", { broad: true }),
    ],
    ru: [
      t("минимальная зарплата", "minimumloon", "зарплата, зарплату, зарплаты, заработная плата, заработную плату, минималка, оплата, сколько платить, платить, зарабатывать, в час, брутто", { find: "минимальная зарплата" }),
      t("отпускная надбавка (vakantiegeld)", "vakantiegeld", "отпускные, отпускных, отпуск, надбавка, 8 процентов", { find: "отпускная надбавка" }),
      t("брать деньги за работу запрещено", "geld-vragen-voor-werk-mag-niet", "заплатил за работу, заплатила за работу, заплатить за работу, платить за работу, деньги за работу, плата за трудоустройство", { find: "деньги за работу" }),
      t("жильё через работу", "wonen-via-je-werk", "жильё, жилье, жилья, квартира, комната, аренда, залог, вычитают, удерживают", { find: "жильё" }),
      t("расчётный листок (loonstrook)", "loonstrook", "расчётный лист, расчетный лист, расчётного листка, расчетного листка, расчетный листок, листок, loonstrook", { find: "расчётный листок" }),
      t("трудовой договор: работа на бумаге", "je-werk-op-papier", "договор, контракт, трудовой договор, нет договора, письменно, на бумаге", { find: "работа на бумаге" }),
      t("паспорт", "je-paspoort-of-id-kaart", "паспорта, паспортом, пасспорт, id, документы, удостоверение личности"),
      t("рабочее время", "werktijden", "часы, часов, сколько часов, сверхурочные, долгие дни, отдых, ночная смена, смена", { find: "рабочее время" }),
      t("медицинская страховка", "zorgverzekering", "страховка, страхование, врач"),
      t("уволиться с работы", "je-mag-stoppen", "уволиться, увольнение, уйти с работы, бросить работу", { find: "уволиться" }),
      t("кадровое агентство", "", "агентство, агентства, агенство, агенства, uitzendbureau", { broad: true, find: "агентство" }),
      t("права на работе", "", "права, работа, работу, работодатель, работодателя, работодателем, начальник", { broad: true }),
    ],
  },
  "/signalen/": {
    nl: [
      t("signalen", "", "signaal, herkennen, kenmerken, waarschuwing", { broad: true }),
      t("buren en een adres", "bij-een-adres", "buren, buurman, buurvrouw, buurt, adres, huis, veel mensen, busje, 's nachts", { find: "adres" }),
      t("zelftest voor werknemers", "is-dit-normaal-een-check-voor-werknemers", "zelftest, check, is dit normaal, normaal, schuld, schulden, schuld bij baas, schuld bij mijn baas, geld lenen, lening, bankpas, pincode", { find: "normaal" }),
      t("online: vacatures en advertenties", "online", "online, internet, vacature, advertentie, sociale media", { find: "advertenties" }),
    ],
    en: [
      t("signs", "", "sign, recognise, recognize, warning", { broad: true }),
      t("neighbours and an address", "bij-een-adres", "neighbour, neighbours, neighbor, neighbors, address, house, lots of people, many people, van", { find: "address" }),
      t("self-check for workers", "is-dit-normaal-een-check-voor-werknemers", "self-check, check, is this normal, normal, debt, debts, owe, owe money, loan, bank card", { find: "normal" }),
      t("online: job ads and adverts", "online", "online, internet, job ad, advert, social media", { find: "online" }),
    ],
    uk: [
      t("ознаки", "", "ознака, розпізнати, попередження", { broad: true }),
      t("сусіди і будинок", "bij-een-adres", "сусіди, сусід, сусідка, будинок, будинку, багато людей, бус", { find: "будинку" }),
      t("перевірте себе: перевірка для працівників", "is-dit-normaal-een-check-voor-werknemers", "перевірка, перевірка для себе, чи це нормально, нормально, борг, борги, боргу, боргів, заборгованість, позика, банківська картка", { find: "нормально" }),
      t("в інтернеті: вакансії й оголошення", "online", "інтернет, онлайн, вакансія, оголошення, соцмережі", { find: "інтернеті" }),
    ],
    ru: [
      t("признаки", "", "признак, распознать, предупреждение", { broad: true }),
      t("соседи и дом", "bij-een-adres", "соседи, сосед, соседка, дом, доме, много людей, бус", { find: "доме" }),
      t("самопроверка: проверьте себя", "is-dit-normaal-een-check-voor-werknemers", "самопроверка, проверка, это нормально, нормально, долг, долги, долга, долгов, задолженность, заём, банковская карта", { find: "нормально" }),
      t("в интернете: вакансии и объявления", "online", "интернет, онлайн, вакансия, объявление, соцсети", { find: "интернете" }),
    ],
  },
  "/hulp/": {
    nl: [
      t("organisaties", "", "organisatie, hulp, contact, telefoon, telefoonnummer, telefoonnummers, bellen, nummer, wie kan helpen", { broad: true, find: "organisaties" }),
      t("anoniem melden", "kan-ik-anoniem-blijven", "anoniem, anonieme, zonder naam, zonder naam melden, zonder mijn naam, geheim, naam niet", { find: "anoniem blijven" }),
      t("loon niet betaald: Nederlandse Arbeidsinspectie", "org-nla-name", "salaris niet, loon niet, niet betaald, niet uitbetaald, geen loon, geen salaris, te weinig loon, arbeidsinspectie, inspectie, nla, inspectie szw", { find: "Nederlandse Arbeidsinspectie" }),
      t("politie", "org-politie-name", "agent, wijkagent, politie bellen, avim"),
    ],
    en: [
      t("organisations", "", "organisation, organizations, organization, help, contact, phone, phone number, call, number, who can help", { broad: true, find: "organisations" }),
      t("report anonymously", "kan-ik-anoniem-blijven", "anonymous, anonymously, without my name, report without my name, without a name, secret", { find: "anonymous" }),
      t("wages not paid: Nederlandse Arbeidsinspectie", "org-nla-name", "salary not, not paid, dont get my salary, don't get my salary, no salary, no wages, unpaid, too little pay, labour inspectorate, labor inspectorate, inspectorate, inspection, nla", { find: "Nederlandse Arbeidsinspectie" }),
      t("police", "org-politie-name", "officer, politie, avim"),
    ],
    uk: [
      t("організації", "", "організація, допомога, контакти, телефон, номер телефону, зателефонувати, хто допоможе", { broad: true, find: "контакти" }),
      t("повідомити анонімно", "kan-ik-anoniem-blijven", "анонімно, анонімне, без імені, повідомити без імені, без свого імені, таємно", { find: "анонімно" }),
      t("не платять зарплату: Nederlandse Arbeidsinspectie", "org-nla-name", "не платять, не заплатили, не виплачують, немає зарплати, не платить, інспекція праці, трудова інспекція, інспекція, nla", { find: "Nederlandse Arbeidsinspectie" }),
      t("поліція", "org-politie-name", "поліцію, поліції, поліцією, поліцейський, avim"),
    ],
    ru: [
      t("организации", "", "организация, помощь, контакты, телефон, номер телефона, позвонить, кто поможет", { broad: true, find: "организации" }),
      t("сообщить анонимно", "kan-ik-anoniem-blijven", "анонимно, анонимное, без имени, сообщить без имени, без своего имени, тайно", { find: "анонимно" }),
      t("не платят зарплату: Nederlandse Arbeidsinspectie", "org-nla-name", "не платят, не заплатили, не выплачивают, нет зарплаты, не платит, инспекция труда, трудовая инспекция, инспекция, nla", { find: "Nederlandse Arbeidsinspectie" }),
      t("полиция", "org-politie-name", "полицию, полиции, полицией, полицейский, avim"),
    ],
  },
  "/oekraine/": {
    nl: [
      t("Oekraïne", "", "oekraine, oekraïners, oekrainers, oekraïens, vluchteling, vluchtelingen, tijdelijke bescherming", { broad: true }),
      t("leefgeld", "leefgeld", "leefgeld stopt, leef geld, uitkering gemeente"),
      t("werkvergunning", "mag-ik-werken", "mag ik werken, vergunning, twv", { find: "werkvergunning" }),
    ],
    en: [
      t("Ukraine", "", "ukrainian, ukrainians, refugee, refugees, temporary protection", { broad: true }),
      t("living allowance (leefgeld)", "leefgeld", "allowance, living allowance, leefgeld, money from the municipality", { find: "living allowance" }),
      t("work permit", "mag-ik-werken", "may i work, permit, can i work", { find: "may work" }),
    ],
    uk: [
      t("Україна", "", "україни, українці, біженці, біженець, біженців, тимчасовий захист", { broad: true }),
      t("гроші на життя (leefgeld)", "leefgeld", "гроші на проживання, гроші на життя, leefgeld, допомога від муніципалітету", { find: "гроші на життя" }),
      t("дозвіл на роботу", "mag-ik-werken", "чи можна працювати, чи можу я працювати, дозвіл, дозволу", { find: "можу працювати" }),
    ],
    ru: [
      t("Украина", "", "украины, украинцы, беженцы, беженец, беженцев, временная защита", { broad: true }),
      t("деньги на жизнь (leefgeld)", "leefgeld", "деньги на проживание, деньги на жизнь, leefgeld, пособие от муниципалитета", { find: "деньги на жизнь" }),
      t("разрешение на работу", "mag-ik-werken", "можно ли работать, разрешение", { find: "работать" }),
    ],
  },
  "/rechten-slachtoffers/": {
    nl: [
      t("slachtoffer: je rechten", "", "slachtoffers, rechten slachtoffer", { broad: true, find: "slachtoffers" }),
      t("bedenktijd", "bedenktijd", "bedenk tijd, nadenken, 3 maanden, au pair, gastgezin, verblijfsvergunning partner, uitgezet, uitzetting, teruggestuurd, terugsturen, terug naar mijn land, verblijfsvergunning, hier blijven"),
      t("opvang: een veilige plek", "opvang-een-veilige-plek", "opvang, veilige opvang, veilige plek, veilig adres, onderdak, slaapplek, weg van baas", { find: "opvang" }),
      t("aangifte doen", "aangifte-doen-bij-de-politie", "aangifte, aangifte doen, aangeven bij politie, rechercheur", { find: "aangifte doen" }),
      t("advocaat", "juridische-hulp", "juridisch, juridische hulp, rechtshulp, jurist", { find: "advocaat" }),
      t("gedwongen iets strafbaars te doen", "gedwongen-om-iets-strafbaars-te-doen", "straf, strafbaar, gestraft, straffen, bestraft, vervolgd, vervolging, verdachte, opgepakt, arrestatie, gearresteerd, strafblad, uitgeleend, uitlenen, bankpas uitgeleend, pinpas, rekening uitlenen", { find: "strafbaar" }),
    ],
    en: [
      t("victim: your rights", "", "victims, victim rights", { broad: true, find: "victim" }),
      t("reflection period", "bedenktijd", "time to think, bedenktijd, 3 months, au pair, host family, permit depends on partner, deported, deport, deportation, sent back, send me back, residence permit, stay in the netherlands"),
      t("shelter: a safe place (opvang)", "opvang-een-veilige-plek", "shelter, safe place, safe place to stay, safe house, safe address, somewhere to sleep, opvang", { find: "safe place" }),
      t("police report (aangifte)", "aangifte-doen-bij-de-politie", "police report, make a police report, report to the police, file a report, aangifte, detective", { find: "reporting police" }),
      t("lawyer", "juridische-hulp", "legal, legal help, legal aid"),
      t("forced to do something illegal", "gedwongen-om-iets-strafbaars-te-doen", "punished, punishment, punish, prosecuted, prosecution, arrested, arrest, suspect, criminal record, prison, jail, illegal, against the law, lent, lend, lent my card, debit card", { find: "illegal" }),
    ],
    uk: [
      t("постраждалі: ваші права", "", "постраждалий, постраждала, жертва, жертви", { broad: true, find: "постраждалих" }),
      t("час на роздуми (bedenktijd)", "bedenktijd", "роздуми, подумати, bedenktijd, 3 місяці, au pair, оперу, приймальна сім’я, депортують, депортація, депортувати, вишлють, вислати, видворять, видворення, відправлять назад, повернуть додому, дозвіл на проживання, посвідка на проживання, посвідка, внж, залишитися в нідерландах, залишитись, залишитися", { find: "час на роздуми" }),
      t("безпечне житло (opvang)", "opvang-een-veilige-plek", "притулок, притулку, безпечне місце, безпечне житло, безпечна адреса, де жити, opvang", { find: "безпечне житло" }),
      t("заява до поліції (aangifte)", "aangifte-doen-bij-de-politie", "заява, заява в поліцію, заяву, заявити в поліцію, aangifte", { find: "заява до поліції" }),
      t("адвокат", "juridische-hulp", "адвоката, юрист, юридична допомога"),
      t("якщо вас змусили порушити закон", "gedwongen-om-iets-strafbaars-te-doen", "покарають, покарання, покарати, покарали, карати, притягнуть, відповідальність, кримінальна відповідальність, посадять, в'язниця, тюрма, арешт, заарештують, підозрюваний, підозрюють, звинувачують, змусили, примусили, незаконне, злочин, правопорушення, порушити закон, судимість, дроп, дропи, позичив картку, позичила картку, позичити картку, дав картку, дала картку, віддав картку, віддала картку, передав картку, дав рахунок, дала рахунок", { find: "порушити закон" }),
    ],
    ru: [
      t("пострадавшие: ваши права", "", "пострадавший, пострадавшая, жертва, жертвы", { broad: true, find: "пострадавших" }),
      t("время на размышление (bedenktijd)", "bedenktijd", "размышление, подумать, bedenktijd, 3 месяца, au pair, оперу, принимающая семья, депортируют, депортация, депортировать, вышлют из страны, выслать из страны, выгонят из страны, отправят домой, отправят обратно, вид на жительство, вида на жительство, внж, остаться в нидерландах, остаться в голландии, остаться здесь", { find: "время на размышление" }),
      t("безопасное жильё (opvang)", "opvang-een-veilige-plek", "приют, приюта, безопасное место, безопасное жилье, безопасный адрес, где жить, opvang", { find: "безопасное жильё" }),
      t("заявление в полицию (aangifte)", "aangifte-doen-bij-de-politie", "заявление, заявление в полицию, заявить в полицию, aangifte", { find: "заявление в полицию" }),
      t("адвокат", "juridische-hulp", "адвоката, юрист, юридическая помощь"),
      t("если вас заставили нарушить закон", "gedwongen-om-iets-strafbaars-te-doen", "накажут, наказание, наказать, наказали, наказывать, заставили, преступление, уголовная ответственность, ответственность, привлекут, преследование, арест, арестуют, посадят, тюрьма, подозреваемый, незаконное, нарушить закон, судимость, дроп, дропы, банковский счёт, счёт, одолжил карту, одолжила карту, дал карту, дала карту, дал карточку, передал карту, отдал карту", { find: "нарушить закон" }),
    ],
  },
  "/wat-is-mensenhandel/": {
    nl: [
      t("mensenhandel", "", "uitbuiting, uitgebuit, dwang, gedwongen, mensensmokkel", { broad: true }),
      t("seksuele uitbuiting", "seksuele-uitbuiting", "loverboy, loverboys, pooier, prostitutie, sekswerk, seks, gedwongen prostitutie", { find: "seksuele uitbuiting" }),
      t("arbeidsuitbuiting", "arbeidsuitbuiting", "arbeids uitbuiting, uitbuiting op het werk, dwangarbeid, gedwongen werk"),
      t("criminele uitbuiting", "criminele-uitbuiting", "drugs, drugsrunner, bankpas afgeven, geldezel, stelen, gedwongen stelen, pakketjes, pakketje, pakketten", { find: "criminele uitbuiting" }),
    ],
    en: [
      t("human trafficking", "", "trafficking, exploitation, exploited, forced", { broad: true }),
      t("sexual exploitation", "seksuele-uitbuiting", "loverboy, loverboys, pimp, prostitution, sex work, sex, forced prostitution"),
      t("labour exploitation", "arbeidsuitbuiting", "labor exploitation, forced labour, forced labor, forced work"),
      t("criminal exploitation", "criminele-uitbuiting", "drugs, drug runner, money mule, bank card, stealing, shoplifting, forced crime, parcels, packages"),
    ],
    uk: [
      t("торгівля людьми", "", "торгівлі людьми, експлуатація, примус", { broad: true }),
      t("сексуальна експлуатація", "seksuele-uitbuiting", "loverboy, лавбой, сутенер, проституція, секс-робота, примусова проституція"),
      t("трудова експлуатація", "arbeidsuitbuiting", "примусова праця, примусова робота"),
      t("кримінальна експлуатація", "criminele-uitbuiting", "наркотики, кур'єр, кур’єр, закладки, закладка, закладчик, продавати наркотики, банківська картка, карта, крадіжки, красти, посилки, посилку, пакунки, пакунок, перевозити"),
    ],
    ru: [
      t("торговля людьми", "", "торговли людьми, эксплуатация, принуждение", { broad: true }),
      t("сексуальная эксплуатация", "seksuele-uitbuiting", "loverboy, лавбой, сутенёр, сутенер, проституция, секс-работа, принудительная проституция"),
      t("трудовая эксплуатация", "arbeidsuitbuiting", "принудительный труд, принудительная работа"),
      t("криминальная эксплуатация", "criminele-uitbuiting", "наркотики, курьер, наркокурьер, закладки, закладчик, продавать наркотики, банковская карта, банковскую карту, кражи, кража, воровство, красть, воровать, посылки, посылку"),
    ],
  },
  "/veilig-browsen/": {
    nl: [
      t("veilig browsen", "", "veilig, sporen wissen, telefoon", { broad: true }),
      t("geschiedenis wissen", "je-geschiedenis-wissen", "geschiedenis, wissen, verwijderen, sporen, browsergeschiedenis", { find: "geschiedenis wissen" }),
      t("incognito: privé browsen", "privé-browsen", "incognito, privévenster, privé, privé browsen", { find: "privé browsen" }),
      t("snel weg-knop", "de-knop-snel-weg", "snel weg, snel weggaan, knop, wegklikken", { find: "snel weg" }),
      t("telefoon delen", "een-gedeelde-telefoon", "gedeelde telefoon, telefoon delen, iemand kijkt mee", { find: "gedeelde telefoon" }),
    ],
    en: [
      t("browse safely", "", "safely, safe browsing, traces, phone", { broad: true }),
      t("clear your history", "je-geschiedenis-wissen", "history, delete history, clear history, delete, traces, browser history", { find: "clear history" }),
      t("private browsing (incognito)", "privé-browsen", "incognito, private, private browsing, private window", { find: "private browsing" }),
      t("leave quickly button", "de-knop-snel-weg", "leave quickly, quick exit, exit button", { find: "leave quickly" }),
      t("sharing a phone", "een-gedeelde-telefoon", "share a phone, shared phone, someone checks my phone", { find: "share phone" }),
    ],
    uk: [
      t("сліди на телефоні", "", "безпечний перегляд, сліди, телефон", { broad: true }),
      t("очистити історію", "je-geschiedenis-wissen", "історія, історію, видалити історію, очистити, сліди", { find: "очистити історію" }),
      t("приватний режим (інкогніто)", "privé-browsen", "інкогніто, приватний режим, приватно", { find: "приватний режим" }),
      t("кнопка «Швидко вийти»", "de-knop-snel-weg", "швидко вийти, швидкий вихід, кнопка", { find: "швидко вийти" }),
      t("спільний телефон", "een-gedeelde-telefoon", "телефоном користується ще хтось, хтось перевіряє телефон", { find: "спільний телефон" }),
    ],
    ru: [
      t("следы на телефоне", "", "безопасный просмотр, следы, телефон", { broad: true }),
      t("удалить историю", "je-geschiedenis-wissen", "история, историю, очистить историю, удалить, следы", { find: "удалить историю" }),
      t("приватный режим (инкогнито)", "privé-browsen", "инкогнито, приватный режим, приватно", { find: "приватный режим" }),
      t("кнопка «Быстро уйти»", "de-knop-snel-weg", "быстро уйти, быстрый выход, кнопка", { find: "быстро уйти" }),
      t("общий телефон", "een-gedeelde-telefoon", "телефоном пользуется кто-то, кто-то проверяет телефон", { find: "телефоном пользуется" }),
    ],
  },
  "/printen/": {
    nl: [
      t("printen: folders, posters en kaartjes", "", "printen, afdrukken, papier", { broad: true, find: "printen" }),
      t("folder", "folder", "folders, flyer, flyers, foldertje, brochure, printen", { find: "folder" }),
      t("poster", "poster-met-afscheurstrookjes", "posters, affiche, afscheurstrookjes", { find: "poster" }),
      t("kaartjes met nummers", "kaartjes-met-nummers", "kaartje, kaartjes, visitekaartje, nummers op papier", { find: "kaartjes" }),
    ],
    en: [
      t("print: leaflets, posters and cards", "", "print, printing, paper, folders", { broad: true, find: "print" }),
      t("leaflet (folder)", "folder", "leaflets, flyer, flyers, brochure, folder, print", { find: "leaflet" }),
      t("poster", "poster-met-afscheurstrookjes", "posters, tear-off", { find: "poster" }),
      t("cards with numbers", "kaartjes-met-nummers", "card, cards, pocket card", { find: "cards" }),
    ],
    uk: [
      t("друк: буклети, плакати і картки", "", "друк, надрукувати, роздрукувати", { broad: true, find: "друку" }),
      t("буклет", "folder", "листівка, листівки, листівку, флаєр, брошура, буклети, надрукувати", { find: "буклет" }),
      t("плакат", "poster-met-afscheurstrookjes", "плакати, постер, відривні смужки", { find: "плакат" }),
      t("картки з номерами", "kaartjes-met-nummers", "картка, картки, візитка", { find: "картки" }),
    ],
    ru: [
      t("печать: буклеты, плакаты и карточки", "", "печать, распечатать, напечатать", { broad: true, find: "печати" }),
      t("буклет", "folder", "листовка, листовки, листовку, флаер, брошюра, буклеты, распечатать", { find: "буклет" }),
      t("плакат", "poster-met-afscheurstrookjes", "плакаты, постер, отрывные полоски", { find: "плакат" }),
      t("карточки с номерами", "kaartjes-met-nummers", "карточка, карточки, визитка", { find: "карточки" }),
    ],
  },
  "/professionals/": {
    nl: [
      t("professionals", "", "professional, beroep, hulpverlener, docent, huisarts", { broad: true }),
      t("meldcode", "wat-doe-je-eerst", "meld code, meldcode huiselijk geweld, kindermishandeling, aandachtsfunctionaris, professional", { find: "meldcode" }),
    ],
    en: [
      t("professionals", "", "professional, profession, teacher, doctor, social worker", { broad: true }),
      t("reporting code (Meldcode)", "wat-doe-je-eerst", "meldcode, reporting code, child abuse, professional", { find: "meldcode" }),
    ],
    uk: [
      t("фахівці", "", "фахівець, фахівців, вчитель, лікар, соціальний працівник", { broad: true, find: "фахівців" }),
      t("протокол дій (Meldcode)", "wat-doe-je-eerst", "meldcode, протокол, насильство над дітьми, фахівець", { find: "meldcode" }),
    ],
    ru: [
      t("специалисты", "", "специалист, специалистов, учитель, врач, социальный работник", { broad: true, find: "специалистов" }),
      t("протокол действий (Meldcode)", "wat-doe-je-eerst", "meldcode, протокол, насилие над детьми, специалист", { find: "meldcode" }),
    ],
  },
  "/cijfers/": {
    nl: [t("cijfers", "", "aantallen, statistiek, hoeveel slachtoffers", { broad: true })],
    en: [t("figures", "", "numbers, statistics, how many victims", { broad: true })],
    uk: [t("цифри", "", "статистика, скільки постраждалих", { broad: true, find: "цифри" })],
    ru: [t("цифры", "", "статистика, сколько пострадавших", { broad: true, find: "цифры" })],
  },
  "/gemeenten/": {
    nl: [t("gemeenten: meldroute", "", "gemeente, haarlem, heemstede, bloemendaal, zandvoort, haarlemmermeer", { broad: true, find: "gemeente" })],
    en: [t("municipalities: reporting route", "", "municipality, council, haarlem, heemstede, bloemendaal, zandvoort, haarlemmermeer", { broad: true, find: "municipality" })],
    uk: [t("муніципалітети: куди повідомити", "", "муніципалітет, громада, haarlem, heemstede, bloemendaal, zandvoort, haarlemmermeer", { broad: true, find: "муніципалітет" })],
    ru: [t("муниципалитеты: куда сообщить", "", "муниципалитет, город, haarlem, heemstede, bloemendaal, zandvoort, haarlemmermeer", { broad: true, find: "муниципалитет" })],
  },
  "/privacy/": {
    nl: [t("privacy", "", "cookies, gegevens, bewaren, opslaan", { broad: true })],
    en: [t("privacy", "", "cookies, data, stored, tracking", { broad: true })],
    uk: [t("конфіденційність", "", "приватність, cookies, файли cookie, дані", { broad: true })],
    ru: [t("конфиденциальность", "", "приватность, cookies, файлы cookie, данные", { broad: true })],
  },
  "/toegankelijkheid/": {
    nl: [t("toegankelijkheid", "", "voorlezen, schermlezer, groter", { broad: true })],
    en: [t("accessibility", "", "screen reader, larger text", { broad: true })],
    uk: [t("доступність", "", "екранний диктор, великий шрифт", { broad: true })],
    ru: [t("доступность", "", "экранный диктор, крупный шрифт", { broad: true })],
  },
};
export default searchTopics;
