// Build step: typesets every print product in every language into dist/print/ (Typst in Node, no
// browser), then prints the time taken and each file's size. Runs before Eleventy, which reads the
// sizes for the Print page. Stops the build on a text that does not fit (naming language, product, key).
import fs from "node:fs";
import path from "node:path";
import { allJobs, pdfPath } from "../site/_lib/print/products.ts";
import { expiredFactWarnings } from "../site/_lib/print/content.ts";
import { siteToday } from "../site/_lib/facts/today.ts";
import { createTypesetter } from "../site/_lib/print/typeset.ts";

const root = process.cwd();
const started = performance.now();
try {
  for (const warning of expiredFactWarnings(siteToday())) console.warn(warning);
  const typesetter = createTypesetter(root);
  const lines: string[] = [];
  for (const { product, locale } of allJobs()) {
    const { pdf, pages } = await typesetter.typeset(product, locale);
    const file = path.join(root, "dist", pdfPath(product, locale));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, pdf);
    lines.push(`  ${pdfPath(product, locale)}  ${pages} p.  ${(pdf.length / 1024).toFixed(1)} KB`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (!process.env.QUIET_PRINT) console.log(`print: ${lines.length} PDFs in ${seconds} s\n${lines.join("\n")}`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
