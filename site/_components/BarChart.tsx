// A figure from _data/figures.ts: an SVG bar chart drawn at build time (no script, no chart library)
// with a <title>, the same numbers in a table, and the plan the numbers come from. The table is what
// screen readers and print rely on; the chart is for seeing the proportions at a glance.
import type { Series } from "../../_data/figures.ts";
import type { Context } from "../_lib/i18n/context.ts";
import type { StringKey } from "../../_data/strings/index.ts";
import { layoutBars } from "../_lib/pages/bar-chart.ts";
import { formatPlanDate } from "../_lib/facts/plan-date.ts";

/** Fills that differ in lightness (so they survive grey printing); every segment also gets a dark outline. */
const FILLS = ["#154273", "#5b8fc7", "#d5e4f3"];
const OUTLINE = "#154273";

export function BarChart({ series, ctx }: { series: Series; ctx: Context }) {
  const { t } = ctx;
  const label = (id: string) => t(`pro.label.${id}` as StringKey);
  const num = new Intl.NumberFormat(ctx.intl);
  const layout = layoutBars(series.values, series.columns.length);
  const id = `fig-${series.id}`;
  const title = t(`pro.fig.${series.id}.title` as StringKey);
  const multi = series.columns.length > 1;
  // The first column's header names what the rows are: areas, forms of exploitation, or else just "what".
  const FORMS = ["sexual", "criminal", "labour"];
  const rowsHeader = series.rows.every((r) => FORMS.includes(r))
    ? "pro.chart.form"
    : series.rows.some((r) => FORMS.includes(r) || r === "estimate" || r === "registered2022")
      ? "pro.chart.what"
      : "pro.chart.area";
  const { source } = series;
  return (
    <figure class="chart" id={id}>
      <figcaption id={`${id}-caption`}>{title}</figcaption>
      <svg
        class="bars"
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width={layout.width}
        height={layout.height}
        font-size="13"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{t("pro.chart.svgNote")}</desc>
        {layout.legend.map((l) => (
          <g key={l.column} class="legend">
            <rect x="0" y={l.y + 3} width="14" height="14" fill={FILLS[l.column]} stroke={OUTLINE} />
            <text x="20" y={l.y + 15} fill="currentColor">
              {label(series.columns[l.column]!)}
            </text>
          </g>
        ))}
        {layout.rows.map((row) => (
          <g key={row.index} data-row={series.rows[row.index]}>
            <text x="0" y={row.labelY + 12} fill="currentColor">
              {label(series.rows[row.index]!)}
            </text>
            {row.segments.map((s) => (
              <rect
                key={s.column}
                data-column={series.columns[s.column]}
                data-value={s.value}
                x={s.x}
                y={row.barY}
                width={s.width}
                height={row.barHeight}
                fill={FILLS[s.column]}
                stroke={s.value ? OUTLINE : "none"}
              />
            ))}
            <text class="total" x={row.totalX} y={row.barY + 12} fill="currentColor" font-weight="700">
              {num.format(row.total)}
            </text>
          </g>
        ))}
      </svg>
      <div class="table-wrap">
        <table class="figures">
          <caption class="vh">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t(rowsHeader)}</th>
              {series.columns.map((c) => (
                <th scope="col" key={c}>
                  {multi ? label(c) : t("pro.chart.count")}
                </th>
              ))}
              {multi && <th scope="col">{t("pro.chart.total")}</th>}
            </tr>
          </thead>
          <tbody>
            {series.rows.map((r, i) => (
              <tr key={r} data-row={r}>
                <th scope="row">{label(r)}</th>
                {series.values[i]!.map((v, c) => (
                  <td key={c} data-column={series.columns[c]}>
                    {num.format(v)}
                  </td>
                ))}
                {multi && <td data-column="total">{num.format(series.values[i]!.reduce((a, b) => a + b, 0))}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="muted source">
        {/* Each chart is scaled to its own longest bar: say so, so nobody compares bar lengths across charts. */}
        {t("pro.chart.ownScale")}{" "}
        {"table" in source
          ? t("pro.chart.source", { title: source.title, date: formatPlanDate(source.date, ctx.intl), section: source.section, table: source.table })
          : t("pro.chart.sourceText", { title: source.title, date: formatPlanDate(source.date, ctx.intl), section: source.section })}
      </p>
    </figure>
  );
}
