// {% printdownloads "folder" %}: the links to one print product's PDF in every language, each saying
// its language, paper size, page count and file size. The PDFs are made before Eleventy runs
// (scripts/build-print.ts, the step before it in `npm run build`); the sizes are read from dist/.
// Under the links: the date after which the product should be printed again (paper cannot update an
// amount). {% printsample %}: why the PDFs say "sample", only in a build without the site's address.
import { statSync } from "node:fs";
import path from "node:path";
import { render } from "preact-render-to-string";
import { LOCALES, localeInfo } from "../../../_data/locales.ts";
import { citeSource } from "../facts/page-sources.ts";
import { reprintAfter, sourcesUsed } from "../print/content.ts";
import { isSampleBuild } from "../print/typeset.ts";
import { formatDate } from "../i18n/format.ts";
import { PRODUCTS, pdfPath, type ProductId } from "../print/products.ts";
import { pageContext, type Config } from "./shortcode-context.ts";


const MARK = "\u0000";

function fileSize(url: string, inputPath: string): number {
  const file = path.join(process.cwd(), "dist", url);
  try {
    return statSync(file).size;
  } catch {
    throw new Error(`${inputPath}: ${path.relative(process.cwd(), file)} is missing: run "npm run build", which makes the PDFs before Eleventy runs`);
  }
}

export function registerPrintShortcodes(config: Config): void {
  config.addShortcode("printdownloads", function (product) {
    if (!(product in PRODUCTS)) throw new Error(`${this.page.inputPath}: unknown print product "${product}" (see site/_lib/print/products.ts)`);
    const { t, intl, locale } = pageContext(this);
    // The PDFs state facts and numbers: this page lists their sources like any page that shows them.
    for (const source of sourcesUsed()) citeSource(this.page.url, source);
    const names = new Intl.DisplayNames([intl], { type: "language" });
    const kb = new Intl.NumberFormat(intl, { style: "unit", unit: "kilobyte", maximumFractionDigits: 0 });
    const id = product as ProductId;
    const until = reprintAfter(id);
    const reprint = until ? t("print.reprint.until", { date: formatDate(until, intl) }) : t("print.reprint.none");
    return render(
      <>
      <ul class="downloads">
        {LOCALES.map((lang) => {
          const url = pdfPath(id, lang);
          const own = <span lang={lang}>{localeInfo[lang].endonym}</span>;
          // "Oekraïens (Українська)": the name in the page's language, then the endonym in its own.
          const local = names.of(lang) ?? lang;
          const name =
            lang === locale ? (
              localeInfo[lang].endonym
            ) : (
              <>
                {local.charAt(0).toLocaleUpperCase(intl) + local.slice(1)} ({own})
              </>
            );
          const [before, after] = t("print.download", {
            language: MARK,
            pages: t("print.pages", { count: PRODUCTS[id].pages }),
            size: kb.format(Math.max(1, Math.round(fileSize(url, this.page.inputPath) / 1024))),
          }).split(MARK);
          return (
            <li key={lang}>
              <a href={url} hreflang={lang} type="application/pdf">
                {before}
                {name}
                {after} ({t("print.pdf")})
              </a>
            </li>
          );
        })}
      </ul>
      <p class="reprint">{reprint}</p>
      </>,
    );
  });

  config.addShortcode("printsample", function () {
    if (!isSampleBuild()) return "";
    const { t } = pageContext(this);
    // A warning box, not a plain paragraph: staff who print a batch must not miss it.
    return render(<p class="sample-warning" role="note"><strong>{t("print.sample.page")}</strong></p>);
  });
}
