import { defineConfig, devices } from "@playwright/test";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const PORT = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://localhost:${PORT}`;
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// Separate files per port, so several runs (and their builds, see remix.config.js) can run side by side.
const database = `.tmp/e2e-${PORT}.sqlite`;
// The local Enhetsregisteret the server looks organisation numbers up in (app/testing/enhetsregisteret-server.ts).
const REGISTER_PORT = PORT + 2000;
// The local OpenID Connect provider staff sign in with (app/testing/oidc-provider.ts).
const OIDC_PORT = PORT + 3000;
const results = PORT === 3100 ? "../test-results" : `../test-results/e2e-${PORT}`;

export default defineConfig({
  testDir: ".",
  outputDir: `${results}/artifacts`,
  fullyParallel: false,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [["list"], ["json", { outputFile: `${results}/playwright.json` }]],
  use: {
    baseURL,
    locale: "nb-NO",
    // A trace of every test costs about a fifth of the run, and CI shows only printed output; set
    // E2E_TRACE=1 to keep a trace of each failing test (test-results/artifacts, see README.md).
    trace: process.env.E2E_TRACE === "1" ? "retain-on-failure" : "off",
    launchOptions: {
      // Never a downloaded browser: Debian's chromium (or CHROMIUM_PATH).
      executablePath: chromium,
      args: [
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  // The access-control matrices compare database snapshots before and after their requests, so they
  // run after every other spec has finished writing.
  projects: [
    { name: "chromium", testIgnore: /(access-.*|sso-required)\.spec\.ts$/, use: { ...devices["Desktop Chrome"], channel: undefined } },
    { name: "access", testMatch: /access-.*\.spec\.ts$/, dependencies: ["chromium"], use: { ...devices["Desktop Chrome"], channel: undefined } },
    // Requiring SSO for staff refuses every staff password login, which the other specs use: last, alone.
    { name: "sso-required", testMatch: /sso-required\.spec\.ts$/, dependencies: ["access"], use: { ...devices["Desktop Chrome"], channel: undefined } },
  ],
  webServer: [
    {
      command: `npx tsx scripts/enhetsregisteret-server.ts ${REGISTER_PORT}`,
      cwd: root,
      url: `http://127.0.0.1:${REGISTER_PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      command: `npx tsx scripts/oidc-provider.ts ${OIDC_PORT} ${baseURL}/logg-inn/sso/test/callback`,
      cwd: root,
      url: `http://127.0.0.1:${OIDC_PORT}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "ignore",
      stderr: "ignore",
    },
    {
    // The real production build on a fresh database filled with the demo data.
    command: `rm -f ${database} ${database}-wal ${database}-shm && npx tsx scripts/start.ts`,
    cwd: root,
    url: `${baseURL}/healthz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      NODE_ENV: "production",
      PORT: String(PORT),
      HOST: "127.0.0.1",
      DATABASE_URL: `file:${database}`,
      PUBLIC_URL: baseURL,
      LAGET_BUILD_DIR: process.env.LAGET_BUILD_DIR ?? "build",
      SEED_DEMO_DATA: "true",
      SESSION_SECURE_COOKIE: "false",
      LOG_LEVEL: "warn",
      // Tests give each test its own client address in X-Forwarded-For (see e2e/fixtures.ts).
      TRUST_PROXY: "loopback",
      BRREG_API_URL: `http://127.0.0.1:${REGISTER_PORT}`,
      OIDC_TEST_ISSUER: `http://127.0.0.1:${OIDC_PORT}`,
      OIDC_TEST_CLIENT_ID: "laget-test",
      OIDC_TEST_CLIENT_SECRET: "laget-test-secret-not-for-production",
      OIDC_TEST_DISPLAY_NAME: "Testkommunen",
      // The expired-token test needs no tolerance (app/testing/oidc-provider.ts, account expired:…).
      OIDC_TEST_CLOCK_TOLERANCE: "0",
    },
    },
  ],
});
