/**
 * The server's notion of "now". Production uses the real clock. Tests (and only tests: NODE_ENV=test,
 * or LAGET_TEST_CLOCK=1 for the e2e server) may shift it, so session expiry can be tested without waiting.
 */
import { isoDayInNorway } from "~/components/initiatives/format";

let offsetMs = 0;

export function now(): number {
  return Date.now() + offsetMs;
}

export function testClockEnabled(): boolean {
  return process.env.NODE_ENV === "test" || process.env.LAGET_TEST_CLOCK === "1";
}

export function advanceClock(ms: number): void {
  if (!testClockEnabled()) throw new Error("The clock can only be moved in tests");
  offsetMs += ms;
}

export function resetClock(): void {
  offsetMs = 0;
}

/** Today's date in Norway (YYYY-MM-DD) by the server's clock: a tiltak's end date is compared with it. */
export function todayInNorway(): string {
  return isoDayInNorway(now());
}
