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

/** Netlify/Cloudflare Pages `_headers` format: a path pattern, then indented headers. */
export function toHeadersFile(headers = securityHeaders): string {
  return `/*\n${Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`).join("\n")}\n`;
}

/** An nginx snippet to `include` in a server block; `always` adds the headers to error pages too. */
export function toNginx(headers = securityHeaders): string {
  const lines = Object.entries(headers).map(([name, value]) => `add_header ${name} "${value.replace(/"/g, '\\"')}" always;`);
  return `# Generated from site/_lib/security-headers.ts by scripts/write-headers.ts. Do not edit by hand.\n${lines.join("\n")}\n`;
}
