/**
 * A backup taken with the `npm run db:backup` code path (db/backup.ts) while the real server takes
 * 30 s of concurrent writes restores, with the `npm run db:restore` code path, into a database that
 * passes integrity_check and holds every write acknowledged before the backup began.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { backupDatabase, restoreDatabase } from "../db/backup";
import { checkDatabase, problemsIn } from "./durability/checks";
import { startServer } from "./durability/server-process";
import { prepareDatabase, Workload } from "./durability/workload";

const dir = mkdtempSync(path.join(tmpdir(), "laget-backup-load-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const WRITE_MS = 30_000;
const CONCURRENCY = 10;

test("a backup taken during 30 s of concurrent writes restores with every write acknowledged before it began", { timeout: 120_000 }, async () => {
  const fixture = await prepareDatabase(path.join(dir, "live"), CONCURRENCY);
  const server = await startServer({ databasePath: fixture.databasePath, port: 3220 });
  const workload = new Workload(fixture);
  const writeUntil = Date.now() + WRITE_MS;
  const writing = workload.run(server.baseUrl, CONCURRENCY, () => Date.now() > writeUntil);

  // Half-way through the writes, as an operator running `npm run db:backup` would.
  await new Promise((resolve) => setTimeout(resolve, WRITE_MS / 2));
  const backupFile = path.join(dir, "backup.sqlite");
  const backupStarted = Date.now();
  const acknowledgedBefore = workload.acknowledged.filter((w) => w.ackedAt < backupStarted);
  await backupDatabase(fixture.databasePath, backupFile);
  const backupMs = Date.now() - backupStarted;
  await writing;
  expect(await server.stop()).toBe(0);

  const restoredPath = path.join(dir, "restored", "laget.sqlite");
  mkdirSync(path.dirname(restoredPath), { recursive: true });
  restoreDatabase(backupFile, restoredPath);

  expect(problemsIn(checkDatabase(restoredPath, acknowledgedBefore))).toEqual([]);
  expect(workload.failures).toEqual([]);
  // The backup really was taken under load: writes were acknowledged before and after it.
  expect(acknowledgedBefore.length).toBeGreaterThan(50);
  expect(workload.acknowledged.filter((w) => w.sentAt > backupStarted + backupMs).length).toBeGreaterThan(50);
  console.log(
    `backup under load: ${workload.acknowledged.length} writes acknowledged in 30 s, ${acknowledgedBefore.length} before the backup (all restored); ` +
      `backup of ${statSync(backupFile).size} bytes took ${backupMs} ms`,
  );
});
