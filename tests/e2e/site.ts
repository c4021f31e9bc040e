// Shared helpers for the browser tests: the built pages, the data, and a guard that records any
// request to another origin, any CSP report and any console error.
import type { Page } from "@playwright/test";
import { LOCALES, type Locale } from "../../_data/locales.ts";
import { EXIT_URL } from "../../_data/navigation.ts";
import { dictionaries } from "../../site/_lib/i18n/strings.ts";
import { listFiles, urlOfBuiltFile } from "../../site/_lib/publish/files.ts";

export { LOCALES, EXIT_URL, dictionaries };
export type { Locale };

/** Every built page's address, from dist/. */
export const builtUrls: string[] = listFiles("dist").filter((f) => f.endsWith(".html")).map(urlOfBuiltFile).sort();

export const text = (locale: Locale, key: string) => (dictionaries[locale] as unknown as Record<string, string>)[key]!;

/** Normalises the non-breaking characters the site uses inside phone numbers. */
export const plain = (s: string) => s.replace(/\u00a0/g, " ").replace(/\u2011/g, "-");

export interface Guard {
  foreign: string[];
  errors: string[];
}

/** Records requests to other origins, CSP violations and console errors. */
export async function guard(page: Page, baseURL: string): Promise<Guard> {
  const seen: Guard = { foreign: [], errors: [] };
  const origin = new URL(baseURL).origin;
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith("data:") && new URL(url).origin !== origin) seen.foreign.push(url);
  });
  page.on("console", (m) => {
    if (m.type() === "error" || /Content.Security.Policy/i.test(m.text())) seen.errors.push(m.text());
  });
  page.on("pageerror", (e) => seen.errors.push(String(e)));
  return seen;
}
