// Shortcodes of the professionals' pages: {% municipalities %} renders every municipality's route from
// _data/municipalities.ts, {% chart "id" %} one figure from _data/figures.ts (SVG + table + source).
import { render } from "preact-render-to-string";
import figures from "../../../_data/figures.ts";
import { municipalities, steps } from "../../../_data/municipalities.ts";
import { BarChart } from "../../_components/BarChart.tsx";
import { MunicipalityRoute } from "../../_components/MunicipalityRoute.tsx";
import { pageContext, type Config, type ShortcodeThis } from "./shortcode-context.ts";
import { siteToday } from "../facts/today.ts";


export function registerProShortcodes(config: Config): void {
  config.addShortcode("municipalities", function () {
    const ctx = pageContext(this);
    const today = siteToday();
    return municipalities
      .map((m) =>
        render(
          <MunicipalityRoute
            municipality={m}
            steps={steps.filter((s) => s.municipality === m.id)}
            ctx={ctx}
            today={today}
            directory={`/${ctx.locale}/hulp/`}
          />,
        ),
      )
      .join("\n");
  });

  config.addShortcode("chart", function (id) {
    const series = figures.find((f) => f.id === id);
    if (!series) throw new Error(`${this.page.inputPath}: unknown figure "${id}" (see _data/figures.ts)`);
    return render(<BarChart series={series} ctx={pageContext(this)} />);
  });
}
