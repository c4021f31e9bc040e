import type { SearchStrings } from "./nl.ts";

const en: SearchStrings = {
  "search.link": "Search",
  "search.label": "Search this site",
  "search.title": "Search: all topics from A to Z",
  "search.description": "All topics and pages of this site from A to Z. What you search for is never stored.",
  "search.intro": "Here are all the topics and pages of this site, from A to Z. Choose a word to go to its page. What you search for is never stored.",
  "search.letters": "Go to letter",
  "search.results": "Search results",
  "search.count": { one: "{count} result", other: "{count} results" },
  "search.none": "Nothing found. Try another word, or look at all topics from A to Z.",
  "search.error": "Search does not work right now. Look at all topics from A to Z.",
  "search.all": "All topics from A to Z",
};
export default en;
