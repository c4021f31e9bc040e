import type { SearchStrings } from "./nl.ts";

const ru: SearchStrings = {
};
export default ru;
