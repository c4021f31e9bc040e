import type { PrintStrings } from "./nl.ts";

const uk: PrintStrings = {
};
export default uk;
