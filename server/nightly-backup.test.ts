/**
 * The nightly backup is wired into the real server: started with BACKUP_DIR pointing at an empty
 * folder, its first maintenance tick (at start-up) takes a backup and logs one JSON line about it.
 * When and what to keep is tested in app/services/backup-retention.test.ts.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { integrityOf } from "../db/backup";
import { startServer } from "../scripts/durability/server-process";
import { prepareDatabase } from "../scripts/durability/workload";

const dir = mkdtempSync(path.join(tmpdir(), "laget-nightly-server-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("a server with BACKUP_DIR takes its first backup at start-up and logs it", { timeout: 60_000 }, async () => {
  const fixture = await prepareDatabase(path.join(dir, "db"), 1);
  const backupDir = path.join(dir, "backups");
  const server = await startServer({ databasePath: fixture.databasePath, port: 3240, logLevel: "info", env: { BACKUP_DIR: backupDir } });
  const deadline = Date.now() + 20_000;
  let line: string | undefined;
  while (!line && Date.now() < deadline) {
    line = server.logLines.find((l) => l.includes('"msg":"nightly backup"'));
    if (!line) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(await server.stop()).toBe(0);

  expect(line).toBeDefined();
  const logged = JSON.parse(line!) as { level: string; file: string; bytes: number; deleted: string[] };
  expect(logged).toMatchObject({ level: "info", deleted: [] });
  expect(logged.bytes).toBeGreaterThan(0);
  expect(readdirSync(backupDir)).toEqual([path.basename(logged.file)]);
  expect(integrityOf(logged.file)).toBe("ok");
});
