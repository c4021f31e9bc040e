import type { ProStrings } from "./nl.ts";

const uk: ProStrings = {
};
export default uk;
