// `npm run translations`: per language and page, the missing, extra and outdated units (soonest to fix
// first), then the UI strings and search terms. `npm run translations -- en` shows one language. Exits 1
// when a page the build holds to the Dutch misses a unit or has an extra one.
// `npm run translations -- --stamp uk/signalen.md` records the current Dutch version on every unit of a
// checked translation; see docs/translations.md for the targets. `--show` prints, under each outdated
// unit, the Dutch as it reads now and the translation as it reads now, so a reviewer can compare them.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_LOCALE } from "../_data/locales.ts";
import { stampPage } from "../site/_lib/translations/pages.ts";
import { stampStrings, stampTopics } from "../site/_lib/translations/keyed.ts";
import { TRANSLATED, dutchPages, keyedReports, pageReports, readStamps, searchTopics, stringParts, writeStamps } from "../site/_lib/translations/project.ts";
import { UNIT_CHECKED_LOCALES, isHeldToDutch } from "../site/_lib/translations/enforced.ts";

const root = process.cwd();
const args = process.argv.slice(2);

async function stamp(target: string): Promise<boolean> {
  // uk:strings[:prefix] / uk:topics[:prefix]
  const keyed = target.match(/^([a-z]{2}):(strings|topics)(?::(.*))?$/);
  if (keyed) {
    const [, lang, what, prefix = ""] = keyed;
    const stamps = readStamps(root, lang!);
    const n = what === "strings" ? stampStrings(await stringParts(root, lang!), stamps, prefix) : stampTopics(await searchTopics(root), lang!, stamps, prefix);
    writeStamps(root, lang!, stamps);
    console.log(`${target}: ${n} ${what === "strings" ? "string(s)" : "term(s)"} stamped`);
    return true;
  }
  // uk/signalen.md, or uk/ for every page of the language
  const page = target.replace(/^site\//, "").match(/^([a-z]{2})\/(.*)$/);
  if (!page || !TRANSLATED.includes(page[1] as never)) {
    console.error(`${target}: not a target (uk/signalen.md, uk/, uk:strings[:part/key-prefix], uk:topics[:/page/])`);
    return false;
  }
  const [, lang, rel] = page;
  const pages = rel ? [rel] : dutchPages(root);
  let ok = true;
  for (const p of pages) {
    const file = path.join(root, "site", lang!, p);
    const result = stampPage(readFileSync(path.join(root, "site", DEFAULT_LOCALE, p), "utf8"), readFileSync(file, "utf8"));
    if ("refused" in result) {
      ok = false;
      console.error(`site/${lang}/${p}: not stamped, the units do not match the Dutch:`);
      for (const line of result.refused) console.error(`  ${line}`);
      continue;
    }
    writeFileSync(file, result.source);
    console.log(`site/${lang}/${p}: ${result.stamped} unit(s) stamped`);
  }
  return ok;
}

const stampAt = args.indexOf("--stamp");
if (stampAt >= 0) {
  const targets = args.slice(stampAt + 1).filter((a) => !a.startsWith("--"));
  if (!targets.length) {
    console.error("--stamp needs a target: uk/signalen.md, uk/, uk:strings[:prefix], uk:topics[:prefix]");
    process.exit(2);
  }
  let ok = true;
  for (const t of targets) ok = (await stamp(t)) && ok;
  process.exit(ok ? 0 : 1);
}

const show = args.includes("--show");
const langs = args.filter((a) => TRANSLATED.includes(a as never));
let blocking = 0;
for (const lang of langs.length ? langs : TRANSLATED) {
  const checked = UNIT_CHECKED_LOCALES.includes(lang as never);
  console.log(`\n== ${lang}${checked ? " (the build holds it to the Dutch)" : " (not yet held to the Dutch by the build)"}`);
  const pages = pageReports(root, lang).filter((p) => p.findings.length);
  const keyed = (await keyedReports(root, lang)).filter((r) => r.findings.length);
  // Soonest to fix first: files with missing units, then extra, then only outdated.
  const rank = (fs: readonly { type: string }[]) => Math.min(...fs.map((f) => ({ missing: 0, extra: 1, outdated: 2 })[f.type as "missing"]));
  const all = [...pages, ...keyed].sort((a, b) => rank(a.findings) - rank(b.findings));
  if (!all.length) console.log("everything matches the Dutch and is stamped");
  for (const { file, findings } of all) {
    const page = file.startsWith("site/") ? file.split("/").slice(2).join("/") : undefined;
    const held = page !== undefined && isHeldToDutch(lang, page);
    console.log(`${file}${page !== undefined && checked && !held ? " (not held by the build yet: PAGES_NOT_YET_CHECKED)" : ""}`);
    // Units never stamped are one line: a page not yet stamped would otherwise list every unit.
    const unstamped = show ? [] : findings.filter((f) => f.type === "outdated" && f.message.endsWith("not stamped yet"));
    for (const f of findings) {
      if (unstamped.includes(f)) continue;
      console.log(`  ${f.message}`);
      if (show && "nl" in f && "tr" in f && f.nl && f.tr) console.log(`    nl: ${(f.nl as { text: string }).text}\n    ${lang}: ${(f.tr as { text: string }).text}`);
      if (show && "now" in f && f.now) console.log(`    nl: ${f.now.nl}\n    ${lang}: ${f.now.tr}`);
    }
    if (unstamped.length) console.log(`  ${unstamped.length} unit(s)/key(s) not stamped yet`);
    if (held) blocking += findings.filter((f) => f.type !== "outdated").length;
  }
}
process.exit(blocking ? 1 : 0);
