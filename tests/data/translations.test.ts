// One text in every language: every translated page has exactly the Dutch page's units, a changed Dutch
// unit makes exactly its translations outdated (the build warns), and a missing unit stops the build.
// CHECKED is the list of languages the build holds to the Dutch (site/_lib/translations/enforced.ts):
// add "uk" and "ru" there once their pages match, and this test covers them too.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { UNIT_CHECKED_LOCALES as CHECKED, isHeldToDutch } from "../../site/_lib/translations/enforced.ts";
import { dutchPages, pageReports } from "../../site/_lib/translations/project.ts";
import { unitsOf } from "../../site/_lib/translations/units.ts";

const root = process.cwd();

describe.each(CHECKED.map((lang) => [lang]))("%s pages say what the Dutch says, unit by unit", (lang) => {
  // PAGES_NOT_YET_CHECKED (enforced.ts) names the few pages left out, each with its reason.
  const held = pageReports(root, lang).filter((r) => isHeldToDutch(lang, r.file.split("/").slice(2).join("/")));
  it.each(held.map((r) => [r.file, r] as const))("%s has exactly the Dutch page's units", (_, report) => {
    expect(report.findings.filter((f) => f.type !== "outdated").map((f) => f.message)).toEqual([]);
  });
});

const copied = ["site", "_data", "_includes", "scripts", "translations", "eleventy.config.js", "package.json", "tsconfig.json"];
let work = "";
function project(): string {
  work = mkdtempSync(path.join(tmpdir(), "translations-"));
  for (const entry of copied)
    if (existsSync(path.join(root, entry))) cpSync(path.join(root, entry), path.join(work, entry), { recursive: true });
  symlinkSync(path.join(root, "node_modules"), path.join(work, "node_modules"));
  return work;
}
afterEach(() => work && rmSync(work, { recursive: true, force: true }));

/** The build's first step, the data check, run in `dir` exactly as `npm run build` runs it. */
function checkData(dir: string) {
  const run = spawnSync("npx", ["tsx", "scripts/check-data.ts"], { cwd: dir, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { status: run.status, errors: run.stderr.split("\n").filter(Boolean) };
}

describe.skipIf(!CHECKED.length)("the build and the Dutch source", () => {
  it("changing one Dutch unit marks exactly that unit outdated in every checked language, and the build warns", () => {
    const dir = project();
    const file = path.join(dir, "site/nl/signalen.md");
    const source = readFileSync(file, "utf8");
    const unit = unitsOf(source).find((u) => u.kind === "list item")!;
    const line = source.split("\n")[unit.line]!;
    writeFileSync(file, source.replace(line, `${line} Vraag ernaar.`));

    for (const lang of CHECKED) {
      const outdated = pageReports(dir, lang).flatMap((r) => r.findings.map((f) => ({ file: r.file, ...f })));
      const changed = outdated.filter((f) => f.message.includes("the Dutch changed"));
      expect(changed.map((f) => [f.file, f.type, f.type === "outdated" && f.nl.n])).toEqual([[`site/${lang}/signalen.md`, "outdated", unit.n]]);
    }
    const { status, errors } = checkData(dir);
    expect(status).toBe(0);
    for (const lang of CHECKED)
      expect(errors.filter((l) => l.includes("the Dutch changed"))).toContainEqual(
        expect.stringMatching(new RegExp(`^site/${lang}/signalen\\.md: outdated unit \\d+, translates Dutch unit ${unit.n} .*\\(the page shows the older translation\\)$`)),
      );
  });

  it("a translated page missing a unit stops the build, naming language, page and unit", () => {
    const dir = project();
    const lang = CHECKED[0]!;
    const file = path.join(dir, `site/${lang}/signalen.md`);
    const nlUnits = unitsOf(readFileSync(path.join(dir, "site/nl/signalen.md"), "utf8"));
    const source = readFileSync(file, "utf8");
    const item = unitsOf(source).filter((u) => u.kind === "list item")[1]!;
    const lines = source.split("\n");
    lines.splice(item.line, 1);
    writeFileSync(file, lines.join("\n"));

    const run = spawnSync("npm", ["run", "build", "--silent"], { cwd: dir, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    expect(run.status).not.toBe(0);
    const dutch = nlUnits.find((u) => u.hash === item.stamp)!;
    expect(run.stderr).toContain(`site/${lang}/signalen.md: missing unit ${dutch.n} (list item "`);
  });
});

it("every Dutch page is a page of every translation (the pairing has something to pair)", () => {
  for (const lang of ["en", "uk", "ru"]) expect(pageReports(root, lang).map((r) => r.file)).toEqual(dutchPages(root).map((p) => `site/${lang}/${p}`));
});
