/**
 * Attempt counting in SQLite (so a restart does not reset a limit): at most `limit` counted attempts
 * per bucket in a sliding window. Buckets are strings such as `login:ip:1.2.3.4` or `login:email:x@y`.
 */
import { and, count, eq, gt, inArray, lt, min } from "drizzle-orm";
import { rateLimitHits } from "../../db/schema";
import { getDb } from "~/utils/db.server";
import { now } from "~/utils/clock.server";

export const AUTH_LIMIT = { limit: 10, windowMs: 15 * 60_000 } as const;

export type RateLimitVerdict = { blocked: false } | { blocked: true; retryAfterSeconds: number };

/** Whether any of the buckets is at its limit; does not count this attempt. */
export function checkRateLimit(buckets: string[], rule = AUTH_LIMIT): RateLimitVerdict {
  const db = getDb();
  const since = now() - rule.windowMs;
  const rows = db
    .select({ bucket: rateLimitHits.bucket, n: count(), oldest: min(rateLimitHits.at) })
    .from(rateLimitHits)
    .where(and(inArray(rateLimitHits.bucket, buckets), gt(rateLimitHits.at, since)))
    .groupBy(rateLimitHits.bucket)
    .all();
  let retryAfterMs = 0;
  for (const row of rows) {
    if (row.n >= rule.limit && row.oldest !== null) {
      retryAfterMs = Math.max(retryAfterMs, row.oldest + rule.windowMs - now());
    }
  }
  return retryAfterMs > 0 ? { blocked: true, retryAfterSeconds: Math.ceil(retryAfterMs / 1000) } : { blocked: false };
}

/** Counts one attempt against each bucket, and forgets attempts older than a day. */
export function recordAttempt(buckets: string[]): void {
  const db = getDb();
  const at = now();
  db.transaction(
    (tx) => {
      tx.insert(rateLimitHits).values(buckets.map((bucket) => ({ bucket, at }))).run();
      tx.delete(rateLimitHits).where(lt(rateLimitHits.at, at - 24 * 60 * 60_000)).run();
    },
    { behavior: "immediate" },
  );
}

export function clearBucket(bucket: string): void {
  getDb().delete(rateLimitHits).where(eq(rateLimitHits.bucket, bucket)).run();
}
