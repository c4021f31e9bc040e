import type { SearchStrings } from "./nl.ts";

const en: SearchStrings = {
};
export default en;
