import { desc, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents, programmes } from "../../db/schema";
import { seedDemoData } from "../../db/seed";
import { audit } from "~/services/audit.server";
import { getDb } from "~/utils/db.server";
import { adminOverview } from "./overview.server";

beforeAll(async () => {
  await seedDemoData(getDb(), { passwordHash: "unused" });
  // An entry in the log, as the other admin tests leave behind (they run in their own databases).
  audit({ actorUserId: null, action: "test.overview", entityType: "test" });
});

const auditCount = () =>
  getDb()
    .select({ n: sql<number>`count(*)` })
    .from(auditEvents)
    .get()!.n;

describe("the administrators' overview", () => {
  it("counts what the overview shows", () => {
    const overview = adminOverview();
    expect(overview.admins).toBeGreaterThanOrEqual(1);
    expect(overview.programmes).toBe(
      getDb()
        .select({ n: sql<number>`count(*)` })
        .from(programmes)
        .get()!.n
    );
    expect(overview.auditEvents).toBe(auditCount());
    const newest = getDb().select({ createdAt: auditEvents.createdAt }).from(auditEvents).orderBy(desc(auditEvents.createdAt)).get();
    expect(newest).toBeDefined();
  });
});
