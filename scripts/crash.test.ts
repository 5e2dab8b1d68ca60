/**
 * The short crash test that `npm test` runs: 20 `kill -9`s of the real built server under
 * concurrent writes, then every acknowledged write must be there and nothing half-written
 * (scripts/durability/crash.ts; the long form is `npm run test:crash`).
 */
import { expect, test } from "vitest";
import { problemsIn } from "./durability/checks";
import { runCrashTest } from "./durability/crash";

test("20 kill -9s under concurrent writes lose no acknowledged write and leave nothing half-written", { timeout: 300_000 }, async () => {
  const result = await runCrashTest({ kills: 20, port: 3210 });
  expect(problemsIn(result)).toEqual([]);
  expect(result.failures).toEqual([]);
  // The run must have exercised something: writes of every kind were acknowledged between kills
  // (about 200–350 in all on this machine; the floor leaves room for a busy one).
  expect(result.acknowledged).toBeGreaterThan(40);
  expect(result.counts.organisations).toBeGreaterThan(0);
  expect(result.counts.updates).toBeGreaterThan(0);
  expect(result.counts.joinRequests).toBeGreaterThan(0);
  console.log(
    `crash test: ${result.kills} kills, ${result.acknowledged} writes acknowledged and checked, ${result.unanswered} unanswered, ` +
      `start-up ${result.startupMs.min}/${result.startupMs.median}/${result.startupMs.max} ms (min/median/max), ${Math.round(result.durationMs / 1000)} s`,
  );
});
