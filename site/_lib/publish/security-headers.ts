// The one source of the site's security headers. It feeds the `_headers` file in the build (read by
// static hosts and CDNs), the nginx snippet (scripts/deploy/nginx-security-headers.conf) and the local server.
// The policy allows only what the pages use: same-origin scripts, styles and images; nothing else.

const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'", // 'wasm-unsafe-eval': Pagefind's WebAssembly, nothing else
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "font-src 'none'",
  "object-src 'none'",
  "media-src 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join("; ");

/** Powerful features the site never uses: denied to the page and to anything it could embed. */
const deniedFeatures = [
  "accelerometer", "autoplay", "browsing-topics", "camera", "display-capture",
  "encrypted-media", "fullscreen", "geolocation", "gyroscope", "hid", "idle-detection",
  "magnetometer", "microphone", "midi", "payment", "picture-in-picture", "publickey-credentials-get",
  "screen-wake-lock", "serial", "usb", "xr-spatial-tracking",
];

export const securityHeaders: Readonly<Record<string, string>> = {
  "Content-Security-Policy": contentSecurityPolicy,
  "Referrer-Policy": "no-referrer",
  "Permissions-Policy": deniedFeatures.map((f) => `${f}=()`).join(", "),
  "X-Content-Type-Options": "nosniff",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
  "Strict-Transport-Security": "max-age=31536000; includeSubDomains",
  "X-Frame-Options": "DENY",
};

// Caching, from the same source. Fingerprinted assets (name.<10 hex digits>.css|js, named after their
// content by scripts/finish-build.ts) never change under their name: a year, immutable. Everything else
// (pages, the tree's JSON, the icon) is revalidated on every use, so a corrected fact is seen at once.
export const FINGERPRINTED_ASSET = String.raw`^/assets/[^/]+\.[0-9a-f]{10}\.(css|js)$`;
export const cacheControl = { immutable: "public, max-age=31536000, immutable", revalidate: "no-cache" } as const;

export function cacheControlFor(path: string): string {
  return new RegExp(FINGERPRINTED_ASSET).test(path) ? cacheControl.immutable : cacheControl.revalidate;
}

/**
 * Netlify/Cloudflare Pages `_headers` format: a path pattern, then indented headers. Both hosts join the
 * values of a header set by two matching rules, so Cache-Control is set only by the rules for the
 * fingerprinted files (listed one by one); everything else keeps the hosts' default, which revalidates.
 */
export function toHeadersFile(headers = securityHeaders, fingerprinted: readonly string[] = []): string {
  const rule = (pattern: string, set: Record<string, string>) =>
    `${pattern}\n${Object.entries(set).map(([name, value]) => `  ${name}: ${value}`).join("\n")}\n`;
  return [rule("/*", headers), ...fingerprinted.map((p) => rule(p, { "Cache-Control": cacheControlFor(p) }))].join("");
}

/** nginx, http level: $site_cache_control per address (scripts/deploy/nginx.conf adds it as Cache-Control). */
export function toNginxCacheMap(): string {
  return [
    "# Generated from site/_lib/publish/security-headers.ts by scripts/finish-build.ts. Do not edit by hand.",
    "map $uri $site_cache_control {",
    `    default "${cacheControl.revalidate}";`,
    `    "~${FINGERPRINTED_ASSET}" "${cacheControl.immutable}";`,
    "}",
    "",
  ].join("\n");
}

/** An nginx snippet to `include` in a server block; `always` adds the headers to error pages too. */
export function toNginx(headers = securityHeaders): string {
  const lines = Object.entries(headers).map(([name, value]) => `add_header ${name} "${value.replace(/"/g, '\\"')}" always;`);
  return `# Generated from site/_lib/publish/security-headers.ts by scripts/finish-build.ts. Do not edit by hand.\n${lines.join("\n")}\n`;
}
