import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/{unit,data,built,server}/**/*.test.ts", "tests/print/**/*.test.ts"],
    testTimeout: 60_000,
  },
});
