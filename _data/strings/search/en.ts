import type { SearchStrings } from "./nl.ts";

const en: SearchStrings = {
  "search.link": "Search",
  "search.label": "Search this site",
  "search.title": "Search: all topics from A to Z",
  "search.description": "All topics and pages of this site from A to Z. What you search for is not stored anywhere.",
  "search.intro": "Here are all the topics and pages of this site, from A to Z. Choose a word to go to its page. What you search for is not stored anywhere.",
  "search.letters": "Go to letter",
  "search.results": "Search results",
  "search.count": { one: "{count} result", other: "{count} results" },
  "search.none": "Nothing found. You can go on here:",
  "search.error": "Search does not work right now. You can go on here:",
  "search.all": "All topics from A to Z",
  "search.tree": "Where can I report? A few questions",
  "search.orgs": "All organisations with their phone numbers",
  "search.rewritten": "Results for: {words}",
  "search.more": "More results",
  "search.other": "Another language?",
  "search.in.nl": "Search in Dutch",
  "search.in.en": "Search in English",
  "search.in.uk": "Search in Ukrainian",
  "search.in.ru": "Search in Russian",
};
export default en;
