import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  areas,
  auditEvents,
  initiatives,
  notifications,
  organisationAreas,
  organisationOffers,
  organisations,
  participations,
  programmes,
  subprogrammes,
  updates,
  users,
} from "../../db/schema";
import { moderateUpdate } from "./moderation.server";
import type { Actor } from "~/services/permissions";
import { getDb } from "~/utils/db.server";
import { expectProblem, seedForCoordination } from "~/testing/coordination-fixture.server";

let grorud: Actor; // koordinator@laget.test: Groruddalssatsingen
let stavanger: Actor; // Levekårsløftet only
let admin: Actor;
let groruddalen = 0;
let sysselsetting = 0;
let romsas = 0;

beforeAll(async () => {
  ({ grorud, stavanger, admin, groruddalen, sysselsetting, romsas } = await seedForCoordination());
});

describe("moderation", () => {
  it("hides with a reason (the organisation is told) and shows again; another programme is refused", () => {
    const db = getDb();
    const row = db.select({ id: updates.id, title: updates.title }).from(updates).innerJoin(initiatives, eq(initiatives.id, updates.initiativeId)).where(and(eq(initiatives.programmeId, groruddalen), sql`${updates.organisationId} IN (SELECT organisation_id FROM memberships WHERE status = 'active')`)).get()!;
    expectProblem(() => moderateUpdate(stavanger, { updateId: row.id, hide: true, reason: "x" }), "forbidden");
    moderateUpdate(grorud, { updateId: row.id, hide: true, reason: "Personopplysninger" });
    expect(db.select().from(updates).where(eq(updates.id, row.id)).get()).toMatchObject({ hiddenReason: "Personopplysninger", hiddenByUserId: grorud.id });
    expect(db.select().from(notifications).where(eq(notifications.kind, "update_hidden")).all().some((n) => n.params.update === row.title)).toBe(true);
    moderateUpdate(grorud, { updateId: row.id, hide: false, reason: "" });
    expect(db.select().from(updates).where(eq(updates.id, row.id)).get()?.hiddenAt).toBeNull();
    expect(db.select().from(auditEvents).where(eq(auditEvents.action, "update.unhidden")).all()).toHaveLength(1);
    expectProblem(() => moderateUpdate(grorud, { updateId: 999999, hide: true, reason: "x" }), "notFound");
  });
});
