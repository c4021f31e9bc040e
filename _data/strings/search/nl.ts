// Dutch texts of the search part: the reference set for it.
import type { Shape } from "../shape.ts";

const nl = {
} satisfies Record<string, string>;

export type SearchStrings = Shape<typeof nl>;
export default nl;
