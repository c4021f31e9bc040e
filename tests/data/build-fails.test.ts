// Bad input stops `npm run build` with one line that names the file and the key. Each case copies the
// project to a temporary folder, breaks one thing there, and runs the real build command.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const root = process.cwd();
const copied = ["site", "_data", "_includes", "scripts", "eleventy.config.js", "package.json", "tsconfig.json"];
let work = "";

function project(): string {
  work = mkdtempSync(path.join(tmpdir(), "build-fails-"));
  for (const entry of copied) cpSync(path.join(root, entry), path.join(work, entry), { recursive: true });
  symlinkSync(path.join(root, "node_modules"), path.join(work, "node_modules"));
  return work;
}

function edit(dir: string, file: string, from: string | RegExp, to: string) {
  const full = path.join(dir, file);
  const before = readFileSync(full, "utf8");
  const after = before.replace(from, to);
  if (after === before) throw new Error(`fixture: ${from} not found in ${file}`);
  writeFileSync(full, after);
}

function build(dir: string, env: Record<string, string> = {}) {
  const run = spawnSync("npm", ["run", "build", "--silent"], { cwd: dir, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", ...env } });
  return { status: run.status, lines: run.stderr.split("\n").filter(Boolean) };
}

afterEach(() => rmSync(work, { recursive: true, force: true }));

describe("npm run build stops on bad input", () => {
  it("a public address that is not https says so", () => {
    const dir = project();
    const { status, lines } = build(dir, { SITE_URL: "http://www.example.org" });
    expect(status).not.toBe(0);
    expect(lines).toContain('SITE_URL: "http://www.example.org" must start with https:// (the site is only served over https)');
  });

  it("a missing translation key names the file and the key", () => {
    const dir = project();
    edit(dir, "_data/strings/uk.ts", /\n\s*"footer\.privacy": [^\n]*/, "");
    const { status, lines } = build(dir);
    expect(status).not.toBe(0);
    expect(lines).toContain('_data/strings/uk.ts: "footer.privacy": missing translation');
  });

  it("an organisation without a source names the file and the organisation", () => {
    const dir = project();
    edit(dir, "_data/organisations.ts", `    source: src("https://www.veiligthuis.nl"),\n  },`, "  },");
    const { status, lines } = build(dir);
    expect(status).not.toBe(0);
    expect(lines).toContain("_data/organisations.ts: veiligthuis: no source");
  });

  it("a wrong law identifier on wetten.overheid.nl names the file and the fact", () => {
    const dir = project();
    // The mistake the December review found: the Waadi link opened the Elektriciteitswet 1998.
    edit(dir, "_data/facts.ts", '"https://wetten.overheid.nl/BWBR0009616/", { bwbr: "BWBR0009616"', '"https://wetten.overheid.nl/BWBR0009755/", { bwbr: "BWBR0009755"');
    const { status, lines } = build(dir);
    expect(status).not.toBe(0);
    expect(lines).toContain("_data/facts.ts: recruitmentFeeBan.source.url: BWBR0009755 is the Elektriciteitswet 1998 (the Waadi is BWBR0009616)");
  });

  it("a page present in one language but not another names the missing file", () => {
    const dir = project();
    rmSync(path.join(dir, "site/ru/privacy.md"));
    const { status, lines } = build(dir);
    expect(status).not.toBe(0);
    expect(lines).toContain("site/ru/privacy.md: missing (site/nl/privacy.md exists)");
  });

  it("a figure without a source names the file and the series", () => {
    const dir = project();
    edit(dir, "_data/figures.ts", `    source: { ...BLOEMENDAAL_31, table: "NLA 2021" },\n`, "");
    const { status, lines } = build(dir);
    expect(status).not.toBe(0);
    expect(lines).toContain("_data/figures.ts: nla2021: no source");
  });

  it("a route step without a known municipality names the file and the step", () => {
    const dir = project();
    edit(dir, "_data/municipalities.ts", `{ municipality: "haarlem", id: "avim"`, `{ municipality: "harlem", id: "avim"`);
    const { status, lines } = build(dir);
    expect(status).not.toBe(0);
    expect(lines).toContain('_data/municipalities.ts: steps[19] (avim).municipality: "harlem" is not a municipality in this file');
  });

  it("a contact that is not an e-mail address or a known organisation names the file and the contact", () => {
    const dir = project();
    edit(dir, "_data/municipalities.ts", `"veiligheid@bloemendaal.nl"`, `"veiligheid(at)bloemendaal.nl"`);
    edit(dir, "_data/municipalities.ts", `contacts: [{ org: "hvoquerido" }]`, `contacts: [{ org: "hvo" }]`);
    const { status, lines } = build(dir);
    expect(status).not.toBe(0);
    expect(lines).toContain('_data/municipalities.ts: steps[1] (meldpunt).contacts[0].email: "veiligheid(at)bloemendaal.nl" is not an e-mail address');
    expect(lines).toContain('_data/municipalities.ts: steps[14] (victims).contacts[0].org: "hvo" is not an organisation in _data/organisations.ts');
  });

  it("a broken tree reference names the node", () => {
    const dir = project();
    edit(dir, "_data/tree.ts", '{ id: "named", next: "r2" }', '{ id: "named", next: "r99" }');
    const { status, lines } = build(dir);
    expect(status).not.toBe(0);
    expect(lines).toContain('_data/tree.ts: q4: option "named" points to missing node "r99"');
  });

  it("a search topic pointing to a page that does not exist names the file and the key", () => {
    const dir = project();
    edit(dir, "_data/search-topics.ts", '"/toegankelijkheid/": {', '"/toegankelijk/": {');
    const { status, lines } = build(dir);
    expect(status).not.toBe(0);
    expect(lines).toContain('_data/search-topics.ts: "/toegankelijk/": no such page in nl');
  });
});

describe("expiring facts warn without stopping the build", () => {
  it("check-data prints one line per expired fact with its source and what to check, and exits 0", () => {
    const run = spawnSync("npx", ["tsx", "scripts/check-data.ts"], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1", SITE_TODAY: "2027-01-02" },
    });
    expect(run.status).toBe(0);
    const lines = run.stderr.split("\n").filter((l) => l.startsWith("warning: _data/facts.ts"));
    expect(lines).toHaveLength(5);
    expect(lines).toContain(
      "warning: _data/facts.ts: minimumWage21 expired on 2027-01-01 (pages now say it may have changed): check https://www.rijksoverheid.nl/onderwerpen/minimumloon/bedragen-minimumloon/bedragen-minimumloon-2026 for the gross hourly minimum wage for age 21 and over from the next indexation (1 January or 1 July); then update the value, source.verified, source.checkedAgainst and expires",
    );
  });
});
