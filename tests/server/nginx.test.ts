// The repository's nginx configuration (scripts/deploy/nginx.conf with the two generated includes) in a
// real nginx, on a loopback port, serving the built site: it must pass the same HTTP checks as the local
// server. Only the paths and the listen address are replaced. Where nginx is not installed the test is
// skipped with a message; in CI (CI=true, where .ci/run installs it) a missing nginx is a failure.
import { afterAll, beforeAll, describe, it } from "vitest";
import { httpChecks } from "./http-checks.ts";
import { nginxMissing as missing, startNginx, type RunningNginx } from "./nginx-run.ts";

describe.skipIf(Boolean(missing))(`the nginx configuration in a real nginx${missing ? ` (skipped: ${missing})` : ""}`, () => {
  const port = 20000 + (process.pid % 20000);
  let nginx: RunningNginx | undefined;

  beforeAll(async () => {
    nginx = await startNginx(port);
  });

  afterAll(async () => {
    await nginx?.stop();
  });

  it("loads the repository's configuration", () => {
    // (beforeAll has run `nginx -t` on it and started it; the checks below talk to it.)
  });

  httpChecks(() => port, [400, 404]);
});
