// The site's public address: one setting (SITE_URL) for canonical links, language alternates, the
// sitemap and the QR codes on the print products. The default is a placeholder until the
// municipalities fix the domain: every deployment sets SITE_URL (see docs/deploying.md).
export const DEFAULT_SITE_URL = "https://www.mensenhandelkennemerland.nl";

/** The public address without a trailing slash; refuses anything that is not https. */
export function siteUrl(value: string | undefined = process.env.SITE_URL): string {
  const raw = (value ?? "").trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL: "${raw}" is not an address; give the site's public https address, such as ${DEFAULT_SITE_URL}`);
  }
  if (url.protocol !== "https:") throw new Error(`SITE_URL: "${raw}" must start with https:// (the site is only served over https)`);
  if (url.search || url.hash) throw new Error(`SITE_URL: "${raw}" must not have a query or fragment`);
  return url.href.replace(/\/$/, "");
}

/** An absolute address on the site, from a path such as "/uk/". */
export function absoluteUrl(path: string, base = siteUrl()): string {
  return `${base}${path.startsWith("/") ? path : `/${path}`}`;
}
