// The words people search with, per page and language. `topics` are shown in the search page's A to Z
// index (each a link to its page) and indexed with a high weight; `also` are only indexed: synonyms,
// everyday and inflected forms (Pagefind stems Dutch, English and Russian, but not Ukrainian, so the
// common Ukrainian forms are listed here). Keys are page paths without the language prefix; the build
// fails, naming this file and the key, when a key is not a page in every language.
import type { Locale } from "./locales.ts";

export interface SearchTopics {
  topics: Readonly<Record<Locale, readonly string[]>>;
  also?: Readonly<Partial<Record<Locale, readonly string[]>>>;
}

const searchTopics: Readonly<Record<string, SearchTopics>> = {
  "/melden/": {
    topics: {
      nl: ["melden", "melding maken", "tip geven"],
      en: ["report", "tip-off"],
      uk: ["повідомити", "повідомлення про злочин"],
      ru: ["сообщить", "сообщение о преступлении"],
    },
    also: {
      nl: ["meld", "meldpunt", "aangeven", "rapporteren", "waar melden"],
      en: ["reporting", "tip", "where to report"],
      uk: ["повідомляти", "повідомте", "повідомлю", "повідомити", "поскаржитися", "скарга", "куди повідомити"],
      ru: ["сообщать", "сообщите", "сообщу", "пожаловаться", "жалоба", "куда сообщить"],
    },
  },
  "/rechten-op-het-werk/": {
    topics: {
      nl: ["minimumloon", "loon", "salaris", "vakantiegeld", "loonstrook", "paspoort", "identiteitsbewijs", "uitzendbureau", "huisvesting", "werktijden", "arbeidscontract"],
      en: ["minimum wage", "wage", "salary", "holiday pay", "payslip", "passport", "ID card", "employment agency", "housing", "working hours", "contract"],
      uk: ["мінімальна зарплата", "зарплата", "заробітна плата", "відпускні", "розрахунковий лист", "паспорт", "посвідчення особи", "агентство з працевлаштування", "житло", "робочий час", "трудовий договір"],
      ru: ["минимальная зарплата", "зарплата", "заработная плата", "отпускные", "расчётный лист", "паспорт", "удостоверение личности", "кадровое агентство", "жильё", "рабочее время", "трудовой договор"],
    },
    also: {
      nl: ["ID", "id-kaart", "uurloon", "betaling", "uitbetaling", "wonen", "woning", "huur", "uitzendwerk", "uitzendkracht", "werkgever", "contract", "loonbriefje", "overuren"],
      en: ["ID", "identity", "wages", "pay", "paid", "agency", "temp agency", "accommodation", "rent", "employer", "overtime"],
      uk: ["зарплату", "зарплати", "зарплатою", "заробітну", "плата", "плату", "платня", "оплата", "мінімалка", "паспорта", "паспортом", "документи", "ID", "агентство", "агентства", "агенція", "житла", "житлом", "квартира", "оренда", "роботодавець", "роботодавця", "договір", "контракт", "понаднормові"],
      ru: ["зарплату", "зарплаты", "заработную", "плата", "оплата", "паспорта", "документы", "ID", "агентство", "агентства", "жилье", "жилья", "квартира", "аренда", "работодатель", "договор", "контракт", "сверхурочные"],
    },
  },
  "/signalen/": {
    topics: {
      nl: ["signalen", "schuld", "zelftest"],
      en: ["signs", "debt", "self-check"],
      uk: ["ознаки", "борг", "перевірка для себе"],
      ru: ["признаки", "долг", "самопроверка"],
    },
    also: {
      nl: ["schulden", "lening", "geld lenen", "herkennen", "waarschuwing"],
      en: ["debts", "owe", "loan", "recognise", "warning"],
      uk: ["борги", "боргу", "боргів", "боргом", "заборгованість", "позика", "ознака", "розпізнати"],
      ru: ["долги", "долга", "долгов", "задолженность", "заём", "признак", "распознать"],
    },
  },
  "/hulp/": {
    topics: {
      nl: ["politie", "hulp", "organisaties", "anoniem"],
      en: ["police", "help", "organisations", "anonymous"],
      uk: ["поліція", "допомога", "організації", "анонімно"],
      ru: ["полиция", "помощь", "организации", "анонимно"],
    },
    also: {
      nl: ["agent", "wijkagent", "bellen", "telefoonnummer", "contact"],
      en: ["organizations", "officer", "call", "phone number", "contact"],
      uk: ["поліцію", "поліції", "поліцією", "поліцейський", "допомогу", "допомоги", "зателефонувати", "телефон", "контакти"],
      ru: ["полицию", "полиции", "полицией", "полицейский", "помощи", "позвонить", "телефон", "контакты"],
    },
  },
  "/oekraine/": {
    topics: {
      nl: ["Oekraïne", "vluchtelingen", "leefgeld", "werkvergunning"],
      en: ["Ukraine", "refugees", "living allowance", "work permit"],
      uk: ["Україна", "біженці", "гроші на проживання", "дозвіл на роботу"],
      ru: ["Украина", "беженцы", "деньги на проживание", "разрешение на работу"],
    },
    also: {
      nl: ["Oekraïners", "Oekraïens", "vluchteling", "tijdelijke bescherming"],
      en: ["Ukrainian", "refugee", "allowance", "temporary protection"],
      uk: ["України", "українці", "біженець", "біженців", "leefgeld", "тимчасовий захист"],
      ru: ["Украины", "украинцы", "беженец", "беженцев", "leefgeld", "временная защита"],
    },
  },
  "/rechten-slachtoffers/": {
    topics: {
      nl: ["slachtoffer", "bedenktijd", "opvang", "advocaat", "aangifte"],
      en: ["victim", "reflection period", "shelter", "lawyer"],
      uk: ["постраждалі", "час на роздуми", "притулок", "адвокат"],
      ru: ["пострадавшие", "время на размышление", "приют", "адвокат"],
    },
    also: {
      nl: ["slachtoffers", "veilige plek", "schadevergoeding", "aangifte doen"],
      en: ["victims", "safe place", "legal aid", "compensation"],
      uk: ["жертва", "жертви", "постраждалий", "постраждала", "адвоката", "безпечне місце"],
      ru: ["жертва", "жертвы", "пострадавший", "пострадавшая", "адвоката", "безопасное место"],
    },
  },
  "/wat-is-mensenhandel/": {
    topics: {
      nl: ["mensenhandel", "uitbuiting", "arbeidsuitbuiting", "seksuele uitbuiting", "criminele uitbuiting"],
      en: ["human trafficking", "exploitation", "labour exploitation", "sexual exploitation", "forced crime"],
      uk: ["торгівля людьми", "експлуатація", "трудова експлуатація", "сексуальна експлуатація", "примус до злочинів"],
      ru: ["торговля людьми", "эксплуатация", "трудовая эксплуатация", "сексуальная эксплуатация", "принуждение к преступлениям"],
    },
    also: {
      nl: ["uitgebuit", "gedwongen", "dwang", "prostitutie"],
      en: ["trafficking", "exploited", "forced", "forced labour", "prostitution"],
      uk: ["торгівлі", "торгівлю", "експлуатації", "примус", "примусова праця", "проституція"],
      ru: ["торговли", "эксплуатации", "принуждение", "принудительный труд", "проституция"],
    },
  },
  "/veilig-browsen/": {
    topics: {
      nl: ["veilig browsen", "geschiedenis wissen", "incognito", "snel weg"],
      en: ["browse safely", "clear history", "private browsing", "leave quickly"],
      uk: ["безпечний перегляд", "очистити історію", "приватний режим", "швидкий вихід"],
      ru: ["безопасный просмотр", "очистить историю", "приватный режим", "быстрый выход"],
    },
    also: {
      nl: ["browser", "geschiedenis", "privévenster"],
      en: ["browser", "history", "incognito"],
      uk: ["браузер", "історія", "історію", "інкогніто"],
      ru: ["браузер", "история", "инкогнито"],
    },
  },
  "/privacy/": {
    topics: { nl: ["privacy", "cookies"], en: ["privacy", "cookies"], uk: ["приватність", "файли cookie"], ru: ["конфиденциальность", "файлы cookie"] },
    also: { uk: ["cookies", "дані", "конфіденційність"], ru: ["cookies", "данные", "приватность"] },
  },
  "/toegankelijkheid/": {
    topics: { nl: ["toegankelijkheid"], en: ["accessibility"], uk: ["доступність"], ru: ["доступность"] },
  },
};
export default searchTopics;
