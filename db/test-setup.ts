/**
 * Runs before each vitest file: points DATABASE_URL at a fresh, migrated SQLite file of its own,
 * so tests use the real database engine and schema without seeing each other's rows.
 */
import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { migrateDatabase, openDatabase } from "./connection";

const file = path.join(tmpdir(), `laget-test-${randomUUID()}.sqlite`);
process.env.DATABASE_URL = `file:${file}`;
process.env.NODE_ENV = "test";
process.env.LOG_LEVEL ??= "silent";
// No test asks the real Enhetsregisteret: port 9 (discard) refuses at once, which Laget takes as a
// register that does not answer. The register's own tests start a local one (app/testing/enhetsregisteret-server.ts).
process.env.BRREG_API_URL = "http://127.0.0.1:9";

const db = openDatabase(file);
migrateDatabase(db);
db.$client.close();

afterAll(async () => {
  const { closeDatabase } = await import("../app/utils/db.server");
  closeDatabase();
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
});
