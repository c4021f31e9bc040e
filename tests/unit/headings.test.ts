import { describe, expect, it } from "vitest";
import { contentsOf, slugify, textOf, withHeadingIds, type Heading } from "../../site/_lib/pages/headings.ts";

describe("heading ids", () => {
  it("keeps letters of every script and joins words with hyphens", () => {
    expect(slugify("Is dit normaal? Een check voor werknemers")).toBe("is-dit-normaal-een-check-voor-werknemers");
    expect(slugify("Для фахівців")).toBe("для-фахівців");
    expect(slugify("Для специалистов")).toBe("для-специалистов");
    expect(slugify("Uit Oekraïne?")).toBe("uit-oekraïne");
    expect(slugify("Що робить роботодавець, який об’єднує")).toBe("що-робить-роботодавець-який-обєднує");
    expect(slugify("?!")).toBe("section");
  });

  it("reads a heading's text without tags and with entities decoded", () => {
    expect(textOf("Hoe &quot;Waar kan ik melden?&quot; <em>kiest</em> &amp; &#8470;1")).toBe('Hoe "Waar kan ik melden?" kiest & №1');
  });

  it("gives every h2 and h3 a unique id and lists them in order", () => {
    const { html, headings } = withHeadingIds("<h2>Op het werk</h2><p>x</p><h3>Online</h3><h2>Op het werk</h2><h4>Niet</h4>");
    expect(html).toBe('<h2 id="op-het-werk">Op het werk</h2><p>x</p><h3 id="online">Online</h3><h2 id="op-het-werk-2">Op het werk</h2><h4>Niet</h4>');
    expect(headings).toEqual([
      { level: 2, id: "op-het-werk", text: "Op het werk" },
      { level: 3, id: "online", text: "Online" },
      { level: 2, id: "op-het-werk-2", text: "Op het werk" },
    ]);
  });

  it("keeps ids already there and never reuses them, nor the layout's own ids", () => {
    const { html, headings } = withHeadingIds('<h2 id="org-politie-name" class="x">Politie</h2><h2>Politie name</h2><h2>Sources</h2><p id="politie">p</p><h3>Politie</h3>');
    expect(headings.map((h) => h.id)).toEqual(["org-politie-name", "politie-name", "sources-2", "politie-2"]);
    expect(html).toContain('<h2 id="org-politie-name" class="x">Politie</h2>');
  });

  it("takes an explicit {#id} at the end of the text and drops it from the text", () => {
    const { html, headings } = withHeadingIds("<h2>Для фахівців {#professionals}</h2>");
    expect(html).toBe('<h2 id="professionals">Для фахівців</h2>');
    expect(headings[0]).toEqual({ level: 2, id: "professionals", text: "Для фахівців" });
  });
});

describe("contents list", () => {
  const h = (level: 2 | 3, n: number): Heading => ({ level, id: `h${n}`, text: `Heading ${n}` });

  it("lists the h2 sections of a page with eight or more headings", () => {
    const page = [h(2, 1), h(3, 2), h(3, 3), h(2, 4), h(3, 5), h(3, 6), h(2, 7), h(3, 8)];
    expect(contentsOf(page).map((x) => x.id)).toEqual(["h1", "h4", "h7"]);
  });

  it("gives a shorter page no list", () => {
    expect(contentsOf([h(2, 1), h(2, 2), h(2, 3), h(2, 4), h(2, 5), h(2, 6), h(2, 7)])).toEqual([]);
  });

  it("gives no list when there is only one section to choose", () => {
    expect(contentsOf([h(2, 1), ...[2, 3, 4, 5, 6, 7, 8].map((n) => h(3, n))])).toEqual([]);
  });
});
