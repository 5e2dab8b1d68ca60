/**
 * Laget's side of Litestream (scripts/replication/litestream.ts): the shipped binary and its version,
 * the configuration written from the environment, and the binary itself replicating a freshly
 * migrated Laget database to a directory and restoring it. The kill -9 test under load is
 * scripts/replication.test.ts.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase } from "../../db/connection";
import { readEnv } from "../../app/utils/env.server";
import { litestreamBinary, litestreamConfig, litestreamVersion, restoreFromReplica, writeLitestreamConfig } from "./litestream";

const dir = mkdtempSync(path.join(tmpdir(), "laget-litestream-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("Litestream", () => {
  it("comes with npm install: the binary of @flydotio/litestream 1.0.1 is Litestream 0.3.13", () => {
    const binary = litestreamBinary();
    expect(binary).not.toBeNull();
    expect(litestreamVersion(binary!)).toBe("v0.3.13");
  });

  it("reads its settings from LITESTREAM_* and refuses bad ones", () => {
    expect(readEnv({}).replication).toBeNull();
    expect(readEnv({ LITESTREAM_REPLICA_URL: "file:///srv/replika/laget" }).replication).toEqual({
      replicaUrl: "file:///srv/replika/laget",
      syncInterval: "1s",
      snapshotInterval: "6h",
      retention: "168h",
      s3Endpoint: null,
      s3Region: null,
    });
    expect(() => readEnv({ LITESTREAM_REPLICA_URL: "/srv/replika" })).toThrow(/LITESTREAM_REPLICA_URL/);
    expect(() => readEnv({ LITESTREAM_REPLICA_URL: "file:///x", LITESTREAM_SYNC_INTERVAL: "1 second" })).toThrow(/LITESTREAM_SYNC_INTERVAL/);
  });

  it("writes the 0.3 configuration: one database, one replica, S3 settings only for S3", () => {
    const file = readEnv({ LITESTREAM_REPLICA_URL: "file:///srv/replika/laget", LITESTREAM_SYNC_INTERVAL: "500ms" }).replication!;
    expect(litestreamConfig("/srv/laget/db/laget.sqlite", file)).toBe(
      [
        "# Written by Laget (scripts/replication/litestream.ts) from LITESTREAM_* at every start; edits are lost.",
        "logging:",
        "  type: json",
        "  level: info",
        "dbs:",
        '  - path: "/srv/laget/db/laget.sqlite"',
        "    replicas:",
        '      - url: "file:///srv/replika/laget"',
        "        sync-interval: 500ms",
        "        snapshot-interval: 6h",
        "        retention: 168h",
        "",
      ].join("\n"),
    );
    const s3 = readEnv({
      LITESTREAM_REPLICA_URL: "s3://laget-replika/laget",
      LITESTREAM_S3_ENDPOINT: "https://s3.example.no",
      LITESTREAM_S3_REGION: "no-oslo-1",
    }).replication!;
    const config = litestreamConfig("/srv/laget/db/laget.sqlite", s3);
    expect(config).toContain('      - url: "s3://laget-replika/laget"\n');
    expect(config).toContain('        endpoint: "https://s3.example.no"\n        region: "no-oslo-1"\n');
    // Credentials come from the environment, never the file.
    expect(config).not.toMatch(/key/i);
  });

  it("replicates a migrated Laget database to a directory and restores it (its SQLite can read Laget's schema)", async () => {
    const databasePath = path.join(dir, "laget.sqlite");
    const db = openDatabase(databasePath);
    migrateDatabase(db);
    db.$client.prepare("INSERT INTO users (email, name, password_hash, role, created_at) VALUES ('kari@example.no', 'Kari Ås', 'x', 'none', 0)").run();
    const replication = readEnv({ LITESTREAM_REPLICA_URL: `file://${path.join(dir, "replica")}` }).replication!;
    const config = writeLitestreamConfig(databasePath, replication);

    const litestream = spawn(litestreamBinary()!, ["replicate", "-config", config, "-no-expand-env"], { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    litestream.stdout.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    litestream.stderr.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    try {
      const deadline = Date.now() + 15_000;
      while (!output.includes("wal segment written") && !output.includes("error") && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      // Litestream 0.3's SQLite is older than 3.46: a schema too deep for its parser shows here.
      expect(output).not.toContain('"level":"ERROR"');
      expect(output).toContain("wal segment written");
      // A write after the first sync reaches the replica within the sync interval.
      db.$client.prepare("INSERT INTO users (email, name, password_hash, role, created_at) VALUES ('ola@example.no', 'Ola Øst', 'x', 'none', 0)").run();
      await new Promise((resolve) => setTimeout(resolve, 2_500));
    } finally {
      const exited = new Promise((resolve) => litestream.once("exit", resolve));
      litestream.kill("SIGTERM");
      await exited;
      db.$client.close();
    }

    const output2 = path.join(dir, "restored.sqlite");
    restoreFromReplica({ databasePath, replication, output: output2 });
    const restored = new Database(output2, { readonly: true });
    try {
      expect(restored.pragma("integrity_check", { simple: true })).toBe("ok");
      expect(restored.prepare("SELECT name FROM users WHERE email LIKE '%@example.no' ORDER BY name").pluck().all()).toEqual(["Kari Ås", "Ola Øst"]);
    } finally {
      restored.close();
    }
  });
});
