import type { SearchStrings } from "./nl.ts";

const uk: SearchStrings = {
  "search.link": "Пошук",
  "search.label": "Пошук на сайті",
  "search.title": "Пошук: усі теми від А до Я",
  "search.description": "Усі теми та сторінки цього сайту від А до Я. Те, що ви шукаєте, ніде не зберігається.",
  "search.intro": "Тут зібрано всі теми та сторінки сайту від А до Я. Виберіть слово, щоб перейти на потрібну сторінку. Те, що ви шукаєте, ніде не зберігається.",
  "search.letters": "Перейти до літери",
  "search.results": "Результати пошуку",
  "search.count": { one: "{count} результат", few: "{count} результати", many: "{count} результатів", other: "{count} результату" },
  "search.none": "Нічого не знайдено. Ось де можна шукати далі:",
  "search.error": "Пошук зараз не працює. Ось де можна шукати далі:",
  "search.all": "Усі теми від А до Я",
  "search.tree": "Куди повідомити? Кілька запитань",
  "search.orgs": "Усі організації з номерами телефонів",
  "search.rewritten": "Результати за запитом «{words}»",
  "search.more": "Більше результатів",
  "search.other": "Інша мова?",
  "search.in.nl": "Шукати нідерландською",
  "search.in.en": "Шукати англійською",
  "search.in.uk": "Шукати українською",
  "search.in.ru": "Шукати російською",
};
export default uk;
