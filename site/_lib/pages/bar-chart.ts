// Geometry of a horizontal stacked bar chart, drawn at build time as SVG. Each row gets its label on a
// line of its own above the bar, so long labels (Russian, Ukrainian) never squeeze the bars at 320 px;
// every bar uses the full width, scaled to the largest row total. Pure, so the numbers can be tested.

export const CHART_WIDTH = 300;
const LEGEND_LINE = 20;
const LABEL_LINE = 16;
const BAR = 16;
const ROW_GAP = 10;
/** Room at the right of the longest bar for its total. */
const TOTAL_ROOM = 44;

export interface Segment {
  column: number;
  value: number;
  x: number;
  width: number;
}
export interface Row {
  index: number;
  total: number;
  labelY: number;
  barY: number;
  barHeight: number;
  segments: Segment[];
  /** Where the row's total is written: just after the bar. */
  totalX: number;
}
export interface BarLayout {
  width: number;
  height: number;
  /** Units of width per counted item (0 when every count is 0). */
  scale: number;
  legend: { column: number; y: number }[];
  rows: Row[];
}

export function layoutBars(values: readonly (readonly number[])[], columns: number): BarLayout {
  const legend = columns > 1 ? Array.from({ length: columns }, (_, column) => ({ column, y: column * LEGEND_LINE })) : [];
  const top = legend.length ? legend.length * LEGEND_LINE + 6 : 0;
  const totals = values.map((row) => row.reduce((a, b) => a + b, 0));
  const max = Math.max(0, ...totals);
  const scale = max > 0 ? (CHART_WIDTH - TOTAL_ROOM) / max : 0;
  const rowHeight = LABEL_LINE + BAR + ROW_GAP;
  const rows = values.map((row, index) => {
    let x = 0;
    const segments = row.map((value, column) => {
      const segment = { column, value, x, width: round(value * scale) };
      x = round(x + segment.width);
      return segment;
    });
    const labelY = top + index * rowHeight;
    return { index, total: totals[index]!, labelY, barY: labelY + LABEL_LINE, barHeight: BAR, segments, totalX: x + 4 };
  });
  return { width: CHART_WIDTH, height: top + values.length * rowHeight, scale, legend, rows };
}

const round = (n: number) => Math.round(n * 100) / 100;
