import type { PrintStrings } from "./nl.ts";

const ru: PrintStrings = {
};
export default ru;
