// Dutch texts of the pro part: the reference set for it.
import type { Shape } from "../shape.ts";

const nl = {
} satisfies Record<string, string>;

export type ProStrings = Shape<typeof nl>;
export default nl;
