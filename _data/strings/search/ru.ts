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
  "search.none": "Ничего не найдено. Попробуйте другое слово или посмотрите все темы от А до Я.",
  "search.error": "Поиск сейчас не работает. Посмотрите все темы от А до Я.",
  "search.all": "Все темы от А до Я",
};
export default ru;
