import { availableParallelism } from "node:os";
import { z } from "zod";
import { fromRoot } from "./paths.server";

const booleanish = z
  .enum(["true", "false", "1", "0", "on", "off", "yes", "no"])
  .transform((v) => ["true", "1", "on", "yes"].includes(v));

/** A Go duration as Litestream reads it: a whole number and a unit. */
const duration = z.string().regex(/^[1-9][0-9]*(ms|s|m|h)$/, "must be a duration such as 500ms, 1s, 10m or 24h");

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATABASE_URL: z
    .string()
    .regex(/^file:.+/, "must look like file:path/to/laget.sqlite")
    .default("file:db/laget.sqlite"),
  /** Defaults to on in production, off otherwise. */
  SESSION_SECURE_COOKIE: booleanish.optional(),
  /** Fill an empty database with demo data at start-up; defaults to on outside production. */
  SEED_DEMO_DATA: booleanish.optional(),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  /** The address people reach Laget at; links in e-mails use it (never the request's Host header). */
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** smtp(s)://user:pass@host:port; without it e-mails stay in the outbox table and the log. */
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  MAIL_FROM: z.string().min(3).default("Laget <ikke-svar@laget.no>"),
  /** Where uploaded logos are stored; a relative path is resolved from the project root. */
  UPLOAD_DIR: z.string().min(1).default("uploads"),
  /** Where the server keeps its nightly backups (14 daily, 8 weekly); unset: no nightly backups. */
  BACKUP_DIR: z.string().min(1).optional(),
  /** Memory for the anonymous response cache (server/response-cache.ts), in MB; 0 turns it off. */
  RESPONSE_CACHE_MB: z.coerce.number().min(0).max(4096).default(32),
  /**
   * How many server processes share the port (node:cluster). Defaults to one per core in
   * production and to 1 otherwise (one process is simpler to debug and `remix dev` needs it).
   */
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).optional(),
  /**
   * Continuous replication with Litestream (scripts/replication/litestream.ts, ADR 015): where the
   * replica lives, `file:///srv/backup/laget` or `s3://bucket/path`. Set, `npm start` runs
   * `litestream replicate` beside the server and the server leaves checkpoints to Litestream.
   */
  LITESTREAM_REPLICA_URL: z
    .string()
    .regex(/^(file:\/\/\/.+|s3:\/\/[^/]+(\/.*)?)$/, "must look like file:///absolute/path or s3://bucket/path")
    .optional(),
  /** How often Litestream ships new WAL frames to the replica (a Go duration: 500ms, 1s, 10s). */
  LITESTREAM_SYNC_INTERVAL: duration.default("1s"),
  /** How often Litestream writes a full snapshot; a restore replays the WAL since the last one. */
  LITESTREAM_SNAPSHOT_INTERVAL: duration.default("6h"),
  /** How long snapshots and WAL are kept in the replica (the reach of a point-in-time restore). */
  LITESTREAM_RETENTION: duration.default("168h"),
  /** An S3-compatible service's address (https://s3.example.no); unset means AWS. */
  LITESTREAM_S3_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  LITESTREAM_S3_REGION: z.string().min(1).optional(),
  /** Enhetsregisteret's open API (app/services/enhetsregisteret.server.ts); the tests point it at a local one. */
  BRREG_API_URL: z.url({ protocol: /^https?$/ }).default("https://data.brreg.no/enhetsregisteret/api"),
});

export type Env = z.infer<typeof envSchema> & {
  databasePath: string;
  publicUrl: string;
  secureCookies: boolean;
  seedDemoData: boolean;
  /** BACKUP_DIR resolved from the project root, or null. */
  backupDir: string | null;
  /** WEB_CONCURRENCY, or its default: one process per core in production, else 1. */
  serverProcesses: number;
  /** Litestream's settings when LITESTREAM_REPLICA_URL is set, else null. */
  replication: Replication | null;
};

export type Replication = {
  replicaUrl: string;
  syncInterval: string;
  snapshotInterval: string;
  retention: string;
  s3Endpoint: string | null;
  s3Region: string | null;
};

/** Reads and checks the environment; throws one readable message listing every bad variable. */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map(
      (issue) => `  ${issue.path.join(".")}: ${issue.message} (got ${JSON.stringify(source[String(issue.path[0])])})`,
    );
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  const env = result.data;
  const production = env.NODE_ENV === "production";
  return {
    ...env,
    databasePath: fromRoot(env.DATABASE_URL.slice("file:".length)),
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ""),
    secureCookies: env.SESSION_SECURE_COOKIE ?? production,
    seedDemoData: env.SEED_DEMO_DATA ?? !production,
    backupDir: env.BACKUP_DIR ? fromRoot(env.BACKUP_DIR) : null,
    serverProcesses: env.WEB_CONCURRENCY ?? (production ? availableParallelism() : 1),
    replication: env.LITESTREAM_REPLICA_URL
      ? {
          replicaUrl: env.LITESTREAM_REPLICA_URL,
          syncInterval: env.LITESTREAM_SYNC_INTERVAL,
          snapshotInterval: env.LITESTREAM_SNAPSHOT_INTERVAL,
          retention: env.LITESTREAM_RETENTION,
          s3Endpoint: env.LITESTREAM_S3_ENDPOINT ?? null,
          s3Region: env.LITESTREAM_S3_REGION ?? null,
        }
      : null,
  };
}

let cached: Env | undefined;
export function getEnv(): Env {
  cached ??= readEnv();
  return cached;
}
