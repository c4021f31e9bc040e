/**
 * Where something on the professionals' pages comes from: a municipal plan stored in the project's
 * seeds (shared/seeds/<seed>), the section in it, and the plan's title and date. These plans are the
 * only source for the routes and figures, so a reader and a reviewer can find the exact passage.
 */
export interface PlanRef {
  /** File name in shared/seeds/, e.g. "000_abe07b85b0c20474.txt". */
  seed: string;
  /** Section or paragraph number as the plan numbers it ("3.3.3", "9"). */
  section: string;
  /** The plan's own title, in Dutch. */
  title: string;
  /** When the plan was adopted or written: YYYY-MM-DD where the plan says, YYYY where it gives only the year. */
  date: string;
}
