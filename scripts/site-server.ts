// The local server: the built folder through sirv (a well-kept static server), with the security
// headers and cache rules from site/_lib/publish/security-headers.ts on every response, the build's .br/.gz
// copies for browsers that accept them, and each language's 404 page for anything it cannot or will
// not serve.
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import path from "node:path";
import sirv from "sirv";
import { localeOfUrl } from "../site/_lib/i18n/locale-url.ts";
import { isSafeRequestPath } from "../site/_lib/publish/request-path.ts";
import { cacheControl, cacheControlFor, securityHeaders } from "../site/_lib/publish/security-headers.ts";

/** dist/_headers is read by static hosts, not sent to visitors (nginx's configuration hides it too). */
const forHostsOnly = (url: string) => /^\/_headers(?:[?#]|$)/.test(url);

export function createSiteServer(root: string): Server {
  const files = sirv(root, {
    dev: false, // serves only the files it listed at start: nothing outside `root` can be reached
    etag: true,
    extensions: ["html"],
    brotli: true,
    gzip: true,
    setHeaders: (res, pathname) => {
      for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
      res.setHeader("Cache-Control", cacheControlFor(pathname));
    },
  });
  const notFound = (req: IncomingMessage, res: ServerResponse) => {
    const url = isSafeRequestPath(req.url ?? "") ? req.url! : "/";
    const locale = localeOfUrl(url);
    const page = path.join(root, locale ? `${locale}/404.html` : "404.html");
    for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
    res.statusCode = 404;
    res.setHeader("Cache-Control", cacheControl.revalidate);
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.end(req.method === "HEAD" ? undefined : readFileSync(page));
  };
  return createServer((req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    if (!isSafeRequestPath(req.url ?? "") || forHostsOnly(req.url!)) return notFound(req, res);
    files(req, res, () => notFound(req, res));
  });
}
