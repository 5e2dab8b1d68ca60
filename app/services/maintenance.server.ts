import { lt } from "drizzle-orm";
import { rateLimitHits } from "../../db/schema";
import { getDb } from "~/utils/db.server";
import { now } from "~/utils/clock.server";
import { deleteExpiredSessions } from "./auth.server";
import { runNightlyBackup } from "./nightly-backup.server";

/** Hourly clean-up (expired sessions, rate-limit counts older than a day), then the nightly backup when due. */
export async function runMaintenance(): Promise<void> {
  await deleteExpiredSessions();
  getDb().delete(rateLimitHits).where(lt(rateLimitHits.at, now() - 24 * 60 * 60_000)).run();
  await runNightlyBackup();
}
