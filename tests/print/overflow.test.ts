// A text too long for its panel stops the build with a message naming the language, the product and
// the key, instead of Typst quietly pushing it onto another page or cutting it off.
import { describe, expect, it } from "vitest";
import { createTypesetter, PrintError } from "../../site/_lib/print/typeset.ts";

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
});
