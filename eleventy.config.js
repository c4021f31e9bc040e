// Eleventy glue: loaders, the i18n plugin, shortcodes. The logic lives in site/_lib and the markup in
// site/_components; this file only wires them in.
// tsx lets Eleventy and this file import .ts/.tsx (see ../shared notes: toolchain). `npm run build`
// (scripts/build.js) has registered it already; a second registration would send every later import
// through both copies of its hooks, a fifth of the build's CPU. `npx @11ty/eleventy --serve` needs this one.
if (!globalThis[Symbol.for("kennemerland.tsx-registered")]) await import("tsx/esm");
import { I18nPlugin } from "@11ty/eleventy";

export default async function (eleventyConfig) {
  // .tsx must be imported inside the function: a static import of .tsx here fails (toolchain notes).
  const { registerShortcodes } = await import("./site/_lib/eleventy/shortcodes.tsx");
  const { registerProShortcodes } = await import("./site/_lib/eleventy/pro-shortcodes.tsx");
  const { checkAll } = await import("./site/_lib/data/load-data.ts");
  const { forgetAllSources } = await import("./site/_lib/facts/page-sources.ts");
  const { DEFAULT_LOCALE } = await import("./_data/locales.ts");
  const { renderableMarkdown } = await import("./site/_lib/translations/render.ts");

  // Bad data stops every build, also `eleventy --serve`: one line per problem, naming file and key.
  // (`npm run build` has checked already, in scripts/check-data.ts, and says so with DATA_CHECKED.)
  eleventyConfig.on("eleventy.before", async () => {
    forgetAllSources();
    if (process.env.DATA_CHECKED) return;
    const findings = await checkAll(process.cwd());
    if (findings.length) throw new Error(`data check failed:\n${findings.join("\n")}`);
  });

  // .11ty.tsx templates and layouts return finished HTML strings (rendered with Preact).
  eleventyConfig.addExtension(["11ty.tsx"], { key: "11ty.js" });
  eleventyConfig.addTemplateFormats("11ty.tsx");
  eleventyConfig.addGlobalData("layout", "base.11ty.tsx");

  // Strict: a locale_url link to a page that does not exist in that language fails the build.
  eleventyConfig.addPlugin(I18nPlugin, { defaultLanguage: DEFAULT_LOCALE, errorMode: "strict" });

  registerShortcodes(eleventyConfig);
  registerProShortcodes(eleventyConfig);

  // Links from prose to other sites send no referrer: the other site must not learn where people came from.
  eleventyConfig.amendLibrary("md", (md) => {
    const render = md.renderer.rules.link_open ?? ((tokens, i, options, env, self) => self.renderToken(tokens, i, options));
    md.renderer.rules.link_open = (tokens, i, options, env, self) => {
      if (/^https?:/.test(tokens[i].attrGet("href") ?? "")) tokens[i].attrSet("rel", "noreferrer");
      return render(tokens, i, options, env, self);
    };
  });

  // Translation markers never reach the HTML, and a translated heading takes its Dutch heading's id.
  eleventyConfig.addPreprocessor("translation-units", "md", (data, content) => renderableMarkdown(data.page.inputPath, content));

  eleventyConfig.addPassthroughCopy({ "site/assets": "assets", "site/favicon.svg": "favicon.svg" });
  eleventyConfig.addWatchTarget("_data/");
  eleventyConfig.ignores.add("site/_*/**");

  return {
    dir: { input: "site", includes: "../_includes", data: "../_data", output: "dist" },
    templateFormats: ["md", "11ty.tsx"],
    markdownTemplateEngine: "liquid",
  };
}
