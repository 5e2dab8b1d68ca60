import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, expect, test } from "vitest";
import { programmes } from "../../db/schema";
import { getDb } from "~/utils/db.server";
import { backupFileName } from "./backup-retention";
import { runMaintenance } from "./maintenance.server";
import { runNightlyBackup } from "./nightly-backup.server";

// Read once by getEnv(), before anything in this file asks for it.
const backupDir = mkdtempSync(path.join(tmpdir(), "laget-nightly-"));
process.env.BACKUP_DIR = backupDir;
afterAll(() => rmSync(backupDir, { recursive: true, force: true }));

const day = 86_400_000;

test("the hourly maintenance takes a first backup at once, then not again that day; a consistent copy holding the data", async () => {
  getDb().insert(programmes).values({ slug: "nattlig", name: "Nattlig sikkerhetskopi", municipality: "Oslo", periodStart: 2026 }).run();
  await runMaintenance();
  const files = readdirSync(backupDir).filter((f) => f.endsWith(".sqlite"));
  expect(files).toHaveLength(1);
  const copy = new Database(path.join(backupDir, files[0]!), { readonly: true });
  expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
  expect(copy.prepare("SELECT name FROM programmes WHERE slug = 'nattlig'").get()).toEqual({ name: "Nattlig sikkerhetskopi" });
  copy.close();

  // Later ticks the same day do nothing.
  await runMaintenance();
  expect(readdirSync(backupDir).filter((f) => f.endsWith(".sqlite"))).toHaveLength(1);
});

test("a new day's backup deletes copies beyond 14 daily and 8 weekly, and leaves other files alone", async () => {
  for (const name of readdirSync(backupDir)) rmSync(path.join(backupDir, name));
  const at = new Date("2026-11-22T02:30:00Z"); // a Sunday, 03:30 in Oslo
  for (let i = 1; i <= 90; i++) writeFileSync(path.join(backupDir, backupFileName(new Date(at.getTime() - i * day))), "old");
  writeFileSync(path.join(backupDir, "before-upgrade.sqlite"), "kept by hand");

  const result = await runNightlyBackup(at);
  expect(result?.file).toBe(path.join(backupDir, backupFileName(at)));
  expect(result!.bytes).toBeGreaterThan(0);
  const left = readdirSync(backupDir);
  expect(left).toContain("before-upgrade.sqlite");
  expect(left.filter((f) => f.startsWith("laget-"))).toHaveLength(14 + 8 - 2);
  expect(left.some((f) => f.endsWith(".partial"))).toBe(false);
  for (const name of result!.deleted) expect(existsSync(path.join(backupDir, name))).toBe(false);

  // Before 03:00 Oslo time on the next day nothing is due yet.
  expect(await runNightlyBackup(new Date(at.getTime() + day - 60 * 60_000))).toBeNull();
});
