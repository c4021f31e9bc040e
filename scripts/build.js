// `npm run build` starts here, in plain JavaScript: it loads Eleventy, then registers tsx for our own
// TypeScript, then runs scripts/build.ts. tsx's hooks see every import made after they are registered;
// Eleventy's 175 modules need no transform, and loaded before the hooks they cost about 0.4 s less CPU
// (a tenth of the build, measured with /usr/bin/time over alternating runs; issue 15's CPU budget).
import "@11ty/eleventy";
import { register } from "tsx/esm/api";

register();
// Tells eleventy.config.js not to register tsx a second time (every later import would pass both).
globalThis[Symbol.for("kennemerland.tsx-registered")] = true;
await import("./build.ts");
