import { availableParallelism } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readEnv } from "./env.server";
import { projectRoot } from "./paths.server";

describe("configuration from the environment", () => {
  it("has working defaults", () => {
    const env = readEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.databasePath).toBe(path.join(projectRoot, "db/laget.sqlite"));
    expect(env.secureCookies).toBe(false);
    expect(env.seedDemoData).toBe(true);
  });

  it("resolves DATABASE_URL from the project root, not the working directory", () => {
    const cwd = process.cwd();
    try {
      process.chdir("/tmp");
      expect(readEnv({ DATABASE_URL: "file:data/x.sqlite" }).databasePath).toBe(path.join(projectRoot, "data/x.sqlite"));
    } finally {
      process.chdir(cwd);
    }
    expect(readEnv({ DATABASE_URL: "file:/var/lib/laget.sqlite" }).databasePath).toBe("/var/lib/laget.sqlite");
  });

  it("turns secure cookies on and demo data off in production", () => {
    const env = readEnv({ NODE_ENV: "production" });
    expect(env.secureCookies).toBe(true);
    expect(env.seedDemoData).toBe(false);
    expect(readEnv({ NODE_ENV: "production", SESSION_SECURE_COOKIE: "false" }).secureCookies).toBe(false);
  });

  it("takes nightly backups only when BACKUP_DIR is set, resolved from the project root", () => {
    expect(readEnv({}).backupDir).toBeNull();
    expect(readEnv({ BACKUP_DIR: "backups" }).backupDir).toBe(path.join(projectRoot, "backups"));
    expect(readEnv({ BACKUP_DIR: "/srv/laget/backups" }).backupDir).toBe("/srv/laget/backups");
  });

  it("runs one server process per core in production and one elsewhere, unless WEB_CONCURRENCY says", () => {
    expect(readEnv({}).serverProcesses).toBe(1);
    expect(readEnv({ NODE_ENV: "production" }).serverProcesses).toBe(availableParallelism());
    expect(readEnv({ NODE_ENV: "production", WEB_CONCURRENCY: "1" }).serverProcesses).toBe(1);
    expect(readEnv({ WEB_CONCURRENCY: "3" }).serverProcesses).toBe(3);
    expect(() => readEnv({ WEB_CONCURRENCY: "0" })).toThrowError(/WEB_CONCURRENCY/);
  });

  it("names every bad variable in one clear message", () => {
    expect(() => readEnv({ PORT: "http", DATABASE_URL: "postgres://x", SESSION_SECURE_COOKIE: "maybe" })).toThrowError(
      /PORT[\s\S]*DATABASE_URL[\s\S]*SESSION_SECURE_COOKIE/,
    );
  });
});
