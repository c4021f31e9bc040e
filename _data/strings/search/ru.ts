import type { SearchStrings } from "./nl.ts";

const ru: SearchStrings = {
  "search.link": "Поиск",
  "search.label": "Поиск по сайту",
  "search.title": "Поиск: все темы от А до Я",
  "search.description": "Все темы и страницы этого сайта от А до Я. То, что вы ищете, нигде не сохраняется.",
  "search.intro": "Здесь собраны все темы и страницы сайта от А до Я. Выберите слово, чтобы перейти на нужную страницу. То, что вы ищете, нигде не сохраняется.",
  "search.letters": "Перейти к букве",
  "search.results": "Результаты поиска",
  "search.count": { one: "{count} результат", few: "{count} результата", many: "{count} результатов", other: "{count} результата" },
  "search.none": "Ничего не найдено. Вот где можно искать дальше:",
  "search.error": "Поиск сейчас не работает. Вот где можно искать дальше:",
  "search.all": "Все темы от А до Я",
  "search.tree": "Куда сообщить? Несколько вопросов",
  "search.orgs": "Все организации с номерами телефонов",
  "search.rewritten": "Результаты по запросу «{words}»",
  "search.more": "Больше результатов",
  "search.other": "Другой язык?",
  "search.in.nl": "Искать на нидерландском",
  "search.in.en": "Искать на английском",
  "search.in.uk": "Искать на украинском",
  "search.in.ru": "Искать на русском",
};
export default ru;
