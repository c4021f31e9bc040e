// The built professionals' pages, in every language: each municipality's section shows its steps and
// contacts from the data; each chart's numbers equal its table's numbers and the data's.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import { describe, expect, it } from "vitest";
import figures, { type Series } from "../../_data/figures.ts";
import data from "../../_data/municipalities.ts";
import organisations, { type Organisation } from "../../_data/organisations.ts";
import { LOCALES } from "../../_data/locales.ts";
import { dictionaries } from "../../_data/strings/index.ts";
import { DIST } from "./helpers.ts";

const page = (locale: string, slug: string) => parse(readFileSync(path.join(DIST, locale, slug, "index.html"), "utf8"));
const text = (el: HTMLElement | null | undefined) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();
const str = (locale: (typeof LOCALES)[number], key: string) => (dictionaries[locale] as unknown as Record<string, string>)[key]!;

describe.each(LOCALES)("/%s/gemeenten/", (locale) => {
  const doc = page(locale, "gemeenten");

  it.each(data.municipalities.map((m) => [m.id, m] as const))("%s: the steps, in order, with their contacts", (id, m) => {
    const section = doc.querySelector(`section#${id}`);
    expect(section, `section #${id}`).not.toBeNull();
    expect(text(section!.querySelector("h2"))).toContain(m.name);
    const steps = data.steps.filter((s) => s.municipality === id);
    const items = section!.querySelectorAll("ol.route > li");
    expect(items.map((li) => li.getAttribute("data-step"))).toEqual(steps.map((s) => s.id));
    steps.forEach((step, i) => {
      expect(text(items[i])).toContain(str(locale, `pro.step.${id}.${step.id}`));
      for (const c of "contacts" in step ? step.contacts : []) {
        if ("email" in c) {
          expect(items[i]!.querySelector(`a[href="mailto:${c.email}"]`)?.textContent).toBe(c.email);
          expect(text(items[i])).toContain(str(locale, c.audience === "meldpunt" ? "pro.contact.meldpunt" : "pro.contact.staffOnly"));
        } else {
          const link = items[i]!.querySelector(`a[href="/${locale}/hulp/#org-${c.org}"]`);
          const org: Organisation = organisations.find((o) => o.id === c.org)!;
          expect(link?.textContent).toBe(org.nameByLocale?.[locale] ?? org.name); // "Police (Politie)", not the bare Dutch word
        }
      }
    });
  });

  it("says where the plans describe no route, and links to the municipality instead", () => {
    const zandvoort = doc.querySelector("section#zandvoort")!;
    expect(zandvoort.querySelectorAll("ol.route li")).toHaveLength(0);
    expect(text(zandvoort)).toContain(str(locale, "pro.muni.zandvoort.intro"));
    expect(zandvoort.querySelector('a[href="https://www.zandvoort.nl"]')).not.toBeNull();
  });

  it("says how old Haarlem's source is, and cites every plan with its section", () => {
    expect(text(doc.querySelector("section#haarlem .source"))).toMatch(/2018.*\b[89]\b|\b[89]\b.*2018/);
    for (const m of data.municipalities) if ("plan" in m) expect(text(doc.querySelector(`section#${m.id} .source`))).toContain(m.plan.section);
  });

  it("tells residents their route stays the same and no new meldpunt is opened", () => {
    expect(doc.querySelector(`main a[href="/${locale}/melden/"]`)).not.toBeNull();
    for (const id of ["heemstede", "bloemendaal"]) expect(text(doc.querySelector(`section#${id}`))).toContain(str(locale, "pro.muni.residentsMayReport"));
    expect(text(doc.querySelector("section#haarlemmermeer"))).toContain(str(locale, "pro.muni.haarlemmermeer.residents"));
  });
});

describe.each(LOCALES)("/%s/cijfers/", (locale) => {
  const doc = page(locale, "cijfers");
  const number = (s: string) => Number(s.replace(/[^\d]/g, ""));

  it.each(figures.map((f) => [f.id, f as Series] as const))("%s: chart = table = data", (id, series) => {
    const figure = doc.querySelector(`figure#fig-${id}`);
    expect(figure, `figure #fig-${id}`).not.toBeNull();
    expect(text(figure!.querySelector("svg title"))).toBe(str(locale, `pro.fig.${id}.title`));
    const rects = figure!.querySelectorAll("svg rect[data-value]");
    const scales = new Set<number>();
    series.rows.forEach((row, r) => {
      const tr = figure!.querySelector(`tbody tr[data-row="${row}"]`)!;
      const g = figure!.querySelector(`svg g[data-row="${row}"]`)!;
      series.columns.forEach((col, c) => {
        const want = series.values[r]![c]!;
        const rect = g.querySelector(`rect[data-column="${col}"]`)!;
        expect(Number(rect.getAttribute("data-value")), `${row}/${col} chart`).toBe(want);
        expect(number(text(tr.querySelector(`td[data-column="${col}"]`))), `${row}/${col} table`).toBe(want);
        if (want > 0) scales.add(Math.round((Number(rect.getAttribute("width")) / want) * 100) / 100);
        else expect(Number(rect.getAttribute("width"))).toBe(0);
      });
      const total = series.values[r]!.reduce((a, b) => a + b, 0);
      expect(number(text(g.querySelector("text.total"))), `${row} total in chart`).toBe(total);
      if (series.columns.length > 1) expect(number(text(tr.querySelector('td[data-column="total"]')))).toBe(total);
    });
    expect(rects).toHaveLength(series.rows.length * series.columns.length);
    // Every bar is drawn to the same scale, so lengths compare honestly.
    expect(scales.size).toBeLessThanOrEqual(1);
    // The plan's own table title, or "text of section …" where the plan gives the numbers in its text.
    expect(text(figure!.querySelector(".source"))).toContain("table" in series.source ? series.source.table : ` ${series.source.section}.`);
  });

  it("gives the caveats beside the figures", () => {
    expect(doc.querySelectorAll("main li strong").length).toBeGreaterThanOrEqual(4);
  });
});

describe.each(LOCALES)("/%s/professionals/", (locale) => {
  const doc = page(locale, "professionals");

  it("links to the tree's start, the routes and the figures, and shows the partners' cards", () => {
    for (const slug of ["melden", "gemeenten", "cijfers"]) expect(doc.querySelector(`main a[href="/${locale}/${slug}/"]`), slug).not.toBeNull();
    for (const id of ["hvoquerido", "scharlakenkoord", "comensha", "riec", "zvh"]) expect(doc.querySelector(`#org-${id}`), id).not.toBeNull();
  });

  it("keeps the Meldcode by its Dutch name, for every role that meets children", () => {
    expect(text(doc.querySelector("main")).match(/Meldcode/g)!.length).toBeGreaterThanOrEqual(2);
    expect(doc.querySelectorAll("main h3").length).toBeGreaterThanOrEqual(7);
  });
});
