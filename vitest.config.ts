import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: { "~": fileURLToPath(new URL("./app", import.meta.url)) },
  },
  test: {
    include: ["app/**/*.test.{ts,tsx}", "db/**/*.test.ts", "scripts/**/*.test.ts", "server/**/*.test.ts"],
    // Each test file gets its own freshly migrated SQLite file (see db/test-setup.ts).
    setupFiles: ["db/test-setup.ts"],
    pool: "forks",
    // Two files at a time even on two cores (vitest's default is one fewer than the cores): the
    // crash, backup-under-load and concurrency files spend most of their minute and a half waiting
    // on servers and clocks, and the rest fit in beside them.
    maxWorkers: 2,
    environment: "node",
    testTimeout: 20_000,
  },
});
