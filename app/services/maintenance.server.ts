import { lt } from "drizzle-orm";
import { rateLimitHits } from "../../db/schema";
import { getDb } from "~/utils/db.server";
import { now } from "~/utils/clock.server";
import { deleteExpiredSessions } from "./auth.server";
import { runReportReminders } from "./grant-reminders.server";
import { log } from "~/utils/log.server";
import { runNightlyBackup } from "./nightly-backup.server";
import { runRegisterSync } from "./register-sync.server";
import { scheduleDeadlineRefresh } from "./grant-deadlines.server";

/**
 * Hourly clean-up (expired sessions, rate-limit counts older than a day), the grants' report
 * reminders once a day (grant-reminders.server.ts), Enhetsregisteret's change feed once a night
 * (register-sync.server.ts), a timer for each grant deadline in the coming hour (grant-deadlines.server.ts),
 * then the nightly backup when due.
 */
export async function runMaintenance(): Promise<void> {
  await deleteExpiredSessions();
  getDb().delete(rateLimitHits).where(lt(rateLimitHits.at, now() - 24 * 60 * 60_000)).run();
  // A failed reminder run must not cost the night its backup: logged, and tried again next tick.
  // A little over the hour between ticks, so no deadline falls between two ticks' windows.
  scheduleDeadlineRefresh(65 * 60_000);
  await runReportReminders().catch((error: Error) => log.error("grant report reminders failed", { error: error.message }));
  await runRegisterSync().catch((error: Error) => log.error("Enhetsregisteret's change feed failed", { error: error.message }));
  await runNightlyBackup();
}
