import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";

// Debian's Chromium where it exists (CI and this machine); Playwright's own browser on a laptop.
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
// TEST_PORT lets two checkouts run their browser tests side by side.
const PORT = Number(process.env.TEST_PORT ?? 4173);

export default defineConfig({
  testDir: "tests",
  testMatch: ["e2e/**/*.spec.ts", "a11y/**/*.spec.ts"],
  fullyParallel: true,
  // Two workers on the two cores (four were no faster: Chromium keeps both cores busy); PW_WORKERS to change.
  workers: Number(process.env.PW_WORKERS ?? 2),
  reporter: process.env.CI ? "line" : "list",
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
      // Playwright turns the back/forward cache off by default; every phone browser has it on, and what
      // Back shows after leaving the tree is exactly what must be tested. (tests/e2e/privacy.spec.ts
      // checks that pages really are restored from the cache.)
      ignoreDefaultArgs: ["--disable-back-forward-cache"],
    },
  },
  projects: [
    { name: "js", use: { javaScriptEnabled: true } },
    // Axe needs script; the a11y tests cover "without the island" by blocking it instead.
    { name: "nojs", use: { javaScriptEnabled: false }, testMatch: ["e2e/**/*.spec.ts"] },
  ],
  // The tests run against the project's own server, so they see the real security headers.
  webServer: {
    command: `node --import tsx scripts/serve.ts`,
    env: { PORT: String(PORT), HOST: "127.0.0.1" },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
  },
});
