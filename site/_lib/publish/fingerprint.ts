// Content-hashed names for the CSS and JavaScript bundles, so they can be cached for a year: a changed
// file gets a new name, and the pages that load it are rewritten to that name in the same build.
import { createHash } from "node:crypto";

const HASHED = /\.[0-9a-f]{10}\.(css|js)$/;

/** Files the build names after their content: every stylesheet and script in assets/, any bundle. */
export const isFingerprintable = (name: string) => /\.(css|js)$/.test(name) && !HASHED.test(name);
export const isFingerprinted = (name: string) => HASHED.test(name);

/** "exit.js" + its bytes -> "exit.<first 10 hex digits of the SHA-256>.js". */
export function fingerprintedName(name: string, content: Uint8Array): string {
  const hash = createHash("sha256").update(content).digest("hex").slice(0, 10);
  return name.replace(/\.(css|js)$/, `.${hash}.$1`);
}

/**
 * Points every quoted reference to a renamed asset ("/assets/exit.js") at its new name. Only whole
 * quoted addresses are replaced, so "/assets/tree.js" never touches "/assets/tree.nl.json".
 */
export function rewriteReferences(text: string, renames: ReadonlyMap<string, string>): string {
  if (renames.size === 0) return text;
  const escaped = [...renames.keys()].map((k) => k.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"));
  return text.replace(new RegExp(`(["'])(${escaped.join("|")})\\1`, "g"), (_, q: string, from: string) => `${q}${renames.get(from)}${q}`);
}
