import { and, desc, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { areas, auditEvents, coordinatorAssignments, programmeAreas, programmes, subprogrammes, users } from "../../db/schema";
import { seedDemoData } from "../../db/seed";
import { getDb } from "~/utils/db.server";
import { parseForm } from "~/utils/forms.server";
import { areaSchema, auditFilterSchema, programmeSchema } from "~/validation/admin";
import {
  addSubprogramme,
  adminOverview,
  assignCoordinator,
  changeUserRole,
  deleteArea,
  getAreaForAdmin,
  getProgrammeForAdmin,
  getUserForAdmin,
  listAreaTree,
  listAuditEvents,
  listAuditFilterOptions,
  listUsers,
  moveSubprogramme,
  osloDayStart,
  removeSubprogramme,
  saveArea,
  saveProgramme,
  saveSubprogramme,
  setProgrammeAreas,
  unassignCoordinator,
  type AuditFilters,
} from "./admin.server";

let adminId: number;
let groruddalen: number;
let levekar: number;

beforeAll(async () => {
  await seedDemoData(getDb(), { passwordHash: "unused" });
  adminId = userIdOf("admin@laget.test");
  groruddalen = programmeIdOf("groruddalssatsingen");
  levekar = programmeIdOf("levekarsloftet");
});

function userIdOf(email: string): number {
  const row = getDb().select({ id: users.id }).from(users).where(eq(users.email, email)).get();
  if (!row) throw new Error(`no user ${email}`);
  return row.id;
}
function programmeIdOf(slug: string): number {
  const row = getDb().select({ id: programmes.id }).from(programmes).where(eq(programmes.slug, slug)).get();
  if (!row) throw new Error(`no programme ${slug}`);
  return row.id;
}
function areaOf(slug: string) {
  const row = getDb().select().from(areas).where(eq(areas.slug, slug)).get();
  if (!row) throw new Error(`no area ${slug}`);
  return row;
}
let counter = 0;
function freshUser(role: "admin" | "coordinator" | "none" = "none"): number {
  counter += 1;
  return getDb()
    .insert(users)
    .values({ email: `ny-${counter}@example.test`, name: `Ny Person ${counter}`, passwordHash: "x", role })
    .returning({ id: users.id })
    .get().id;
}
function auditFor(entityType: string, entityId: number) {
  return getDb()
    .select({ action: auditEvents.action, actorUserId: auditEvents.actorUserId, details: auditEvents.details })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, entityType), eq(auditEvents.entityId, entityId)))
    .orderBy(auditEvents.id)
    .all();
}
const auditCount = () =>
  getDb()
    .select({ n: sql<number>`count(*)` })
    .from(auditEvents)
    .get()!.n;
const noFilters: AuditFilters = { action: null, actorEmail: null, entityType: null, entityId: null, from: null, to: null };

describe("roles and coordinator assignments", () => {
  it("changes a role and assigns and removes programmes, each change audited with the actor", () => {
    const userId = freshUser();
    expect(changeUserRole(adminId, userId, "coordinator")).toEqual({ ok: true, changed: true, from: "none", to: "coordinator" });
    expect(assignCoordinator(adminId, userId, groruddalen)).toEqual({ ok: true });
    expect(assignCoordinator(adminId, userId, levekar)).toEqual({ ok: true });
    expect(getUserForAdmin(userId)).toMatchObject({
      role: "coordinator",
      programmes: [{ name: "Groruddalssatsingen" }, { name: "Levekårsløftet" }],
    });
    expect(unassignCoordinator(adminId, userId, levekar)).toEqual({ ok: true });

    expect(auditFor("user", userId)).toEqual([
      { action: "user.role_changed", actorUserId: adminId, details: { from: "none", to: "coordinator" } },
      { action: "coordinator.assigned", actorUserId: adminId, details: { programmeId: groruddalen, programme: "Groruddalssatsingen" } },
      { action: "coordinator.assigned", actorUserId: adminId, details: { programmeId: levekar, programme: "Levekårsløftet" } },
      { action: "coordinator.unassigned", actorUserId: adminId, details: { programmeId: levekar, programme: "Levekårsløftet" } },
    ]);
    const assigned = getDb().select().from(coordinatorAssignments).where(eq(coordinatorAssignments.userId, userId)).all();
    expect(assigned.map((a) => a.programmeId)).toEqual([groruddalen]);
  });

  it("refuses assignments that make no sense, and writes nothing for them", () => {
    const partner = freshUser("none");
    const coordinator = freshUser("coordinator");
    const before = auditCount();
    expect(assignCoordinator(adminId, partner, groruddalen)).toEqual({ ok: false, error: "notCoordinator", field: "programmeId" });
    expect(assignCoordinator(adminId, coordinator, 999_999)).toEqual({ ok: false, error: "programmeNotFound", field: "programmeId" });
    expect(assignCoordinator(adminId, 999_999, groruddalen)).toEqual({ ok: false, error: "userNotFound" });
    expect(unassignCoordinator(adminId, coordinator, groruddalen)).toEqual({ ok: false, error: "notAssigned" });
    expect(assignCoordinator(adminId, coordinator, groruddalen)).toEqual({ ok: true });
    expect(assignCoordinator(adminId, coordinator, groruddalen)).toEqual({ ok: false, error: "alreadyAssigned", field: "programmeId" });
    expect(changeUserRole(adminId, 999_999, "admin")).toEqual({ ok: false, error: "userNotFound" });
    expect(auditCount()).toBe(before + 1);
  });

  it("takes a former coordinator's programmes away with the role, audited", () => {
    const userId = freshUser("coordinator");
    assignCoordinator(adminId, userId, groruddalen);
    expect(changeUserRole(adminId, userId, "none")).toMatchObject({ ok: true, changed: true });
    expect(getUserForAdmin(userId)?.programmes).toEqual([]);
    expect(auditFor("user", userId).slice(-2)).toEqual([
      { action: "user.role_changed", actorUserId: adminId, details: { from: "coordinator", to: "none" } },
      {
        action: "coordinator.unassigned",
        actorUserId: adminId,
        details: { programmeId: groruddalen, programme: "Groruddalssatsingen", reason: "role_changed" },
      },
    ]);
  });

  it("does nothing and audits nothing when the role is unchanged", () => {
    const userId = freshUser("coordinator");
    const before = auditCount();
    expect(changeUserRole(adminId, userId, "coordinator")).toEqual({ ok: true, changed: false, from: "coordinator", to: "coordinator" });
    expect(auditCount()).toBe(before);
  });

  it("refuses an admin removing their own admin role, but another admin may", () => {
    const before = auditCount();
    expect(changeUserRole(adminId, adminId, "none")).toEqual({ ok: false, error: "ownAdminRole", field: "role" });
    expect(changeUserRole(adminId, adminId, "coordinator")).toEqual({ ok: false, error: "ownAdminRole", field: "role" });
    expect(getUserForAdmin(adminId)?.role).toBe("admin");
    expect(auditCount()).toBe(before);

    const otherAdmin = freshUser("admin");
    expect(changeUserRole(otherAdmin, otherAdmin, "admin")).toMatchObject({ ok: true, changed: false });
    expect(changeUserRole(adminId, otherAdmin, "none")).toMatchObject({ ok: true, changed: true, from: "admin", to: "none" });
  });

  it("lists users by name or e-mail and role, paginated, without password hashes", () => {
    const all = listUsers({ q: "", role: null }, 1, 1000);
    expect(all.total).toBe(all.items.length);
    expect(Object.keys(all.items[0]!)).toEqual(["id", "name", "email", "role", "createdAt", "programmes"]);
    const byName = listUsers({ q: "kari koord", role: null }, 1);
    expect(byName.items.map((u) => u.email)).toEqual(["koordinator@laget.test"]);
    expect(byName.items[0]!.programmes).toEqual(["Groruddalssatsingen"]);
    expect(listUsers({ q: "STAVANGER-koordinator@", role: null }, 1).items.map((u) => u.name)).toEqual(["Stine Stavanger"]);
    const admins = listUsers({ q: "", role: "admin" }, 1, 1000);
    expect(admins.items.every((u) => u.role === "admin")).toBe(true);
    expect(admins.items.map((u) => u.email)).toContain("admin@laget.test");
    const page2 = listUsers({ q: "", role: null }, 2, 3);
    expect(page2.items).toHaveLength(3);
    expect(page2.items[0]!.id).toBe(listUsers({ q: "", role: null }, 1, 6).items[3]!.id);
  });
});

describe("programmes and sub-programmes", () => {
  it("creates a programme with a slug made from the name, and refuses a taken slug", () => {
    const input = { name: "Områdeløft Søndre Ås", slug: "", municipality: "Oslo", periodStart: 2025, periodEnd: 2034, description: "" };
    const created = saveProgramme(adminId, null, input);
    expect(created).toMatchObject({ ok: true, slug: "omradeloft-sondre-as", created: true });
    if (!created.ok) throw new Error("not created");
    expect(auditFor("programme", created.id)).toEqual([
      {
        action: "programme.created",
        actorUserId: adminId,
        details: { name: input.name, slug: "omradeloft-sondre-as", municipality: "Oslo", periodStart: 2025, periodEnd: 2034 },
      },
    ]);
    expect(saveProgramme(adminId, created.id, { ...input, slug: "groruddalssatsingen" })).toEqual({
      ok: false,
      error: "slugTaken",
      field: "slug",
    });
    expect(saveProgramme(adminId, 999_999, input)).toEqual({ ok: false, error: "programmeNotFound" });
    const renamed = saveProgramme(adminId, created.id, { ...input, slug: "omradeloft-sondre-as", periodEnd: null });
    expect(renamed).toMatchObject({ ok: true, created: false });
    expect(auditFor("programme", created.id)[1]).toMatchObject({
      action: "programme.updated",
      details: { periodEnd: { from: 2034, to: null } },
    });
  });

  it("refuses removing a sub-programme that tiltak or organisations use, and removes an unused one", () => {
    const used = getProgrammeForAdmin("groruddalssatsingen")!.subprogrammes.find((s) => s.slug === "narmiljo")!;
    expect(used.initiativeCount).toBeGreaterThan(0);
    const before = auditCount();
    const refused = removeSubprogramme(adminId, groruddalen, used.id);
    expect(refused).toEqual({
      ok: false,
      error: "subprogrammeInUse",
      initiatives: used.initiativeCount,
      organisations: used.organisationCount,
    });
    expect(getDb().select().from(subprogrammes).where(eq(subprogrammes.id, used.id)).get()).toBeDefined();
    expect(auditCount()).toBe(before);

    const added = addSubprogramme(adminId, groruddalen, { name: "Bolig og byrom", slug: "", description: "Nytt" });
    if (!added.ok) throw new Error("not added");
    const subs = getProgrammeForAdmin("groruddalssatsingen")!.subprogrammes;
    expect(subs.at(-1)).toMatchObject({ id: added.id, slug: "bolig-og-byrom", initiativeCount: 0, organisationCount: 0 });
    // A form naming another programme's sub-programme is refused.
    expect(removeSubprogramme(adminId, levekar, added.id)).toEqual({ ok: false, error: "subprogrammeNotFound" });
    expect(removeSubprogramme(adminId, groruddalen, added.id)).toEqual({ ok: true });
    expect(getDb().select().from(subprogrammes).where(eq(subprogrammes.id, added.id)).get()).toBeUndefined();
    expect(auditFor("subprogramme", added.id).map((a) => a.action)).toEqual(["subprogramme.created", "subprogramme.removed"]);
  });

  it("renames, refuses a slug taken in the same programme, and reorders", () => {
    const before = getProgrammeForAdmin("levekarsloftet")!.subprogrammes;
    const [first, second] = before as [(typeof before)[0], (typeof before)[0]];
    expect(saveSubprogramme(adminId, levekar, second.id, { name: second.name, slug: first.slug, description: "" })).toEqual({
      ok: false,
      error: "slugTaken",
      field: "slug",
    });
    expect(
      saveSubprogramme(adminId, levekar, second.id, { name: "Nytt navn", slug: second.slug, description: second.description })
    ).toEqual({ ok: true });
    expect(moveSubprogramme(adminId, levekar, first.id, "up")).toEqual({ ok: false, error: "alreadyFirst" });
    expect(moveSubprogramme(adminId, levekar, second.id, "up")).toEqual({ ok: true });
    const after = getProgrammeForAdmin("levekarsloftet")!.subprogrammes;
    expect(after.map((s) => s.id).slice(0, 2)).toEqual([second.id, first.id]);
    const positions = getDb()
      .select({ id: subprogrammes.id, position: subprogrammes.position })
      .from(subprogrammes)
      .where(eq(subprogrammes.programmeId, levekar))
      .orderBy(subprogrammes.position)
      .all();
    expect(positions).toEqual(after.map((s, i) => ({ id: s.id, position: i })));
    expect(after[0]!.name).toBe("Nytt navn");
    expect(auditFor("subprogramme", second.id).map((a) => a.action)).toEqual(["subprogramme.updated", "subprogramme.moved"]);
    expect(moveSubprogramme(adminId, levekar, after.at(-1)!.id, "down")).toEqual({ ok: false, error: "alreadyLast" });
  });

  it("sets the areas a programme covers, audited with what was added and removed", () => {
    const created = saveProgramme(adminId, null, {
      name: "Testløftet",
      slug: "",
      municipality: "Oslo",
      periodStart: 2026,
      periodEnd: null,
      description: "",
    });
    if (!created.ok) throw new Error("not created");
    const romsas = areaOf("romsas").id;
    const grorud = areaOf("grorud").id;
    expect(setProgrammeAreas(adminId, created.id, [romsas, grorud])).toEqual({ ok: true, changed: true });
    expect(setProgrammeAreas(adminId, created.id, [romsas])).toEqual({ ok: true, changed: true });
    expect(setProgrammeAreas(adminId, created.id, [romsas])).toEqual({ ok: true, changed: false });
    expect(setProgrammeAreas(adminId, created.id, [romsas, 999_999])).toEqual({ ok: false, error: "invalidRequest", field: "areas" });
    expect(getDb().select().from(programmeAreas).where(eq(programmeAreas.programmeId, created.id)).all()).toEqual([
      { programmeId: created.id, areaId: romsas },
    ]);
    expect(auditFor("programme", created.id).slice(1)).toEqual([
      { action: "programme.areas_changed", actorUserId: adminId, details: { added: ["Romsås", "Grorud"], removed: [] } },
      { action: "programme.areas_changed", actorUserId: adminId, details: { added: [], removed: ["Grorud"] } },
    ]);
  });
});

describe("areas", () => {
  const base = { kind: "sub_district" as const, population: null, liftStartYear: null, liftEndYear: null };

  it("creates an area under a district and shows it in the tree below it", () => {
    const grorud = areaOf("bydel-grorud");
    const created = saveArea(adminId, null, { ...base, name: "Ammerud", slug: "", parentId: grorud.id, population: 5000 });
    expect(created).toMatchObject({ ok: true, slug: "ammerud", created: true });
    const tree = listAreaTree();
    const parentAt = tree.findIndex((a) => a.id === grorud.id);
    const childAt = tree.findIndex((a) => a.slug === "ammerud");
    expect(childAt).toBeGreaterThan(parentAt);
    expect(tree[childAt]).toMatchObject({ parentId: grorud.id, depth: tree[parentAt]!.depth + 1, population: 5000 });
    expect(saveArea(adminId, null, { ...base, name: "Ammerud", slug: "ammerud", parentId: grorud.id })).toEqual({
      ok: false,
      error: "slugTaken",
      field: "slug",
    });
    // Left empty, a taken slug gets a number.
    expect(saveArea(adminId, null, { ...base, name: "Ammerud", slug: "", parentId: null })).toMatchObject({ ok: true, slug: "ammerud-2" });
  });

  it("refuses making an area its own ancestor", () => {
    const district = areaOf("bydel-grorud");
    const romsas = areaOf("romsas");
    const oslo = areaOf("oslo");
    const input = {
      name: district.name,
      slug: district.slug,
      kind: district.kind,
      population: district.population,
      liftStartYear: null,
      liftEndYear: null,
    };
    const before = auditCount();
    expect(saveArea(adminId, district.id, { ...input, parentId: district.id })).toEqual({
      ok: false,
      error: "areaCycle",
      field: "parentId",
    });
    expect(saveArea(adminId, district.id, { ...input, parentId: romsas.id })).toEqual({ ok: false, error: "areaCycle", field: "parentId" });
    expect(saveArea(adminId, oslo.id, { ...input, name: oslo.name, slug: oslo.slug, kind: oslo.kind, parentId: romsas.id })).toEqual({
      ok: false,
      error: "areaCycle",
      field: "parentId",
    });
    expect(saveArea(adminId, district.id, { ...input, parentId: 999_999 })).toEqual({
      ok: false,
      error: "invalidRequest",
      field: "parentId",
    });
    expect(areaOf("bydel-grorud").parentId).toBe(oslo.id);
    expect(auditCount()).toBe(before);

    // Moving to a sibling branch is fine, and audited with what changed.
    const stavanger = areaOf("stavanger");
    const moved = saveArea(adminId, romsas.id, {
      ...input,
      name: romsas.name,
      slug: romsas.slug,
      kind: romsas.kind,
      population: romsas.population,
      liftStartYear: 2017,
      liftEndYear: 2026,
      parentId: stavanger.id,
    });
    expect(moved).toMatchObject({ ok: true, created: false });
    expect(auditFor("area", romsas.id).at(-1)).toEqual({
      action: "area.updated",
      actorUserId: adminId,
      details: { parentId: { from: district.id, to: stavanger.id } },
    });
    saveArea(adminId, romsas.id, {
      ...input,
      name: romsas.name,
      slug: romsas.slug,
      kind: romsas.kind,
      population: romsas.population,
      liftStartYear: 2017,
      liftEndYear: 2026,
      parentId: district.id,
    });
  });

  it("deletes only an area nothing refers to", () => {
    const romsas = getAreaForAdmin("romsas")!;
    expect(romsas.usage.organisations).toBeGreaterThan(0);
    const refused = deleteArea(adminId, romsas.id);
    expect(refused).toEqual({ ok: false, error: "areaInUse", usage: romsas.usage });
    const oslo = getAreaForAdmin("oslo")!;
    expect(oslo.usage.children).toBeGreaterThan(0);
    expect(deleteArea(adminId, oslo.id)).toMatchObject({ ok: false, error: "areaInUse" });

    const created = saveArea(adminId, null, { ...base, name: "Tomt område", slug: "", parentId: oslo.id });
    if (!created.ok) throw new Error("not created");
    expect(getAreaForAdmin(created.slug)!.usage).toEqual({ children: 0, organisations: 0, initiatives: 0, programmes: 0 });
    expect(deleteArea(adminId, created.id)).toEqual({ ok: true });
    expect(getAreaForAdmin(created.slug)).toBeUndefined();
    expect(auditFor("area", created.id).map((a) => a.action)).toEqual(["area.created", "area.deleted"]);
    expect(deleteArea(adminId, created.id)).toEqual({ ok: false, error: "areaNotFound" });
  });
});

describe("the audit log", () => {
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

describe("the admin forms' validation", () => {
  const form = (entries: Record<string, string>) => {
    const data = new FormData();
    for (const [k, v] of Object.entries(entries)) data.append(k, v);
    return data;
  };

  it("refuses a slug with capitals or spaces, and a period ending before it starts", () => {
    const parsed = parseForm(
      form({ intent: "saveProgramme", name: "X", slug: "Bydel Grorud", municipality: "Oslo", periodStart: "2020", periodEnd: "2019" }),
      programmeSchema
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.result.error).toMatchObject({ slug: ["slugFormat"] });
    const ok = parseForm(
      form({ intent: "saveProgramme", name: "X", slug: "", municipality: "Oslo", periodStart: "2020", periodEnd: "2019" }),
      programmeSchema
    );
    expect(ok.ok ? null : ok.result.error).toEqual({ periodEnd: ["periodOrder"] });
    const empty = parseForm(form({ intent: "saveProgramme", name: "", municipality: "", periodStart: "" }), programmeSchema);
    expect(empty.ok ? null : empty.result.error).toEqual({ name: ["enterProgrammeName"], municipality: ["enterMunicipality"], periodStart: ["yearRequired"] });
  });

  it("reads an area's optional numbers and refuses a lift ending without a start", () => {
    const parsed = parseForm(
      form({ intent: "saveArea", name: "A", kind: "district", parentId: "", population: "", liftStartYear: "", liftEndYear: "" }),
      areaSchema
    );
    expect(parsed.ok && parsed.value).toMatchObject({ slug: "", parentId: null, population: null, liftStartYear: null, liftEndYear: null });
    const bad = parseForm(form({ intent: "saveArea", name: "A", kind: "planet", population: "7 000", liftEndYear: "2026" }), areaSchema);
    expect(bad.ok ? null : bad.result.error).toEqual({ kind: ["chooseAreaKind"], population: ["population"] });
    const lift = parseForm(form({ intent: "saveArea", name: "A", kind: "district", liftEndYear: "2026" }), areaSchema);
    expect(lift.ok ? null : lift.result.error).toEqual({ liftStartYear: ["liftEndWithoutStart"] });
    const order = parseForm(
      form({ intent: "saveArea", name: "A", kind: "district", liftStartYear: "2026", liftEndYear: "2020" }),
      areaSchema
    );
    expect(order.ok ? null : order.result.error).toEqual({ liftEndYear: ["liftOrder"] });
    const blank = parseForm(form({ intent: "saveArea", name: "   ", kind: "district", liftStartYear: "20x6" }), areaSchema);
    expect(blank.ok ? null : blank.result.error).toEqual({ name: ["enterAreaName"], liftStartYear: ["year"] });
  });

  it("checks the audit filters' dates", () => {
    const parsed = parseForm(form({ fra: "2026-02-30", til: "" }), auditFilterSchema);
    expect(parsed.ok ? null : parsed.result.error).toEqual({ fra: ["isoDate"] });
    const order = parseForm(form({ fra: "2026-03-02", til: "2026-03-01", id: "abc" }), auditFilterSchema);
    expect(order.ok ? null : order.result.error).toMatchObject({ id: ["entityId"] });
    const good = parseForm(form({ handling: "user.role_changed", fra: "2026-03-01", til: "2026-03-02", id: "7" }), auditFilterSchema);
    expect(good.ok && good.value).toEqual({
      handling: "user.role_changed",
      aktor: "",
      type: "",
      id: 7,
      fra: "2026-03-01",
      til: "2026-03-02",
    });
  });
});
