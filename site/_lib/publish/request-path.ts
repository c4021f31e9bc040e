// Which request paths the local server may look up at all. Anything odd gets the 404 page and never
// reaches the file lookup: traversal (.. also percent-encoded), encoded slashes or backslashes, null
// bytes, absolute or protocol-relative forms, malformed encoding, and overlong addresses.
export const MAX_URL_LENGTH = 2048;

export function isSafeRequestPath(rawUrl: string): boolean {
  if (!rawUrl.startsWith("/") || rawUrl.startsWith("//") || rawUrl.length > MAX_URL_LENGTH) return false;
  const path = rawUrl.split(/[?#]/)[0]!;
  if (/%(2f|5c|00)/i.test(path) || path.includes("\\") || path.includes("\0")) return false;
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return false;
  }
  if (decoded.includes("\0") || decoded.includes("\\")) return false;
  return !decoded.split("/").some((segment) => segment === ".." || segment === ".");
}
