/**
 * The grants' report reminders run from the server's hourly maintenance (runMaintenance, which
 * server/server.ts calls at start-up and every hour): the first tick from 08:00 Oslo time sends the
 * day's reminders, later ticks that day send nothing, and ticks before 08:00 wait.
 */
import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { grantReports, notifications } from "../../db/schema";
import { decideRound, seedGrantScheme } from "~/testing/grant-fixture.server";
import { advanceClock, now } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { osloLocalToInstant } from "~/validation/grants";
import { runReportReminders } from "./grant-reminders.server";
import { runMaintenance } from "./maintenance.server";

const reminders = () => getDb().select({ id: notifications.id }).from(notifications).where(eq(notifications.kind, "grant_report_reminder")).all().length;

let ids: number[] = [];
const ours = () => getDb().select({ week: grantReports.weekReminderSentAt, due: grantReports.dueReminderSentAt }).from(grantReports).where(inArray(grantReports.applicationId, ids)).all();

beforeAll(async () => {
  const f = await seedGrantScheme();
  // Two grants whose reports are due 2027-08-19 (60 days after the activity on 20 June 2027).
  ids = decideRound(f, [
    { title: "Sommerfest", outcome: "granted" },
    { title: "Gatefest", outcome: "partly_granted", amountOre: 600_000, reason: "Rammen er brukt opp." },
  ]);
});

describe("report reminders in the hourly maintenance", () => {
  it("wait for the morning: nothing before 08:00 Oslo time", async () => {
    expect(await runReportReminders(osloLocalToInstant("2027-08-12", "07:30"))).toBe(0);
    expect(reminders()).toBe(0);
  });

  it("the maintenance tick sends the day's reminders once, and the reports remember them", async () => {
    // The server's clock to 12 August 2027, 09:00 in Oslo: a week before the reports are due.
    advanceClock(osloLocalToInstant("2027-08-12", "09:00") - now());
    await runMaintenance();
    const afterFirst = reminders();
    expect(afterFirst).toBeGreaterThan(0);
    expect(ours().map((r) => r.week !== null)).toEqual([true, true]);
    advanceClock(60 * 60_000);
    await runMaintenance();
    expect(reminders()).toBe(afterFirst);
  });

  it("on the due date the tick sends the second reminder", async () => {
    advanceClock(osloLocalToInstant("2027-08-19", "08:05") - now());
    await runMaintenance();
    expect(ours().map((r) => r.due !== null)).toEqual([true, true]);
  });
});
