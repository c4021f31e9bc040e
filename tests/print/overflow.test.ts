// A text too long for its panel stops the build with a message naming the language, the product and
// the key, instead of Typst quietly pushing it onto another page or cutting it off.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { createTypesetter, FILL_LIMIT_PERCENT, PrintError } from "../../site/_lib/print/typeset.ts";

const typesetter = createTypesetter(process.cwd(), "https://example.org");
const long = (words: number) => Array.from({ length: words }, () => "Лише дуже довгий текст").join(" ");

describe("a text that does not fit", () => {
  it("in a folder panel names the language, the product and the key", async () => {
    const error = await typesetter.typeset("folder", "uk", { "print.folder.rights.passport.text": long(120) }).catch((e) => e);
    expect(error).toBeInstanceOf(PrintError);
    expect(error.message).toMatch(/^print folder \(uk\): the texts of panel "rights" are [\d.]+ mm too long/);
    // The culprit is named first: it is the longest text of the panel.
    expect(error.message).toContain("Shorten one of these keys, longest first: print.folder.rights.passport.text,");
  });

  it("on a pocket card names the card panel and the key", async () => {
    const error = await typesetter.typeset("cards", "ru", { "print.card.title": long(12) }).catch((e) => e);
    expect(error.message).toMatch(/^print cards \(ru\): the texts of panel "card"/);
    expect(error.message).toContain("print.card.title");
  });

  it("on a tear-off strip names the strips and the key", async () => {
    const error = await typesetter.typeset("poster", "nl", { "print.card.nla": long(4) }).catch((e) => e);
    expect(error.message).toMatch(/^print poster \(nl\): the texts of panel "strips"/);
    expect(error.message).toContain("print.card.nla");
  });

  it("texts that fit give the promised pages", async () => {
    const { pages, pdf } = await typesetter.typeset("folder", "nl");
    expect(pages).toBe(2);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("a panel filled to about 95% stops the build naming the key (the text itself would still fit)", async () => {
    // Grow one text word by word: the first sizes fit, then the panel passes 90% and the build stops.
    const key = "print.folder.rights.passport.text";
    let found: { words: number; percent: number; message: string } | undefined;
    for (let words = 100; words <= 400 && !found; words += 4) {
      const error = await typesetter.typeset("folder", "uk", { [key]: Array.from({ length: words }, () => "так").join(" ") }).catch((e) => e);
      if (!(error instanceof PrintError)) continue;
      const percent = Number(/they fill (\d+)% of it/.exec(error.message)?.[1]);
      if (percent >= 93 && percent <= 99) found = { words, percent, message: error.message };
    }
    expect(found, "a text length that fills the panel to 93-99%").toBeDefined();
    expect(found!.message).toMatch(/^print folder \(uk\): the texts of panel "rights" are [\d.]+ mm too long for it \(they fill 9\d% of it; at most 90%/);
    expect(found!.message).toContain(`Shorten one of these keys, longest first: ${key},`);
  });

  it("the limit the message names is the one the templates apply", () => {
    const limit = /#let fill-limit = ([\d.]+)/.exec(readFileSync("site/_print/common.typ", "utf8"))?.[1];
    expect(Number(limit) * 100).toBe(FILL_LIMIT_PERCENT);
  });
});
