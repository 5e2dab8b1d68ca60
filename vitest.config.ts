import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: { "~": fileURLToPath(new URL("./app", import.meta.url)) },
  },
  test: {
    include: ["app/**/*.test.{ts,tsx}", "db/**/*.test.ts", "scripts/**/*.test.ts"],
    // Each test file gets its own freshly migrated SQLite file (see db/test-setup.ts).
    setupFiles: ["db/test-setup.ts"],
    pool: "forks",
    environment: "node",
    testTimeout: 20_000,
  },
});
