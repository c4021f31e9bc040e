// Build step: writes the security headers, from their one source, as dist/_headers and as the nginx
// snippet kept in the repository (scripts/deploy/nginx-security-headers.conf).
import { writeFileSync } from "node:fs";
import { toHeadersFile, toNginx } from "../site/_lib/security-headers.ts";

writeFileSync("dist/_headers", toHeadersFile());
writeFileSync("scripts/deploy/nginx-security-headers.conf", toNginx());
