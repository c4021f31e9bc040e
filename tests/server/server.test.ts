// The local server (scripts/site-server.ts) passes the shared HTTP checks: real headers on every
// response, precompressed copies, cache rules, and odd or hostile addresses get the 404 page, never a
// file outside dist/.
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe } from "vitest";
import { createSiteServer } from "../../scripts/site-server.ts";
import { httpChecks } from "./http-checks.ts";

const server = createSiteServer(path.resolve("dist"));
let port = 0;
beforeAll(() => new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => ((port = (server.address() as AddressInfo).port), resolve()))));
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("the local server", () => {
  httpChecks(() => port, [404]);
});
