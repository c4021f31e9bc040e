import type { PluralText } from "../../types/text.ts";
import type { PrintStrings } from "./nl.ts";

const ru: PrintStrings = {
  "nav.printen": "Печать",

  "print.folder.title": "Это нормально?",
  "print.folder.subtitle": "Работа в Нидерландах: ваши права и где искать помощь",
  "print.folder.signs.intro": "Вас что-то беспокоит на работе? Ответьте на вопросы «да» или «нет».",
  "print.folder.signs.wage": "Вам платят не меньше минимальной зарплаты?",
  "print.folder.signs.passport": "Ваш паспорт или ID-карта у вас?",
  "print.folder.signs.debt": "Вы никому не должны — ни начальнику, ни тому, кто нашёл вам эту работу?",
  "print.folder.signs.leave": "Вы можете уволиться, когда захотите? И свободно выходить из дома?",
  "print.folder.signs.bank": "Ваша банковская карта и PIN-код только у вас?",
  "print.folder.signs.payslip": "Вы получаете расчётный листок (loonstrook)?",
  "print.folder.signs.advice": "Ответили «нет» два раза или больше? Обратитесь за советом. Чтобы задать вопрос, не нужно ни о чём сообщать. Куда обращаться — смотрите внутри.",

  "print.folder.rights.title": "Ваши права на работе",
  "print.folder.rights.wage.label": "Минимальная зарплата",
  "print.folder.rights.wage.text": "С {date} людям от 21 года должны платить не меньше {amount} брутто в час. Для тех, кто младше, минимум ниже.",
  "print.folder.rights.payslip.label": "Расчётный листок",
  "print.folder.rights.payslip.text": "Вы получаете листок при первой выплате и каждый раз, когда суммы меняются. В нём видно, сколько вы заработали и что из этого вычли.",
  "print.folder.rights.passport.label": "Ваш паспорт",
  "print.folder.rights.passport.text": "Работодатель может сделать копию вашего паспорта или ID-карты. Но сам документ остаётся у вас.",
  "print.folder.rights.fees.label": "Не платите за трудоустройство",
  "print.folder.rights.fees.text": "Агентство или посредник не имеет права брать с вас деньги за то, что нашли вам работу ({law}). Если вас заставляют отрабатывать долг — это тревожный знак.",
  "print.folder.rights.leave.label": "Вы можете уйти",
  "print.folder.rights.leave.text": "Вы имеете право уволиться. Никто не может вам угрожать или держать ваш паспорт, чтобы вас не отпустить.",

  "print.folder.help.title": "Куда обратиться",
  "print.folder.help.emergency": "Прямая опасность: кому-то угрожают, человека ранили или заперли.",
  "print.folder.help.nla": "Трудовая инспекция: слишком низкая зарплата, опасная работа или эксплуатация. Можно сообщить анонимно.",
  "print.folder.help.mma": "Анонимное сообщение. Там не видят, кто вы, и не спрашивают имени.",
  "print.folder.help.comensha": "Совет и помощь по вопросам торговли людьми — для всех. Также безопасное жильё.",
  "print.folder.help.politie": "Полиция: сообщить или подать заявление. Попросите соединить с AVIM — это специалисты по торговле людьми.",
  "print.folder.help.veiligthuis": "Насилие или давление со стороны партнёра или семьи.",

  "print.folder.back.title": "Подробнее — на вашем языке",
  "print.folder.back.text": "Наведите камеру телефона на код. На сайте больше о ваших правах, и там можно найти организацию, которая вам подходит. Сайт ничего о вас не собирает.",
  "print.folder.back.checked": "Дата проверки информации: {date}",

  "print.poster.title": "Это нормально на вашей работе?",
  "print.poster.line.passport": "Начальник держит ваш паспорт у себя.",
  "print.poster.line.debt": "Вы должны платить за работу, или ваш долг никак не уменьшается.",
  "print.poster.line.wage": "Вам 21 год или больше, а платят меньше {amount} брутто в час.",
  "print.poster.line.leave": "Вам не дают уволиться или уйти.",
  "print.poster.notNormal": "Это не нормально. Обратитесь за помощью. В Трудовой инспекции и Meld Misdaad Anoniem можно не называть своё имя.",
  "print.poster.qr": "Подробнее на вашем языке: наведите камеру на код.",
  "print.poster.tear": "Возьмите полоску с собой.",

  "print.card.title": "Полезные номера",
  "print.card.emergency": "Экстренная помощь",
  "print.card.nla": "Работа и зарплата",
  "print.card.mma": "Анонимно",
  "print.card.comensha": "Совет",
  "print.card.politie": "Полиция",
  "print.card.veiligthuis": "Дом и семья",
  "print.cards.instructions": "Печатайте в реальном размере (100 %, не «по размеру страницы»). Вырежьте по серым линиям. Каждая карточка помещается в кошелёк.",

  "print.product.folder": "Буклет",
  "print.product.poster": "Плакат с отрывными полосками",
  "print.product.cards": "Карточки с номерами",
  "print.download": "{language}: A4, {pages}, размер {size}",
  "print.pages": { one: "{count} страница", few: "{count} страницы", many: "{count} страниц", other: "{count} страницы" } as PluralText,
  "print.pdf": "PDF",
};
export default ru;
