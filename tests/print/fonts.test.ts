// The PDFs come from the pinned fonts only. A machine with its own "Noto Sans" (Debian's fonts-noto-core,
// another version with other widths) once made the Dutch poster two pages. Here a folder holds a decoy
// Noto Sans whose letters are 40% wider; every product typeset with that folder visible must be the same
// file, byte for byte, as without it: same pages, same embedded fonts, same lines.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../_data/locales.ts";
import { fontFamilyNames, fontTable, pinnedFontFiles, PRINT_FONT_FAMILY, printFontBlobs, renameFontFamily } from "../../site/_lib/print/fonts.ts";
import { PRODUCTS, type ProductId } from "../../site/_lib/print/products.ts";
import { createTypesetter } from "../../site/_lib/print/typeset.ts";
import { missingTool, pdfFonts } from "./helpers.ts";

function table(ttf: Buffer, tag: string): { offset: number; length: number } {
  const found = fontTable(ttf, tag);
  if (!found) throw new Error(`no ${tag} table`);
  return found;
}

/** A copy of a TrueType font with every advance width times `factor` (the family name stays). */
function widened(ttf: Buffer, factor: number): Buffer {
  const out = Buffer.from(ttf);
  const metrics = out.readUInt16BE(table(out, "hhea").offset + 34);
  const hmtx = table(out, "hmtx").offset;
  for (let i = 0; i < metrics; i++) out.writeUInt16BE(Math.min(65535, Math.round(out.readUInt16BE(hmtx + 4 * i) * factor)), hmtx + 4 * i);
  return out;
}

function decoyFontFolder(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "decoy-fonts-"));
  mkdirSync(dir, { recursive: true });
  for (const { file } of pinnedFontFiles()) writeFileSync(path.join(dir, path.basename(file)), widened(readFileSync(file), 1.4));
  return dir;
}

describe("the print fonts", () => {
  it("are the pinned Noto Sans under the project's own family name", () => {
    for (const blob of printFontBlobs()) expect(fontFamilyNames(blob)).toEqual([PRINT_FONT_FAMILY]);
    const original = readFileSync(pinnedFontFiles()[0]!.file);
    expect(fontFamilyNames(original)).toContain("Noto Sans");
    // Only the names change: the glyphs and metrics are the pinned file's.
    const renamed = renameFontFamily(original, "Test Family", "Regular");
    expect(renamed.subarray(table(renamed, "glyf").offset, table(renamed, "glyf").offset + 4096)).toEqual(original.subarray(table(original, "glyf").offset, table(original, "glyf").offset + 4096));
  });

  it("a decoy really is wider, so the comparison below could fail", () => {
    const [regular] = pinnedFontFiles();
    const ttf = readFileSync(regular!.file);
    const hmtx = table(ttf, "hmtx").offset;
    expect(widened(ttf, 1.4).readUInt16BE(hmtx + 4 * 40)).toBeGreaterThan(ttf.readUInt16BE(hmtx + 4 * 40));
  });

  it("give the same PDFs with another Noto Sans on the machine", async () => {
    const root = process.cwd();
    const decoys = [decoyFontFolder()];
    // Debian's own Noto Sans too, where the machine has it (CI installs fonts-noto-core).
    if (existsSync("/usr/share/fonts/truetype/noto")) decoys.push("/usr/share/fonts/truetype/noto");
    const plain = createTypesetter(root, "https://example.org", "2026-12-04");
    const crowded = createTypesetter(root, "https://example.org", "2026-12-04", decoys);
    const tmp = mkdtempSync(path.join(os.tmpdir(), "fonts-pdf-"));
    for (const product of Object.keys(PRODUCTS) as ProductId[]) {
      for (const locale of LOCALES) {
        const a = await plain.typeset(product, locale);
        const b = await crowded.typeset(product, locale);
        expect(b.pages, `${product} ${locale}`).toBe(a.pages);
        if (!missingTool("pdffonts")) {
          const names = (pdf: Buffer, name: string) => {
            const file = path.join(tmp, `${name}.pdf`);
            writeFileSync(file, pdf);
            return pdfFonts(file).map((f) => f.name.replace(/^[A-Z]{6}\+/, "")).sort();
          };
          const fonts = names(a.pdf, "a");
          expect(fonts.every((f) => f.startsWith("NotoSansKennemerland-")), fonts.join(", ")).toBe(true);
          expect(names(b.pdf, "b"), `${product} ${locale}`).toEqual(fonts);
        }
        expect(b.pdf.equals(a.pdf), `${product} ${locale}: the same file`).toBe(true);
      }
    }
  }, 120_000);
});
