/**
 * The quick start as a newcomer runs it: `npm start` (development mode, the default) on an empty
 * database migrates, fills in the demo data and serves; SIGTERM stops it cleanly.
 */
import { spawn } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";

const root = fileURLToPath(new URL("..", import.meta.url));
const port = Number(process.env.E2E_PORT ?? 3100) + 50;
const database = `.tmp/start-${port}.sqlite`;

test("npm start serves the demo data on a fresh database and shuts down gracefully on SIGTERM", async ({ request }) => {
  test.setTimeout(120_000);
  for (const suffix of ["", "-wal", "-shm", ".pid"]) rmSync(`${root}/${database}${suffix}`, { force: true });
  // tsx itself (not npx, which does not pass SIGTERM on) so the signal reaches the server.
  const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/start.ts"], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "development", PORT: String(port), HOST: "127.0.0.1", DATABASE_URL: `file:${database}`, LOG_LEVEL: "info" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  try {
    await expect
      .poll(async () => (await request.get(`http://127.0.0.1:${port}/healthz`).catch(() => null))?.status(), { timeout: 90_000, message: output })
      .toBe(200);
    const home = await request.get(`http://127.0.0.1:${port}/`);
    expect(await home.text()).toContain("Groruddalssatsingen");
    expect(output).toContain("empty database filled with demo data");
    // It says which mode it runs in, and how to sign in to the demo data.
    expect(output).toContain('"msg":"starting in development"');
    expect(output).toMatch(/"msg":"demo accounts".*"password":"demo-passord-2026".*admin@laget\.test \(admin\)/);
    // Assets are no request lines in development; pages are.
    const asset = /\/build\/[^"]+\.js/.exec(await home.text())![0];
    expect((await request.get(`http://127.0.0.1:${port}${asset}`)).status()).toBe(200);
    expect((await request.get(`http://127.0.0.1:${port}/favicon.svg`)).status()).toBe(200);
    await expect.poll(() => output, { message: output }).toContain('"route":"/healthz"');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(output).not.toContain('"route":"/favicon.svg"');
    expect(output).not.toContain('"route":"/build/');
    expect(existsSync(`${root}/${database}.pid`)).toBe(true);
  } finally {
    child.kill("SIGTERM");
  }
  expect(await exited).toBe(0);
  expect(output).toContain('"msg":"stopped"');
  expect(existsSync(`${root}/${database}.pid`)).toBe(false);
});
