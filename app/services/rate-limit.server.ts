/**
 * Attempt counting in SQLite (so a restart does not reset a limit): at most `limit` counted attempts
 * per bucket in a sliding window. Buckets are strings such as `login:ip:1.2.3.4` or `login:email:x@y`.
 *
 * An attempt is checked and counted in one step (`takeAttempt`, one immediate transaction), before
 * any slow work such as password hashing. Checking first and counting after the work let every
 * request that arrived while the first ones were hashing through: 100 simultaneous wrong passwords
 * were evaluated 36 times (issue 18, item 2). The transaction also makes the step atomic between the
 * server processes of a cluster, which share the database.
 */
import { and, count, eq, gt, inArray, lt, min } from "drizzle-orm";
import { rateLimitHits } from "../../db/schema";
import { getDb } from "~/utils/db.server";
import { now } from "~/utils/clock.server";

export const AUTH_LIMIT = { limit: 10, windowMs: 15 * 60_000 } as const;

export type RateLimitRule = { limit: number; windowMs: number };

export type RateLimitVerdict = { blocked: false } | { blocked: true; retryAfterSeconds: number };

/** A counted attempt: `release` takes it back (a login that succeeded is no failed attempt). */
export type TakenAttempt = { blocked: false; release: () => void };

/**
 * Counts one attempt against each bucket unless one of them is already at its limit; a blocked
 * attempt is not counted. Forgets attempts older than a day.
 */
export function takeAttempt(buckets: string[], rule: RateLimitRule = AUTH_LIMIT): TakenAttempt | Extract<RateLimitVerdict, { blocked: true }> {
  const db = getDb();
  return db.transaction(
    (tx) => {
      const at = now();
      const since = at - rule.windowMs;
      const rows = tx
        .select({ bucket: rateLimitHits.bucket, n: count(), oldest: min(rateLimitHits.at) })
        .from(rateLimitHits)
        .where(and(inArray(rateLimitHits.bucket, buckets), gt(rateLimitHits.at, since)))
        .groupBy(rateLimitHits.bucket)
        .all();
      let retryAfterMs = 0;
      for (const row of rows) {
        if (row.n >= rule.limit && row.oldest !== null) retryAfterMs = Math.max(retryAfterMs, row.oldest + rule.windowMs - at);
      }
      if (retryAfterMs > 0) return { blocked: true as const, retryAfterSeconds: Math.ceil(retryAfterMs / 1000) };
      const ids = tx
        .insert(rateLimitHits)
        .values(buckets.map((bucket) => ({ bucket, at })))
        .returning({ id: rateLimitHits.id })
        .all()
        .map((row) => row.id);
      tx.delete(rateLimitHits).where(lt(rateLimitHits.at, at - 24 * 60 * 60_000)).run();
      return {
        blocked: false as const,
        release: () => void getDb().delete(rateLimitHits).where(inArray(rateLimitHits.id, ids)).run(),
      };
    },
    { behavior: "immediate" },
  );
}

export function clearBucket(bucket: string): void {
  getDb().delete(rateLimitHits).where(eq(rateLimitHits.bucket, bucket)).run();
}
