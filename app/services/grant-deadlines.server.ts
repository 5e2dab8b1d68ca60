/**
 * A round closing at 12:00 is no longer open at 12:00 on the public pages: the hourly maintenance
 * tick sets a timer for each deadline in the coming hour, and at the deadline the public data
 * version moves (noteDeadlinePassed), so the response cache renders /tilskudd again. Without it a
 * cached page would show the round open until the next change or midnight.
 */
import { noteDeadlinePassed, roundsClosingBetween } from "~/models/grant/scheme.server";
import { log } from "~/utils/log.server";

/** Rounds already timed, so ticks that overlap do not set two timers for one deadline. */
const timed = new Map<number, number>();

export function scheduleDeadlineRefresh(withinMs: number, at: number = Date.now()): number {
  let scheduled = 0;
  for (const round of roundsClosingBetween(at, at + withinMs)) {
    if (timed.get(round.id) === round.deadlineAt) continue;
    timed.set(round.id, round.deadlineAt);
    scheduled++;
    // A second after the deadline: the form refuses from the deadline on, the page follows at once.
    setTimeout(() => {
      timed.delete(round.id);
      try {
        noteDeadlinePassed(round.id);
      } catch (error) {
        log.error("grant deadline refresh failed", { roundId: round.id, error: (error as Error).message });
      }
    }, Math.max(0, round.deadlineAt - at) + 1_000).unref();
  }
  return scheduled;
}
