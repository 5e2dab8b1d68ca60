import { lt } from "drizzle-orm";
import { rateLimitHits } from "../../db/schema";
import { getDb } from "~/utils/db.server";
import { now } from "~/utils/clock.server";
import { deleteExpiredSessions } from "./auth.server";

/** Hourly clean-up: expired sessions and rate-limit counts older than a day. */
export async function runMaintenance(): Promise<void> {
  await deleteExpiredSessions();
  getDb().delete(rateLimitHits).where(lt(rateLimitHits.at, now() - 24 * 60 * 60_000)).run();
}
