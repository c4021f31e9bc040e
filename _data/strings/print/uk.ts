import type { PluralText } from "../../types/text.ts";
import type { PrintStrings } from "./nl.ts";

const uk: PrintStrings = {
  "nav.printen": "Друк",

  "print.folder.title": "Чи це нормально?",
  "print.folder.subtitle": "Робота в Нідерландах: ваші права і де шукати допомогу",
  "print.folder.signs.intro": "Вас щось турбує на роботі? Дайте відповідь «так» або «ні».",
  "print.folder.signs.wage": "Вам платять не менше за мінімальну зарплату?",
  "print.folder.signs.passport": "Ваш паспорт чи ID-картка — у вас?",
  "print.folder.signs.debt": "Ви нікому не винні грошей — ні роботодавцю, ні людині, яка знайшла вам цю роботу?",
  "print.folder.signs.leave": "Ви можете звільнитися, коли захочете? І вільно виходити з дому?",
  "print.folder.signs.bank": "Ваша банківська картка і PIN-код — тільки у вас?",
  "print.folder.signs.payslip": "Ви отримуєте розрахунковий листок (loonstrook)?",
  "print.folder.signs.advice": "Відповіли «ні» двічі або більше? Зверніться по пораду. Щоб поставити запитання, не треба нічого повідомляти. Куди звертатися — дивіться всередині.",

  "print.folder.rights.title": "Ваші права на роботі",
  "print.folder.rights.wage.label": "Мінімальна зарплата",
  "print.folder.rights.wage.text": "З {date} людям від 21 року мають платити щонайменше {amount} брутто за годину. Для молодших мінімум нижчий.",
  "print.folder.rights.payslip.label": "Розрахунковий листок",
  "print.folder.rights.payslip.text": "Ви отримуєте листок при першій виплаті і щоразу, коли суми змінюються. У ньому видно, скільки ви заробили і що з вас вирахували.",
  "print.folder.rights.passport.label": "Ваш паспорт",
  "print.folder.rights.passport.text": "Роботодавець може зробити копію вашого паспорта чи ID-картки. Але сам документ залишається у вас.",
  "print.folder.rights.fees.label": "Не платіть за працевлаштування",
  "print.folder.rights.fees.text": "Агенція чи посередник не має права брати з вас гроші за те, що знайшли вам роботу ({law}). Якщо вас змушують відпрацьовувати борг — це тривожний знак.",
  "print.folder.rights.leave.label": "Ви можете піти",
  "print.folder.rights.leave.text": "Ви маєте право звільнитися. Ніхто не може вам погрожувати чи тримати ваш паспорт, щоб вас не відпустити.",

  "print.folder.help.title": "Куди звернутися",
  "print.folder.help.emergency": "Пряма небезпека: комусь погрожують, людину поранили або замкнули.",
  "print.folder.help.nla": "Трудова інспекція: замала зарплата, небезпечна робота чи експлуатація. Можна повідомити анонімно.",
  "print.folder.help.mma": "Анонімне повідомлення. Там не бачать, хто ви, і не питають імені.",
  "print.folder.help.comensha": "Порада і допомога щодо торгівлі людьми — для всіх. Також безпечне житло.",
  "print.folder.help.politie": "Поліція: повідомити або подати заяву. Попросіть з'єднати з AVIM — це фахівці з торгівлі людьми.",
  "print.folder.help.veiligthuis": "Насильство чи тиск з боку партнера або родини.",

  "print.folder.back.title": "Більше — вашою мовою",
  "print.folder.back.text": "Наведіть камеру телефона на код. На сайті більше про ваші права, і там можна знайти організацію, яка вам підходить. Сайт нічого про вас не збирає.",
  "print.folder.back.checked": "Дата перевірки інформації: {date}",

  "print.poster.title": "Чи це нормально на вашій роботі?",
  "print.poster.line.passport": "Начальник тримає ваш паспорт у себе.",
  "print.poster.line.debt": "Ви мусите платити за роботу, або ваш борг ніяк не зменшується.",
  "print.poster.line.wage": "Вам 21 рік або більше, а платять менше ніж {amount} брутто за годину.",
  "print.poster.line.leave": "Вам не дають звільнитися чи піти.",
  "print.poster.notNormal": "Це не нормально. Зверніться по допомогу. У Трудовій інспекції і Meld Misdaad Anoniem можна не називати свого імені.",
  "print.poster.qr": "Більше — вашою мовою: наведіть камеру на код.",
  "print.poster.tear": "Візьміть смужку з собою.",

  "print.card.title": "Корисні номери",
  "print.card.emergency": "Екстрена допомога",
  "print.card.nla": "Робота і зарплата",
  "print.card.mma": "Анонімно",
  "print.card.comensha": "Порада",
  "print.card.politie": "Поліція",
  "print.card.veiligthuis": "Дім і сім'я",
  "print.cards.instructions": "Друкуйте в реальному розмірі (100 %, не «за розміром сторінки»). Виріжте по сірих лініях. Кожна картка вміщається в гаманець.",

  "print.product.folder": "Буклет",
  "print.product.poster": "Плакат з відривними смужками",
  "print.product.cards": "Картки з номерами",
  "print.download": "{language}: формат A4, {pages}, {size}",
  "print.pages": { one: "{count} сторінка", few: "{count} сторінки", many: "{count} сторінок", other: "{count} сторінки" } as PluralText,
  "print.pdf": "PDF",
};
export default uk;
