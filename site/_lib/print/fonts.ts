// The print products' fonts: exactly the Noto Sans TTFs that package-lock.json pins, never the machine's.
// Typst in Node always loads the system's fonts as well (typst.ts issue #893, no switch), and a system
// "Noto Sans" of another version wins and changes line widths. So the pinned files get a family name no
// installed font has, rewritten in memory at build time; the templates ask for that name only.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** The family the templates use (site/_print/common.typ): unique to this project. */
export const PRINT_FONT_FAMILY = "Noto Sans Kennemerland";

const WEIGHTS = [
  { dir: "400Regular", file: "NotoSans_400Regular.ttf", style: "Regular" },
  { dir: "700Bold", file: "NotoSans_700Bold.ttf", style: "Bold" },
] as const;

/** The pinned TTF files, from the npm package. */
export function pinnedFontFiles(): { file: string; style: string }[] {
  const pkg = path.dirname(require.resolve("@expo-google-fonts/noto-sans/package.json"));
  return WEIGHTS.map((w) => ({ file: path.join(pkg, w.dir, w.file), style: w.style }));
}

/** Where a table sits in a TrueType font: its directory entry's offset, and the table's own offset and length. */
export function fontTable(ttf: Buffer, tag: string): { entry: number; offset: number; length: number } | undefined {
  const numTables = ttf.readUInt16BE(4);
  for (let i = 0; i < numTables; i++) {
    const entry = 12 + i * 16;
    if (ttf.toString("latin1", entry, entry + 4) === tag) return { entry, offset: ttf.readUInt32BE(entry + 8), length: ttf.readUInt32BE(entry + 12) };
  }
  return undefined;
}

function tableChecksum(table: Buffer): number {
  const padded = Buffer.concat([table, Buffer.alloc((4 - (table.length % 4)) % 4)]);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

/** Name IDs kept from the original: copyright, trademark, manufacturer, designer, licence and its URL. */
const KEPT_NAME_IDS = new Set([0, 7, 8, 9, 13, 14]);

function readNameRecords(name: Buffer): { nameId: number; text: string }[] {
  const count = name.readUInt16BE(2);
  const storage = name.readUInt16BE(4);
  const records: { nameId: number; text: string }[] = [];
  for (let i = 0; i < count; i++) {
    const at = 6 + i * 12;
    const [platform, encoding, language, nameId, length, offset] = [0, 2, 4, 6, 8, 10].map((o) => name.readUInt16BE(at + o)) as [number, number, number, number, number, number];
    if (platform !== 3 || encoding !== 1 || language !== 0x409 || !KEPT_NAME_IDS.has(nameId)) continue;
    const raw = name.subarray(storage + offset, storage + offset + length);
    records.push({ nameId, text: Buffer.from(raw).swap16().toString("utf16le") });
  }
  return records;
}

function buildNameTable(records: { nameId: number; text: string }[]): Buffer {
  const sorted = [...records].sort((a, b) => a.nameId - b.nameId);
  const strings = sorted.map((r) => Buffer.from(r.text, "utf16le").swap16());
  const header = Buffer.alloc(6 + sorted.length * 12);
  header.writeUInt16BE(0, 0);
  header.writeUInt16BE(sorted.length, 2);
  header.writeUInt16BE(header.length, 4);
  let offset = 0;
  sorted.forEach((r, i) => {
    const at = 6 + i * 12;
    header.writeUInt16BE(3, at); // Windows
    header.writeUInt16BE(1, at + 2); // Unicode BMP
    header.writeUInt16BE(0x409, at + 4); // en-US
    header.writeUInt16BE(r.nameId, at + 6);
    header.writeUInt16BE(strings[i]!.length, at + 8);
    header.writeUInt16BE(offset, at + 10);
    offset += strings[i]!.length;
  });
  return Buffer.concat([header, ...strings]);
}

/**
 * Returns a copy of a TrueType font whose names say `family` (IDs 1, 4, 6; style in ID 2). The new
 * name table is appended and the table directory points to it; glyphs and metrics are untouched.
 */
export function renameFontFamily(ttf: Buffer, family: string, style: string): Buffer {
  const found = fontTable(ttf, "name");
  if (!found) throw new Error(`font has no name table`);
  const { entry } = found;
  const oldName = ttf.subarray(found.offset, found.offset + found.length);
  const postscript = `${family.replace(/\s+/g, "")}-${style}`;
  const name = buildNameTable([
    ...readNameRecords(oldName),
    { nameId: 1, text: family },
    { nameId: 2, text: style },
    { nameId: 3, text: postscript },
    { nameId: 4, text: `${family} ${style}` },
    { nameId: 6, text: postscript },
  ]);
  const aligned = ttf.length + ((4 - (ttf.length % 4)) % 4);
  const out = Buffer.concat([ttf, Buffer.alloc(aligned - ttf.length), name, Buffer.alloc((4 - (name.length % 4)) % 4)]);
  out.writeUInt32BE(tableChecksum(name), entry + 4);
  out.writeUInt32BE(aligned, entry + 8);
  out.writeUInt32BE(name.length, entry + 12);
  return out;
}

/** The family names a TrueType font declares (name ID 1 and 16), for tests and checks. */
export function fontFamilyNames(ttf: Buffer): string[] {
  const found = fontTable(ttf, "name");
  if (!found) return [];
  const name = ttf.subarray(found.offset, found.offset + found.length);
  const count = name.readUInt16BE(2);
  const storage = name.readUInt16BE(4);
  const names = new Set<string>();
  for (let r = 0; r < count; r++) {
    const at = 6 + r * 12;
    const nameId = name.readUInt16BE(at + 6);
    if (nameId !== 1 && nameId !== 16) continue;
    const start = storage + name.readUInt16BE(at + 10);
    const raw = Buffer.from(name.subarray(start, start + name.readUInt16BE(at + 8)));
    names.add(name.readUInt16BE(at) === 1 ? raw.toString("latin1") : raw.swap16().toString("utf16le"));
  }
  return [...names];
}

/** The pinned fonts, renamed to PRINT_FONT_FAMILY, as blobs for the Typst compiler. */
export function printFontBlobs(): Buffer[] {
  return pinnedFontFiles().map(({ file, style }) => renameFontFamily(fs.readFileSync(file), PRINT_FONT_FAMILY, style));
}
