// The whole build with the clock set after the minimum wage's expiry (SITE_TODAY): every language's
// rights page no longer shows an amount as current, but says it may have changed and links to the source.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import facts from "../../_data/facts.ts";

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

describe("a build after the minimum wage expired", () => {
  it("succeeds and warns", () => {
    expect(run.status).toBe(0);
    expect(String(run.stderr)).toContain("warning: _data/facts.ts: minimumWage21 expired on 2027-01-01");
  });

  const notes = {
    nl: "het bedrag is misschien veranderd: kijk op rijksoverheid.nl",
    en: "the amount may have changed: check rijksoverheid.nl",
    uk: "сума могла змінитися: перевірте на rijksoverheid.nl",
    ru: "сумма могла измениться: проверьте на rijksoverheid.nl",
  };
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
