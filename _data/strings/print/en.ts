import type { PrintStrings } from "./nl.ts";

const en: PrintStrings = {
};
export default en;
