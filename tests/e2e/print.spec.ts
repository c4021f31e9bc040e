// Every page prints well: on paper there is no menu, language switch, quick exit or search; every
// link to another site shows its address and every call link its number; nothing sticks out past
// the printable width of an A4 page (180 mm between 15 mm margins = 680 CSS px).
import { expect, test } from "@playwright/test";
import { builtUrls, LOCALES } from "./site.ts";

const PRINTABLE_WIDTH = 680;

test.use({ viewport: { width: PRINTABLE_WIDTH, height: 900 } });

for (const locale of LOCALES) {
  test(`${locale}: every page prints without navigation, with link addresses, nothing cut off`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ media: "print" });
    const urls = builtUrls.filter((u) => u.startsWith(`/${locale}/`));
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) {
      await page.goto(url);
      const report = await page.evaluate(() => {
        const shown = (el: Element) => getComputedStyle(el).display !== "none" && (el as HTMLElement).offsetParent !== null;
        const hiddenOnPaper = [".exit-bar", ".skip", ".top-nav", ".langs", "#menu", "[role=search]", "search"];
        const visibleChrome = hiddenOnPaper.flatMap((s) => [...document.querySelectorAll(s)].filter(shown).map(() => s));
        const externalWithoutAddress = [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="http"]')]
          .filter(shown)
          .filter((a) => !getComputedStyle(a, "::after").content.includes(a.getAttribute("href")!))
          .map((a) => a.href);
        const callsWithoutNumber = [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="tel:"]')]
          .filter(shown)
          .filter((a) => {
            const digits = (s: string) => s.replace(/\D/g, "");
            const number = digits(a.getAttribute("href")!.replace(/^tel:\+31/, "0"));
            return !digits(a.textContent ?? "").includes(number) && !digits(a.textContent ?? "").includes(digits(a.getAttribute("href")!));
          })
          .map((a) => a.getAttribute("href"));
        // An SVG is checked as a whole (its drawing scales with it); text inside it is the drawing's own.
        const tooWide = [...document.querySelectorAll("main *")]
          .filter((el) => !el.closest("svg") || el.tagName.toLowerCase() === "svg")
          .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
          .map((el) => el.tagName.toLowerCase() + (el.className ? `.${String(el.className).split(" ")[0]}` : ""));
        return { visibleChrome, externalWithoutAddress, callsWithoutNumber, tooWide: [...new Set(tooWide)], scroll: document.documentElement.scrollWidth };
      });
      expect(report.visibleChrome, `${url}: shown on paper`).toEqual([]);
      expect(report.externalWithoutAddress, `${url}: links without their address`).toEqual([]);
      expect(report.callsWithoutNumber, `${url}: call links without their number`).toEqual([]);
      expect(report.tooWide, `${url}: wider than the paper`).toEqual([]);
      expect(report.scroll, `${url}: page width`).toBeLessThanOrEqual(PRINTABLE_WIDTH);
    }
  });
}
