// `npm run serve`: serves dist/ on http://localhost:8080 (PORT to change) with the real headers.
import path from "node:path";
import { createSiteServer } from "./site-server.ts";

const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? "127.0.0.1";
createSiteServer(path.resolve("dist")).listen(port, host, () => {
  console.log(`Serving dist/ at http://${host === "127.0.0.1" ? "localhost" : host}:${port}/`);
});
