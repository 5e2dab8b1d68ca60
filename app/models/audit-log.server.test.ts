/**
 * The audit log reads as words: what an entry concerns and the ids in its details are resolved to
 * names (a person, an organisation, a tiltak, a participation), all in one statement per page
 * whatever the number of rows, and an id whose thing is gone says so.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents, initiatives, organisations, participations, users } from "../../db/schema";
import { seedDemoData } from "../../db/seed";
import { audit } from "~/services/audit.server";
import { countStatements } from "~/testing/statement-count.server";
import { getDb } from "~/utils/db.server";
import { listAuditEvents, listAuditFilterOptions, osloDayStart, type AuditFilters } from "./audit-log.server";

const noFilters: AuditFilters = { action: null, actorEmail: null, entityType: null, entityId: null, from: null, to: null };
const db = () => getDb();

beforeAll(async () => {
  await seedDemoData(db(), { passwordHash: "unused" });
});

describe("the audit log's names", () => {
  it("resolves the entity and the detail ids to names, in one statement for the whole page", () => {
    const partner = db().select().from(users).where(eq(users.email, "partner@laget.test")).get()!;
    const participation = db()
      .select({ id: participations.id, organisationId: participations.organisationId, initiativeId: participations.initiativeId, org: organisations.name, title: initiatives.title })
      .from(participations)
      .innerJoin(organisations, eq(organisations.id, participations.organisationId))
      .innerJoin(initiatives, eq(initiatives.id, participations.initiativeId))
      .get()!;
    for (let i = 0; i < 30; i++) {
      audit({
        actorUserId: partner.id,
        action: "participation.invitation_accepted",
        entityType: "participation",
        entityId: participation.id,
        details: { initiativeId: participation.initiativeId, organisationId: participation.organisationId, userId: 999_999 },
      });
    }
    audit({ actorUserId: partner.id, action: "user.name_changed", entityType: "user", entityId: partner.id });

    const plain = countStatements(() => listAuditEvents(noFilters, 1, 1)).statements;
    const { result, statements } = countStatements(() => listAuditEvents(noFilters, 1, 31));
    // The names of 31 rows cost one statement more than those of one row: none per row.
    expect(statements).toBe(plain);
    const [named, ...accepted] = result.items;
    expect(named).toMatchObject({ action: "user.name_changed", entityLabel: partner.name });
    expect(accepted[0]).toMatchObject({
      entityLabel: `${participation.org} – ${participation.title}`,
      detailRefs: {
        initiativeId: { kind: "initiative", id: participation.initiativeId, label: participation.title },
        organisationId: { kind: "organisation", id: participation.organisationId, label: participation.org },
        userId: { kind: "user", id: 999_999, label: null },
      },
    });
  });
});

function userIdOf(email: string): number {
  const row = getDb().select({ id: users.id }).from(users).where(eq(users.email, email)).get();
  if (!row) throw new Error(`no user ${email}`);
  return row.id;
}

describe("the audit log", () => {
  // Entries of the kinds the administrators' pages write (the user, programme and area model tests
  // make them in their own databases), for the filter options below to list.
  beforeAll(() => {
    const admin = userIdOf("admin@laget.test");
    for (const [action, entityType] of [
      ["user.role_changed", "user"],
      ["area.created", "area"],
      ["programme.created", "programme"],
      ["subprogramme.created", "subprogramme"],
    ] as const) {
      audit({ actorUserId: admin, action, entityType, entityId: 1 });
    }
  });

  function insertEvent(values: Partial<typeof auditEvents.$inferInsert> & { action: string; createdAt: Date }) {
    return getDb()
      .insert(auditEvents)
      .values({ entityType: "test", actorUserId: null, ...values })
      .returning({ id: auditEvents.id })
      .get().id;
  }

  it("begins a Norwegian calendar day at local midnight, winter and summer", () => {
    expect(new Date(osloDayStart("2026-01-15")).toISOString()).toBe("2026-01-14T23:00:00.000Z");
    expect(new Date(osloDayStart("2026-07-01")).toISOString()).toBe("2026-06-30T22:00:00.000Z");
    // The day summer time starts (02:00 → 03:00) still begins at 00:00 winter time.
    expect(new Date(osloDayStart("2026-03-29")).toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(new Date(osloDayStart("2026-10-25")).toISOString()).toBe("2026-10-24T22:00:00.000Z");
  });

  it("filters by action, actor e-mail, entity, and Norwegian dates, newest first", () => {
    const coordinator = userIdOf("koordinator@laget.test");
    const late = insertEvent({ action: "test.dated", createdAt: new Date("2026-03-28T22:30:00Z"), entityId: 1 });
    const early = insertEvent({ action: "test.dated", createdAt: new Date("2026-03-28T23:30:00Z"), entityId: 2 });
    const byCoordinator = insertEvent({
      action: "test.other",
      actorUserId: coordinator,
      createdAt: new Date("2026-03-30T08:00:00Z"),
      entityId: 1,
    });
    const anonymous = insertEvent({ action: "login.failed", entityType: "user", createdAt: new Date("2026-03-30T09:00:00Z") });
    const system = insertEvent({ action: "test.system", createdAt: new Date("2026-03-30T10:00:00Z") });

    const dated = listAuditEvents({ ...noFilters, action: "test.dated" }, 1);
    expect(dated.total).toBe(2);
    expect(dated.items.map((e) => e.id)).toEqual([early, late]);

    // 23:30 UTC on the 28th is 00:30 on the 29th in Norway.
    expect(listAuditEvents({ ...noFilters, entityType: "test", from: "2026-03-29", to: "2026-03-29" }, 1).items.map((e) => e.id)).toEqual([
      early,
    ]);
    expect(listAuditEvents({ ...noFilters, entityType: "test", to: "2026-03-28" }, 1).items.map((e) => e.id)).toEqual([late]);
    expect(listAuditEvents({ ...noFilters, entityType: "test", from: "2026-03-30" }, 1).items.map((e) => e.id)).toEqual([
      system,
      byCoordinator,
    ]);

    const mine = listAuditEvents({ ...noFilters, actorEmail: "KOORDINATOR@laget" }, 1);
    expect(mine.items.map((e) => e.id)).toContain(byCoordinator);
    expect(mine.items.every((e) => e.actor.kind === "user" && e.actor.email.includes("koordinator@laget"))).toBe(true);
    expect(mine.items.find((e) => e.id === byCoordinator)?.actor).toEqual({
      kind: "user",
      name: "Kari Koordinator",
      email: "koordinator@laget.test",
    });

    expect(listAuditEvents({ ...noFilters, entityType: "test", entityId: 1 }, 1).items.map((e) => e.id)).toEqual([byCoordinator, late]);

    const all = listAuditEvents(noFilters, 1, 1000).items;
    expect(all.find((e) => e.id === anonymous)?.actor).toEqual({ kind: "anonymous" });
    expect(all.find((e) => e.id === system)?.actor).toEqual({ kind: "system" });
    const times = all.map((e) => e.createdAt);
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const options = listAuditFilterOptions();
    expect(options.actions).toEqual(expect.arrayContaining(["test.dated", "test.other", "user.role_changed", "login.failed"]));
    expect(options.actions).toEqual([...options.actions].sort());
    expect(options.entityTypes).toEqual(expect.arrayContaining(["test", "user", "area", "programme", "subprogramme"]));
  });

  it("pages 50 at a time", () => {
    for (let i = 0; i < 55; i++) insertEvent({ action: "test.bulk", createdAt: new Date(Date.UTC(2025, 0, 1, 0, i)) });
    const first = listAuditEvents({ ...noFilters, action: "test.bulk" }, 1);
    const second = listAuditEvents({ ...noFilters, action: "test.bulk" }, 2);
    expect(first.total).toBe(55);
    expect(first.items).toHaveLength(50);
    expect(second.items).toHaveLength(5);
    expect(second.items.at(-1)!.createdAt).toBe(Date.UTC(2025, 0, 1, 0, 0));
  });
});
