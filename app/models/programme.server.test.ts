import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { areas, auditEvents, programmeAreas, programmes, subprogrammes, users } from "../../db/schema";
import { seedDemoData } from "../../db/seed";
import { getDb } from "~/utils/db.server";
import type { Actor } from "~/services/permissions";
import { actorFor, expectProblem } from "~/testing/coordination-fixture.server";
import { getProgrammeForAdmin, pickProgramme, saveProgramme, setProgrammeAreas } from "./programme.server";
import { addSubprogramme, moveSubprogramme, removeSubprogramme, saveSubprogramme } from "./subprogramme.server";

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
      reason: "slugTaken",
      field: "slug",
    });
    expect(saveProgramme(adminId, 999_999, input)).toEqual({ ok: false, reason: "programmeNotFound" });
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
      reason: "subprogrammeInUse",
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
    expect(removeSubprogramme(adminId, levekar, added.id)).toEqual({ ok: false, reason: "subprogrammeNotFound" });
    expect(removeSubprogramme(adminId, groruddalen, added.id)).toEqual({ ok: true });
    expect(getDb().select().from(subprogrammes).where(eq(subprogrammes.id, added.id)).get()).toBeUndefined();
    expect(auditFor("subprogramme", added.id).map((a) => a.action)).toEqual(["subprogramme.created", "subprogramme.removed"]);
  });

  it("renames, refuses a slug taken in the same programme, and reorders", () => {
    const before = getProgrammeForAdmin("levekarsloftet")!.subprogrammes;
    const [first, second] = before as [(typeof before)[0], (typeof before)[0]];
    expect(saveSubprogramme(adminId, levekar, second.id, { name: second.name, slug: first.slug, description: "" })).toEqual({
      ok: false,
      reason: "slugTaken",
      field: "slug",
    });
    expect(
      saveSubprogramme(adminId, levekar, second.id, { name: "Nytt navn", slug: second.slug, description: second.description })
    ).toEqual({ ok: true });
    expect(moveSubprogramme(adminId, levekar, first.id, "up")).toEqual({ ok: false, reason: "alreadyFirst" });
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
    expect(moveSubprogramme(adminId, levekar, after.at(-1)!.id, "down")).toEqual({ ok: false, reason: "alreadyLast" });
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
    expect(setProgrammeAreas(adminId, created.id, [romsas, 999_999])).toEqual({ ok: false, reason: "invalidRequest", field: "areas" });
    expect(getDb().select().from(programmeAreas).where(eq(programmeAreas.programmeId, created.id)).all()).toEqual([
      { programmeId: created.id, areaId: romsas },
    ]);
    expect(auditFor("programme", created.id).slice(1)).toEqual([
      { action: "programme.areas_changed", actorUserId: adminId, details: { added: ["Romsås", "Grorud"], removed: [] } },
      { action: "programme.areas_changed", actorUserId: adminId, details: { added: [], removed: ["Grorud"] } },
    ]);
  });
});

describe("scope", () => {
  let grorud: Actor; // koordinator@laget.test: Groruddalssatsingen
  let stavanger: Actor; // Levekårsløftet only
  let admin: Actor;
  beforeAll(() => {
    grorud = actorFor("koordinator@laget.test");
    stavanger = actorFor("stavanger-koordinator@laget.test");
    admin = actorFor("admin@laget.test");
  });

  it("refuses another programme and answers notFound for an unknown one", () => {
    expect(pickProgramme(grorud, null).programme.slug).toBe("groruddalssatsingen");
    expectProblem(() => pickProgramme(stavanger, "groruddalssatsingen"), "forbidden");
    expectProblem(() => pickProgramme(grorud, "finnes-ikke"), "notFound");
    expect(pickProgramme(admin, "levekarsloftet").programme.slug).toBe("levekarsloftet");
  });
});
