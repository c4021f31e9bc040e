import { HtmlValidate } from "html-validate";
import { describe, expect, it } from "vitest";
import { builtPages } from "./helpers.ts";

// Preact writes void elements as <link/>: valid HTML, so that style rule is off.
const validator = new HtmlValidate({ extends: ["html-validate:recommended"], rules: { "void-style": "off" } });

describe("valid HTML", () => {
  it.each(builtPages().map((p) => [p.url, p] as const))("%s has no html-validate errors", async (_, page) => {
    const report = await validator.validateString(page.html, page.file);
    const errors = report.results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(errors).toEqual([]);
  });
});
