import { describe, expect, test } from "vitest";
import { backupDue, backupFileName, backupsToDelete, backupTime, isoWeek, osloDay } from "./backup-retention";

/** One nightly backup per day at 03:15 Oslo winter time (02:15 UTC), `days` days back from the day given. */
function nightly(lastDay: string, days: number): string[] {
  const last = new Date(`${lastDay}T02:15:00Z`).getTime();
  return Array.from({ length: days }, (_, i) => backupFileName(new Date(last - i * 86_400_000)));
}

describe("backup file names", () => {
  test("round-trip the time and ignore other files", () => {
    const at = new Date("2026-11-22T02:15:07Z");
    expect(backupFileName(at)).toBe("laget-2026-11-22T02-15-07Z.sqlite");
    expect(backupTime(backupFileName(at))).toEqual(at);
    expect(backupTime("notes.txt")).toBeNull();
    expect(backupTime("laget-2026-13-45T99-00-00Z.sqlite")).toBeNull();
  });
});

describe("Oslo days and ISO weeks", () => {
  test("a UTC evening is already the next day in Oslo", () => {
    expect(osloDay(new Date("2026-11-22T23:30:00Z"))).toBe("2026-11-23");
    expect(osloDay(new Date("2026-07-01T22:30:00Z"))).toBe("2026-07-02");
  });
  test("ISO weeks start on Monday and the first week holds the first Thursday", () => {
    expect(isoWeek("2026-11-22")).toBe("2026-W47"); // a Sunday
    expect(isoWeek("2026-11-23")).toBe("2026-W48"); // the Monday after
    expect(isoWeek("2027-01-01")).toBe("2026-W53");
    expect(isoWeek("2024-12-30")).toBe("2025-W01");
  });
});

describe("backupDue", () => {
  test("is due from 03:00 Oslo time on a day without a backup", () => {
    const yesterday = new Date("2026-11-21T02:10:00Z");
    expect(backupDue(yesterday, new Date("2026-11-22T01:59:00Z"))).toBe(false); // 02:59 in Oslo
    expect(backupDue(yesterday, new Date("2026-11-22T02:00:00Z"))).toBe(true); // 03:00 in Oslo
    expect(backupDue(yesterday, new Date("2026-11-22T15:00:00Z"))).toBe(true); // server was down at night: catch up
  });
  test("is not due twice on the same day, and is due at once when no backup exists", () => {
    expect(backupDue(new Date("2026-11-22T02:05:00Z"), new Date("2026-11-22T21:00:00Z"))).toBe(false);
    expect(backupDue(null, new Date("2026-11-22T00:30:00Z"))).toBe(true);
  });
  test("summer time: 03:00 Oslo is 01:00 UTC", () => {
    const yesterday = new Date("2026-06-30T01:10:00Z");
    expect(backupDue(yesterday, new Date("2026-07-01T00:59:00Z"))).toBe(false);
    expect(backupDue(yesterday, new Date("2026-07-01T01:00:00Z"))).toBe(true);
  });
});

describe("backupsToDelete", () => {
  test("keeps everything while there are fewer than 14 days of backups", () => {
    expect(backupsToDelete(nightly("2026-11-22", 10))).toEqual([]);
  });

  test("after 120 nights keeps 14 daily and 8 weekly copies, 20 files in all", () => {
    const files = nightly("2026-11-22", 120);
    const deleted = new Set(backupsToDelete(files));
    const kept = files.filter((f) => !deleted.has(f));
    // The 14 newest days (Monday 9 to Sunday 22 November: two whole weeks), plus the newest of each
    // of the 8 newest weeks, of which those two weeks' Sundays are already among the daily ones.
    expect(kept).toHaveLength(14 + 8 - 2);
    expect(kept.slice(0, 14)).toEqual(files.slice(0, 14));
    const weeks = new Set(kept.map((f) => isoWeek(osloDay(backupTime(f)!))));
    expect(weeks.size).toBe(8);
    // Each older week is represented by its newest backup, the Sunday's.
    for (const f of kept.slice(14)) expect(new Date(`${osloDay(backupTime(f)!)}T12:00:00Z`).getUTCDay()).toBe(0);
  });

  test("two backups on one day: only the newer counts as that day's copy", () => {
    const files = ["laget-2026-11-22T02-15-00Z.sqlite", "laget-2026-11-22T14-00-00Z.sqlite"];
    expect(backupsToDelete(files)).toEqual(["laget-2026-11-22T02-15-00Z.sqlite"]);
  });

  test("never deletes files that are not nightly backups", () => {
    const files = [...nightly("2026-11-22", 60), "before-upgrade.sqlite", "laget.sqlite", "README.txt"];
    const deleted = backupsToDelete(files);
    expect(deleted).not.toContain("before-upgrade.sqlite");
    expect(deleted.every((f) => backupTime(f) !== null)).toBe(true);
  });

  test("the result does not depend on the order of the listing", () => {
    const files = nightly("2026-11-22", 70);
    expect(new Set(backupsToDelete([...files].reverse()))).toEqual(new Set(backupsToDelete(files)));
  });
});
