// First step of `npm run build`: stop with one line per problem, each naming the file and the key.
import { checkAll } from "../site/_lib/load-data.ts";

const findings = await checkAll(process.cwd());
if (findings.length) {
  for (const line of findings) console.error(line);
  console.error(`check-data: ${findings.length} problem(s); the build stops here.`);
  process.exit(1);
}
