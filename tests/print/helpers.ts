// Reading the built PDFs (dist/print/) with poppler-utils and zbar-tools, as a reviewer would.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Locale } from "../../_data/locales.ts";
import { pdfPath, type ProductId } from "../../site/_lib/print/products.ts";

export const DIST = path.resolve("dist");

export function pdfFile(product: ProductId, locale: Locale): string {
  const file = path.join(DIST, pdfPath(product, locale));
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
  return file;
}

/** Why a command-line tool cannot be used here, or undefined when it is installed. */
export function missingTool(tool: string): string | undefined {
  const found = spawnSync("sh", ["-c", `command -v ${tool}`]).status === 0;
  if (found) return undefined;
  const why = `${tool} is not installed (apt-get install -y poppler-utils zbar-tools): check skipped`;
  console.warn(why);
  return why;
}

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: "utf8", maxBuffer: 20 * 1024 * 1024 });

/** The text in the order it was typeset (not by position: the poster's strips are turned sideways). */
export const pdfText = (file: string) => run("pdftotext", ["-raw", file, "-"]);

export function pdfInfo(file: string): { pages: number; width: number; height: number } {
  const info = run("pdfinfo", [file]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info);
  return { pages, width: Number(size?.[1]), height: Number(size?.[2]) };
}

/** pdffonts' table: one row per font with its "emb" column. */
export function pdfFonts(file: string): { name: string; embedded: boolean }[] {
  return run("pdffonts", [file])
    .split("\n")
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      const cols = line.trim().split(/\s+/);
      // name type... encoding emb sub uni object ID: emb is the 5th column from the end.
      return { name: cols[0]!, embedded: cols[cols.length - 5] === "yes" };
    });
}

/** Renders page `page` (1-based) to PNG and returns what zbarimg decodes on it. */
export function qrCodesOn(file: string, page: number): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), "print-qr-"));
  run("pdftoppm", ["-r", "150", "-f", String(page), "-l", String(page), "-png", file, path.join(dir, "p")]);
  const png = readdirSync(dir).find((f) => f.endsWith(".png"))!;
  const out = spawnSync("zbarimg", ["-q", "--raw", path.join(dir, png)], { encoding: "utf8" });
  return out.stdout.split("\n").filter(Boolean);
}

/**
 * Text compared without layout: no white space, no hyphens (Typst hyphenates at line ends), and
 * quotation marks unified (Typst sets smart quotes).
 */
export const flat = (text: string) =>
  text
    .normalize("NFC")
    .replace(/[\s\u00ad\-\u2010\u2011]/g, "")
    .replace(/[“”„«»"'‘’]/g, "");

/** The PDF's document title (pdfinfo's "Title"), or "" when it has none. */
export const pdfTitle = (file: string) => /^Title:\s+(.*)$/m.exec(run("pdfinfo", [file]))?.[1]?.trim() ?? "";

/** The document language in the PDF's catalog (/Lang), which a screen reader uses. */
export function pdfLang(file: string): string | undefined {
  return /\/Lang\s*\(([^)]*)\)/.exec(readFileSync(file, "latin1"))?.[1];
}

/**
 * The smallest distance in mm between ink and the paper's edge, over all pages (Ghostscript's bbox
 * device). Office printers leave about 5 mm blank.
 */
export function inkMarginMm(file: string, pageWidth: number, pageHeight: number): number {
  const out = spawnSync("gs", ["-q", "-dBATCH", "-dNOPAUSE", "-sDEVICE=bbox", file], { encoding: "utf8" });
  const boxes = [...`${out.stdout}${out.stderr}`.matchAll(/%%HiResBoundingBox: ([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+)/g)].map((m) => m.slice(1).map(Number));
  if (!boxes.length) throw new Error(`gs found no ink in ${file}`);
  const pt = Math.min(...boxes.flatMap(([x0, y0, x1, y1]) => [x0!, y0!, pageWidth - x1!, pageHeight - y1!]));
  return (pt / 72) * 25.4;
}
