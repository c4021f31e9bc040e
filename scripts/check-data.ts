// First step of `npm run build`: stop with one line per problem, each naming the file and the key.
import { checkAll, dataWarnings } from "../site/_lib/data/load-data.ts";

const findings = await checkAll(process.cwd());
if (findings.length) {
  for (const line of findings) console.error(line);
  console.error(`check-data: ${findings.length} problem(s); the build stops here.`);
  process.exit(1);
}

// Expired or soon-expiring facts and amounts shown without their period: printed, never fatal.
for (const line of await dataWarnings(process.cwd())) console.warn(line);
