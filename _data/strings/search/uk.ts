import type { SearchStrings } from "./nl.ts";

const uk: SearchStrings = {
};
export default uk;
