import type { ProStrings } from "./nl.ts";

const en: ProStrings = {
};
export default en;
