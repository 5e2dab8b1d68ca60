/** The demo's successor programme (db/seed-closing.ts): made from Groruddalssatsingen, which stays open, with its carried tiltak linked both ways and a 2027 draft. */
import { and, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../app/utils/db.server";
import { getInitiativeArchive } from "../app/models/closing/public.server";
import { initiativeOutcomes, initiatives, participations, planBudgetLines, planItems, programmePlans, programmes } from "./schema";
import { seedDemoData } from "./seed";
import { CARRIED, SUCCESSOR } from "./seed-closing";

beforeAll(async () => {
  await seedDemoData(getDb(), { passwordHash: "unused" });
});

describe("the demo's successor programme", () => {
  it("continues Groruddalssatsingen with three carried tiltak, their partners and a 2027 draft", () => {
    const db = getDb();
    const old = db.select().from(programmes).where(eq(programmes.slug, "groruddalssatsingen")).get()!;
    const next = db.select().from(programmes).where(eq(programmes.slug, SUCCESSOR.slug)).get()!;
    expect(old.closedAt).toBeNull();
    expect(next).toMatchObject({ name: SUCCESSOR.name, predecessorId: old.id, periodStart: 2027, periodEnd: 2036 });
    const carried = db.select().from(initiatives).where(eq(initiatives.programmeId, next.id)).all();
    expect(carried).toHaveLength(CARRIED.length);
    const sources = db.select().from(initiatives).where(inArray(initiatives.slug, [...CARRIED])).all();
    for (const source of sources) {
      const copy = carried.find((c) => c.predecessorId === source.id)!;
      expect(copy.title).toBe(source.title);
      expect(db.select().from(initiativeOutcomes).where(eq(initiativeOutcomes.initiativeId, source.id)).get()).toMatchObject({ outcome: "successor", successorInitiativeId: copy.id });
      const active = (id: number) => db.select({ org: participations.organisationId }).from(participations).where(and(eq(participations.initiativeId, id), eq(participations.status, "active"))).all().map((p) => p.org).sort();
      expect(active(copy.id)).toEqual(active(source.id));
      expect(getInitiativeArchive(source.id)?.successor?.slug).toBe(copy.slug);
    }
    const draft = db.select().from(programmePlans).where(and(eq(programmePlans.programmeId, next.id), eq(programmePlans.year, 2027))).get()!;
    expect(draft.status).toBe("draft");
    expect(db.select().from(planItems).where(eq(planItems.planId, draft.id)).all()).toHaveLength(CARRIED.length);
    const lines = db.select().from(planBudgetLines).where(eq(planBudgetLines.planId, draft.id)).all();
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => l.grantedOre === null && l.spentOre === null && l.plannedOre > 0)).toBe(true);
  });
});
