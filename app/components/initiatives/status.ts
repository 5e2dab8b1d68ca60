/**
 * A tiltak's status as people should read it. The stored status is what a coordinator last set; a
 * tiltak whose period is over (its end date, the last day, has passed in Norway) has ended whatever
 * the stored status says, until a coordinator closes it or extends the period. Shared by the models
 * (server) and the pages; kept out of *.server modules, which the browser bundle leaves empty.
 */
import type { InitiativeStatus } from "~/validation/enums";

/** True when the end date (YYYY-MM-DD, the last day of the period) lies before `today` (YYYY-MM-DD, Oslo). */
export function periodIsOver(endDate: string | null, today: string): boolean {
  return endDate !== null && endDate < today;
}

/** The stored status, except that a tiltak past its end date reads as completed. */
export function shownInitiativeStatus(status: InitiativeStatus, endDate: string | null, today: string): InitiativeStatus {
  return status !== "completed" && periodIsOver(endDate, today) ? "completed" : status;
}

/** Not completed by a coordinator, but its period is over: it needs closing or a longer period. */
export function needsClosing(status: InitiativeStatus, endDate: string | null, today: string): boolean {
  return status !== "completed" && periodIsOver(endDate, today);
}
