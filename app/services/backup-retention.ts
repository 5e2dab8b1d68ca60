/**
 * When the nightly backup is due and which backups to keep: pure functions of time and file names,
 * so they can be tested without a clock or a disk. Days and weeks are Norwegian (Europe/Oslo), as
 * the people who run Laget count them.
 */

export const RETENTION = { daily: 14, weekly: 8 } as const;

/**
 * The hour (Oslo time) from which a day's backup is due. 03:00 is quiet for a municipal tool, and
 * after the hour that daylight saving time skips or repeats (02:00–03:00), so every day has it once.
 */
export const BACKUP_HOUR = 3;

const osloParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Oslo",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  hourCycle: "h23",
});

function oslo(at: Date): { day: string; hour: number } {
  const parts = Object.fromEntries(osloParts.formatToParts(at).map((p) => [p.type, p.value]));
  return { day: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour) };
}

/** The Oslo calendar day of an instant, as YYYY-MM-DD. */
export function osloDay(at: Date): string {
  return oslo(at).day;
}

/** The ISO week (Monday first) of an Oslo calendar day, as YYYY-Www. */
export function isoWeek(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const weekday = (date.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  // The Thursday of this week decides the week's year (ISO 8601).
  const thursday = new Date(date.getTime() + (3 - weekday) * 86_400_000);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000)) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/**
 * Due on the first maintenance tick at or after 03:00 Oslo time on a day without a backup. A server
 * that was down at 03:00 therefore catches up on its first tick after starting, instead of waiting
 * another day; and with no backup at all (BACKUP_DIR just set) the first one is taken at once.
 */
export function backupDue(newestBackup: Date | null, at: Date): boolean {
  if (newestBackup === null) return true;
  const today = oslo(at);
  return today.hour >= BACKUP_HOUR && osloDay(newestBackup) < today.day;
}

const FILE_PATTERN = /^laget-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z\.sqlite$/;

/** The nightly backup's file name: the UTC time it was taken, sortable and free of colons. */
export function backupFileName(at: Date): string {
  return `laget-${at.toISOString().slice(0, 19).replace(/:/g, "-")}Z.sqlite`;
}

/** The time in a nightly backup's file name; null for any other file (which retention leaves alone). */
export function backupTime(fileName: string): Date | null {
  const match = FILE_PATTERN.exec(fileName);
  if (!match) return null;
  const at = new Date(`${match[1]}T${match[2]}:${match[3]}:${match[4]}Z`);
  return Number.isNaN(at.getTime()) ? null : at;
}

/**
 * The nightly backups to delete: all but the newest backup of each of the 14 newest days that have
 * one, and the newest of each of the 8 newest ISO weeks that have one. Files that are not nightly
 * backups are never returned.
 */
export function backupsToDelete(fileNames: readonly string[], rule: { daily: number; weekly: number } = RETENTION): string[] {
  const backups = fileNames
    .map((name) => ({ name, at: backupTime(name) }))
    .filter((b): b is { name: string; at: Date } => b.at !== null)
    .sort((a, b) => b.at.getTime() - a.at.getTime());
  const keep = new Set<string>();
  const days = new Set<string>();
  const weeks = new Set<string>();
  for (const backup of backups) {
    const day = osloDay(backup.at);
    const week = isoWeek(day);
    if (!days.has(day) && days.size < rule.daily) {
      days.add(day);
      keep.add(backup.name);
    }
    if (!weeks.has(week) && weeks.size < rule.weekly) {
      weeks.add(week);
      keep.add(backup.name);
    }
  }
  return backups.filter((b) => !keep.has(b.name)).map((b) => b.name);
}
