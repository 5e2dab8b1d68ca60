/**
 * The grants' daily report reminders (a week before and on the due date, issue 20), run from the
 * hourly maintenance tick (maintenance.server.ts) as the nightly backup is. Each report remembers
 * which reminder it has had, so the first tick at or after REMINDER_HOUR Oslo time sends the day's
 * reminders and the day's later ticks find none: once a day, and a server that was down in the
 * morning catches up on its first tick. Not before REMINDER_HOUR: a reminder at ten past midnight
 * would be read as a night-time message.
 */
import { isoDayInNorway } from "~/components/initiatives/format";
import { dateTimeFormat } from "~/i18n/format";
import { sendReportReminders } from "~/models/grant/report.server";
import { now } from "~/utils/clock.server";
import { log } from "~/utils/log.server";
import { deliverPendingMail } from "./mail.server";

export const REMINDER_HOUR = 8;

function osloHour(at: number): number {
  return Number(dateTimeFormat("en-GB", { timeZone: "Europe/Oslo", hour: "2-digit", hourCycle: "h23" }).format(at));
}

/** Sends today's report reminders once the reminder hour has come; returns how many went out. */
export async function runReportReminders(at: number = now()): Promise<number> {
  if (osloHour(at) < REMINDER_HOUR) return 0;
  const sent = sendReportReminders(isoDayInNorway(at));
  if (sent > 0) {
    log.info("grant report reminders", { sent });
    await deliverPendingMail();
  }
  return sent;
}
