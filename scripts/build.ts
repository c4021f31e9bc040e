// `npm run build` (started by scripts/build.js): every build step in one Node process, in order. Six
// processes each paid tsx's start-up and loaded the same data again; here each step's module runs when
// it is imported, so every step stays a script of its own (`tsx scripts/build-print.ts` still works
// alone) and keeps its own clear failure. The finishing step compresses what the others wrote, so it
// stays last.
import Eleventy from "@11ty/eleventy";

const started = performance.now();
const timings: string[] = [];

async function step(name: string, run: () => Promise<unknown>) {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  try {
    await run();
  } catch (error) {
    // Steps print their own one-line findings; anything else still says which step stopped.
    console.error(`build: the ${name} step failed: ${(error as Error).message}`);
    process.exit(1);
  }
  const cpu = process.cpuUsage(cpu0);
  timings.push(`${name} ${((performance.now() - t0) / 1000).toFixed(2)} s (CPU in this process ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s, of which system ${(cpu.system / 1e6).toFixed(2)} s)`);
}

await step("data check", () => import("./check-data.ts"));
await step("print", () => import("./build-print.ts"));
await step("Eleventy", async () => {
  // The data check has run: the Eleventy config skips its own copy of it (it runs for `eleventy --serve`).
  process.env.DATA_CHECKED = "1";
  const eleventy = new Eleventy(undefined, undefined, { quietMode: true, configPath: "eleventy.config.js" });
  await eleventy.write();
});
await step("islands", () => import("./build-islands.ts"));
await step("search", () => import("./build-search.ts"));
await step("finishing", () => import("./finish-build.ts"));

if (process.env.BUILD_TIMINGS) console.log(`build: ${timings.join(", ")}; total ${((performance.now() - started) / 1000).toFixed(2)} s`);
