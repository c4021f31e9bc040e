// The whole build with the clock set after the minimum wage's expiry (SITE_TODAY): every language's
// rights page no longer shows an amount as current, but says it may have changed and links to the source;
// so does every other page and every PDF that uses an expired amount.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import facts from "../../_data/facts.ts";
import { LOCALES } from "../../_data/locales.ts";
import { validityOf } from "../../site/_lib/facts/fact-expiry.ts";
import { allJobs, pdfPath } from "../../site/_lib/print/products.ts";
import { productData } from "../../site/_lib/print/content.ts";
import { missingTool } from "../print/helpers.ts";

const root = process.cwd();
let work = "";
let run: ReturnType<typeof spawnSync>;

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), "expired-build-"));
  for (const entry of ["site", "_data", "_includes", "scripts", "eleventy.config.js", "package.json", "tsconfig.json"])
    cpSync(path.join(root, entry), path.join(work, entry), { recursive: true });
  symlinkSync(path.join(root, "node_modules"), path.join(work, "node_modules"));
  run = spawnSync("npm", ["run", "build", "--silent"], { cwd: work, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", SITE_TODAY: "2027-01-02" } });
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const pageText = (lang: string) =>
  readFileSync(path.join(work, "dist", lang, "rechten-op-het-werk", "index.html"), "utf8")
    .replace(/<[^>]+>/g, "")
    .replace(/[\u00a0\u202f]/g, " ");

const notes = {
  nl: "het bedrag is misschien veranderd: kijk op rijksoverheid.nl",
  en: "the amount may have changed: check rijksoverheid.nl",
  uk: "сума могла змінитися: перевірте на rijksoverheid.nl",
  ru: "сумма могла измениться: проверьте на rijksoverheid.nl",
};

describe("a build after the minimum wage expired", () => {
  it("succeeds and warns", () => {
    expect(run.status).toBe(0);
    expect(String(run.stderr)).toContain("warning: _data/facts.ts: minimumWage21 expired on 2027-01-01");
  });


  for (const [lang, note] of Object.entries(notes)) {
    it(`${lang}: the rights page shows no minimum-wage amount, only the note with a link to the source`, () => {
      const text = pageText(lang);
      expect(text).toContain(note);
      expect(text).not.toMatch(/14[.,]99|11[.,]99|7[.,]50/);
      const html = readFileSync(path.join(work, "dist", lang, "rechten-op-het-werk", "index.html"), "utf8");
      expect(html).toContain(`<a href="${facts.minimumWage21.source.url}" rel="noreferrer">`);
    });
  }
});

const EXPIRED_ON = "2027-01-02";
/** The money facts expired on that day, and their amounts as any language writes them (14,99 / 14.99). */
const expired = Object.entries(facts).filter(([, f]) => f.value.kind === "money" && validityOf((f as { expires?: string }).expires, EXPIRED_ON) === "expired");
const amounts = new RegExp(
  expired.map(([, f]) => (f.value as { amount: number }).amount.toFixed(2).replace(".", "[.,]")).map((a) => `(?<![\\d.,])${a}(?!\\d)`).join("|"),
);
const flat = (text: string) => text.replace(/[\u00a0\u202f\s]+/g, " ");

describe("every page and PDF that uses an expired amount, on 2027-01-02", () => {
  it("the minimum wage amounts are among the expired facts", () => {
    expect(expired.map(([id]) => id).sort()).toEqual(["minimumWage18", "minimumWage19", "minimumWage20", "minimumWage21"]);
  });

  // The pages that use an expired amount, found from their Markdown (every language has the same files).
  const uses = new RegExp(`\\{%-?\\s*fact\\s+["'](${expired.map(([id]) => id).join("|")})["']`);
  for (const lang of LOCALES) {
    const pages = readdirSync(path.join(root, "site", lang)).filter((f) => f.endsWith(".md") && uses.test(readFileSync(path.join(root, "site", lang, f), "utf8")));
    it(`${lang}: ${pages.length} pages use an expired amount; each shows the notice and no amount`, () => {
      expect(pages.length).toBeGreaterThanOrEqual(4);
      for (const page of pages) {
        const html = readFileSync(path.join(work, "dist", lang, page.replace(/\.md$/, ""), "index.html"), "utf8");
        const text = flat(html.replace(/<[^>]+>/g, ""));
        expect(text, `${lang}/${page}`).toContain(notes[lang as keyof typeof notes]);
        expect(text, `${lang}/${page}`).not.toMatch(amounts);
      }
    });
  }

  // The PDFs that state an expired amount when built before the day (found from their content).
  const jobs = allJobs().filter((job) => amounts.test(JSON.stringify(productData(job.product, { locale: job.locale, url: "https://x", qr: "qr.svg", today: "2026-12-04" }))));
  it.skipIf(missingTool("pdftotext"))(`${jobs.length} PDFs state the amount before the day; after it each prints the notice instead`, () => {
    expect(jobs.map((j) => j.product).sort()).toContain("poster");
    for (const { product, locale } of jobs) {
      const file = path.join(work, "dist", pdfPath(product, locale));
      const text = flat(execFileSync("pdftotext", ["-raw", file, "-"], { encoding: "utf8" }));
      // Typst hyphenates and wraps the notice: compare without the spaces and line breaks.
      const squeezed = (t: string) => t.replace(/[-\s]/g, "");
      expect(squeezed(text), file).toContain(squeezed(notes[locale]));
      expect(text, file).not.toMatch(amounts);
    }
  });
});
