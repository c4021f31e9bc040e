// Dutch texts of the print part: the reference set for it.
import type { Shape } from "../shape.ts";

const nl = {
} satisfies Record<string, string>;

export type PrintStrings = Shape<typeof nl>;
export default nl;
