import type { ProStrings } from "./nl.ts";

const ru: ProStrings = {
};
export default ru;
