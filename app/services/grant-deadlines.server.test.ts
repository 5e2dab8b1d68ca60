/** At a round's deadline the public data version moves, so cached public pages stop showing it open. */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { grantRounds } from "../../db/schema";
import { seedGrantScheme } from "~/testing/grant-fixture.server";
import { getDb, publicDataVersion } from "~/utils/db.server";
import { scheduleDeadlineRefresh } from "./grant-deadlines.server";

let roundId: number;

beforeAll(async () => {
  const f = await seedGrantScheme();
  roundId = f.round.id;
});

describe("a deadline passing", () => {
  it("moves the public data version a second after the deadline, once, and leaves rounds closing later alone", async () => {
    getDb().update(grantRounds).set({ deadlineAt: new Date(Date.now() + 300) }).where(eq(grantRounds.id, roundId)).run();
    const before = publicDataVersion();
    expect(scheduleDeadlineRefresh(60_000)).toBe(1);
    // The next tick within the hour does not time the same deadline twice.
    expect(scheduleDeadlineRefresh(60_000)).toBe(0);
    expect(publicDataVersion()).toBe(before);
    await new Promise((resolve) => setTimeout(resolve, 1_800));
    expect(publicDataVersion()).toBeGreaterThan(before);
    expect(getDb().select({ deadlineAt: grantRounds.deadlineAt }).from(grantRounds).where(eq(grantRounds.id, roundId)).get()?.deadlineAt?.getTime()).toBeLessThan(Date.now());
    // A deadline past the window is for a later tick.
    getDb().update(grantRounds).set({ deadlineAt: new Date(Date.now() + 2 * 60_000) }).where(eq(grantRounds.id, roundId)).run();
    expect(scheduleDeadlineRefresh(60_000)).toBe(0);
  });
});
