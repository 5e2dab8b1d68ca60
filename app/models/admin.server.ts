/**
 * The administrators' queries (/admin): users and their roles and coordinator programmes, programmes
 * with their sub-programmes and areas, the area tree, and the audit log.
 *
 * Every change runs in one immediate transaction together with its audit row, and every check that
 * guards a change (the person's own admin role, a cycle in the area tree, a record still in use) is
 * made inside that transaction, so two admins working at once cannot slip past it. Refusals come back
 * as `{ ok: false, error }` with a key into `t.admin.validation` (and the field it concerns), never as
 * exceptions: the routes turn them into 400 responses with the message next to the field.
 */
import { and, asc, count, desc, eq, gte, inArray, lt, max, ne, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import {
  areas,
  auditEvents,
  coordinatorAssignments,
  initiatives,
  organisationAreas,
  organisationThemes,
  programmeAreas,
  programmes,
  subprogrammes,
  users,
} from "../../db/schema";
import { audit } from "~/services/audit.server";
import { getDb } from "~/utils/db.server";
import { slugify, uniqueSlug } from "~/utils/slug";
import type { AdminValidationKey } from "~/validation/admin";
import type { AreaKind, UserRole } from "~/validation/enums";

type Tx = Parameters<Parameters<ReturnType<typeof getDb>["transaction"]>[0]>[0];

/** A refusal: the message key and, when it concerns one field, that field's name in the form. */
export type Refusal = { ok: false; error: AdminValidationKey; field?: string };
const refuse = (error: AdminValidationKey, field?: string): Refusal => ({ ok: false, error, ...(field ? { field } : {}) });

const immediate = { behavior: "immediate" } as const;

/** Case-insensitive "contains" for ASCII (SQLite's lower()); exact case also matches non-ASCII letters. */
function contains(column: SQLWrapper, needle: string): SQL {
  return sql`(instr(lower(${column}), lower(${needle})) > 0 OR instr(${column}, ${needle}) > 0)`;
}

// ---------------------------------------------------------------------------------------------
// Overview
// ---------------------------------------------------------------------------------------------

export function adminOverview(nowMs: number = Date.now()) {
  const db = getDb();
  const roleCounts = new Map(
    db
      .select({ role: users.role, n: count() })
      .from(users)
      .groupBy(users.role)
      .all()
      .map((r) => [r.role, r.n])
  );
  // The other counts in one statement, as scalar subqueries.
  const counts = db.get<{
    programmes: number;
    subprogrammes: number;
    areas: number;
    areaLifts: number;
    auditEvents: number;
    auditEventsLastWeek: number;
  }>(sql`SELECT
      (SELECT count(*) FROM ${programmes}) AS programmes,
      (SELECT count(*) FROM ${subprogrammes}) AS subprogrammes,
      (SELECT count(*) FROM ${areas}) AS areas,
      (SELECT count(*) FROM ${areas} WHERE ${areas.liftStartYear} IS NOT NULL) AS areaLifts,
      (SELECT count(*) FROM ${auditEvents}) AS auditEvents,
      (SELECT count(*) FROM ${auditEvents} WHERE ${auditEvents.createdAt} >= ${nowMs - 7 * 86_400_000}) AS auditEventsLastWeek`);
  return {
    users: [...roleCounts.values()].reduce((a, b) => a + b, 0),
    admins: roleCounts.get("admin") ?? 0,
    coordinators: roleCounts.get("coordinator") ?? 0,
    ...counts,
  };
}

// ---------------------------------------------------------------------------------------------
// Users, roles and coordinator assignments
// ---------------------------------------------------------------------------------------------

export const USERS_PAGE_SIZE = 25;

export type UserFilters = { q: string; role: UserRole | null };

export type AdminUserRow = {
  id: number;
  name: string;
  email: string;
  role: UserRole;
  createdAt: number;
  programmes: string[];
};

export function listUsers(filters: UserFilters, page: number, pageSize = USERS_PAGE_SIZE): { total: number; items: AdminUserRow[] } {
  const db = getDb();
  const conditions: SQL[] = [];
  if (filters.q) {
    const q = filters.q;
    conditions.push(sql`(${contains(users.name, q)} OR ${contains(users.email, q)})`);
  }
  if (filters.role) conditions.push(eq(users.role, filters.role));
  const where = conditions.length ? and(...conditions) : undefined;
  const total = db.select({ n: count() }).from(users).where(where).get()?.n ?? 0;
  const rows = db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, createdAt: users.createdAt })
    .from(users)
    .where(where)
    .orderBy(sql`${users.name} COLLATE NOCASE`, asc(users.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all();
  const ids = rows.map((r) => r.id);
  const assigned = new Map<number, string[]>();
  if (ids.length) {
    for (const a of db
      .select({ userId: coordinatorAssignments.userId, name: programmes.name })
      .from(coordinatorAssignments)
      .innerJoin(programmes, eq(programmes.id, coordinatorAssignments.programmeId))
      .where(inArray(coordinatorAssignments.userId, ids))
      .orderBy(asc(programmes.name))
      .all()) {
      assigned.set(a.userId, [...(assigned.get(a.userId) ?? []), a.name]);
    }
  }
  return {
    total,
    items: rows.map((r) => ({ ...r, createdAt: r.createdAt.getTime(), programmes: assigned.get(r.id) ?? [] })),
  };
}

/** One person as the admin edits them: never the password hash. */
export function getUserForAdmin(userId: number) {
  const db = getDb();
  const user = db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role })
    .from(users)
    .where(eq(users.id, userId))
    .get();
  if (!user) return undefined;
  const assigned = db
    .select({ id: programmes.id, name: programmes.name })
    .from(coordinatorAssignments)
    .innerJoin(programmes, eq(programmes.id, coordinatorAssignments.programmeId))
    .where(eq(coordinatorAssignments.userId, userId))
    .orderBy(asc(programmes.name))
    .all();
  return { ...user, programmes: assigned };
}

export function listProgrammeChoices(): { id: number; name: string }[] {
  return getDb().select({ id: programmes.id, name: programmes.name }).from(programmes).orderBy(asc(programmes.name)).all();
}

/**
 * Changes a person's global role. An admin cannot take away their own admin role (there would be
 * nobody left to undo a mistake). A person who is no longer a coordinator keeps no programmes, so a
 * later promotion does not silently bring old responsibilities back.
 */
export function changeUserRole(
  actorId: number,
  userId: number,
  role: UserRole
): { ok: true; changed: boolean; from: UserRole; to: UserRole } | Refusal {
  return getDb().transaction((tx) => {
    const user = tx.select({ role: users.role }).from(users).where(eq(users.id, userId)).get();
    if (!user) return refuse("userNotFound");
    if (userId === actorId && user.role === "admin" && role !== "admin") return refuse("ownAdminRole", "role");
    if (user.role === role) return { ok: true as const, changed: false, from: user.role, to: role };
    tx.update(users).set({ role, updatedAt: new Date() }).where(eq(users.id, userId)).run();
    audit(
      { actorUserId: actorId, action: "user.role_changed", entityType: "user", entityId: userId, details: { from: user.role, to: role } },
      tx
    );
    if (role !== "coordinator") {
      const removed = tx
        .select({ id: programmes.id, name: programmes.name })
        .from(coordinatorAssignments)
        .innerJoin(programmes, eq(programmes.id, coordinatorAssignments.programmeId))
        .where(eq(coordinatorAssignments.userId, userId))
        .all();
      if (removed.length) {
        tx.delete(coordinatorAssignments).where(eq(coordinatorAssignments.userId, userId)).run();
        for (const p of removed) {
          audit(
            {
              actorUserId: actorId,
              action: "coordinator.unassigned",
              entityType: "user",
              entityId: userId,
              details: { programmeId: p.id, programme: p.name, reason: "role_changed" },
            },
            tx
          );
        }
      }
    }
    return { ok: true as const, changed: true, from: user.role, to: role };
  }, immediate);
}

export function assignCoordinator(actorId: number, userId: number, programmeId: number): { ok: true } | Refusal {
  return getDb().transaction((tx) => {
    const user = tx.select({ role: users.role }).from(users).where(eq(users.id, userId)).get();
    if (!user) return refuse("userNotFound");
    const programme = tx.select({ name: programmes.name }).from(programmes).where(eq(programmes.id, programmeId)).get();
    if (!programme) return refuse("programmeNotFound", "programmeId");
    if (user.role !== "coordinator") return refuse("notCoordinator", "programmeId");
    const existing = tx
      .select({ userId: coordinatorAssignments.userId })
      .from(coordinatorAssignments)
      .where(and(eq(coordinatorAssignments.userId, userId), eq(coordinatorAssignments.programmeId, programmeId)))
      .get();
    if (existing) return refuse("alreadyAssigned", "programmeId");
    tx.insert(coordinatorAssignments).values({ userId, programmeId }).run();
    audit(
      {
        actorUserId: actorId,
        action: "coordinator.assigned",
        entityType: "user",
        entityId: userId,
        details: { programmeId, programme: programme.name },
      },
      tx
    );
    return { ok: true as const };
  }, immediate);
}

export function unassignCoordinator(actorId: number, userId: number, programmeId: number): { ok: true } | Refusal {
  return getDb().transaction((tx) => {
    const user = tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).get();
    if (!user) return refuse("userNotFound");
    const programme = tx.select({ name: programmes.name }).from(programmes).where(eq(programmes.id, programmeId)).get();
    if (!programme) return refuse("programmeNotFound");
    const deleted = tx
      .delete(coordinatorAssignments)
      .where(and(eq(coordinatorAssignments.userId, userId), eq(coordinatorAssignments.programmeId, programmeId)))
      .returning({ userId: coordinatorAssignments.userId })
      .all();
    if (!deleted.length) return refuse("notAssigned");
    audit(
      {
        actorUserId: actorId,
        action: "coordinator.unassigned",
        entityType: "user",
        entityId: userId,
        details: { programmeId, programme: programme.name },
      },
      tx
    );
    return { ok: true as const };
  }, immediate);
}

// ---------------------------------------------------------------------------------------------
// Programmes, sub-programmes and the areas a programme covers
// ---------------------------------------------------------------------------------------------

export function listProgrammesForAdmin() {
  const db = getDb();
  const subCounts = new Map(
    db
      .select({ id: subprogrammes.programmeId, n: count() })
      .from(subprogrammes)
      .groupBy(subprogrammes.programmeId)
      .all()
      .map((r) => [r.id, r.n])
  );
  const areaCounts = new Map(
    db
      .select({ id: programmeAreas.programmeId, n: count() })
      .from(programmeAreas)
      .groupBy(programmeAreas.programmeId)
      .all()
      .map((r) => [r.id, r.n])
  );
  return db
    .select({
      id: programmes.id,
      slug: programmes.slug,
      name: programmes.name,
      municipality: programmes.municipality,
      periodStart: programmes.periodStart,
      periodEnd: programmes.periodEnd,
    })
    .from(programmes)
    .orderBy(asc(programmes.municipality), asc(programmes.name))
    .all()
    .map((p) => ({ ...p, subprogrammeCount: subCounts.get(p.id) ?? 0, areaCount: areaCounts.get(p.id) ?? 0 }));
}

/** The sub-programmes of a programme in display order, with how many tiltak and organisations use each. */
function subprogrammesOf(programmeId: number) {
  const db = getDb();
  const rows = db
    .select({
      id: subprogrammes.id,
      slug: subprogrammes.slug,
      name: subprogrammes.name,
      description: subprogrammes.description,
    })
    .from(subprogrammes)
    .where(eq(subprogrammes.programmeId, programmeId))
    .orderBy(asc(subprogrammes.position), asc(subprogrammes.name), asc(subprogrammes.id))
    .all();
  const ids = rows.map((r) => r.id);
  if (!ids.length) return [];
  const initiativeCounts = new Map(
    db
      .select({ id: initiatives.subprogrammeId, n: count() })
      .from(initiatives)
      .where(inArray(initiatives.subprogrammeId, ids))
      .groupBy(initiatives.subprogrammeId)
      .all()
      .map((r) => [r.id, r.n])
  );
  const organisationCounts = new Map(
    db
      .select({ id: organisationThemes.subprogrammeId, n: count() })
      .from(organisationThemes)
      .where(inArray(organisationThemes.subprogrammeId, ids))
      .groupBy(organisationThemes.subprogrammeId)
      .all()
      .map((r) => [r.id, r.n])
  );
  return rows.map((r) => ({
    ...r,
    initiativeCount: initiativeCounts.get(r.id) ?? 0,
    organisationCount: organisationCounts.get(r.id) ?? 0,
  }));
}

export function getProgrammeForAdmin(slug: string) {
  const db = getDb();
  const programme = db
    .select({
      id: programmes.id,
      slug: programmes.slug,
      name: programmes.name,
      municipality: programmes.municipality,
      periodStart: programmes.periodStart,
      periodEnd: programmes.periodEnd,
      description: programmes.description,
    })
    .from(programmes)
    .where(eq(programmes.slug, slug))
    .get();
  if (!programme) return undefined;
  const areaIds = db
    .select({ id: programmeAreas.areaId })
    .from(programmeAreas)
    .where(eq(programmeAreas.programmeId, programme.id))
    .all()
    .map((r) => r.id);
  return { ...programme, subprogrammes: subprogrammesOf(programme.id), areaIds };
}

export type ProgrammeInput = {
  name: string;
  /** Empty: made from the name. */
  slug: string;
  municipality: string;
  periodStart: number;
  periodEnd: number | null;
  description: string;
};

/** The fields that changed, as { field: { from, to } } for the audit log. */
function changes<T extends Record<string, unknown>>(before: T, after: T, keys: (keyof T & string)[]) {
  const out: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of keys) if (before[key] !== after[key]) out[key] = { from: before[key], to: after[key] };
  return out;
}

/** Creates (programmeId null) or updates a programme; returns its slug, which the page's address uses. */
export function saveProgramme(
  actorId: number,
  programmeId: number | null,
  input: ProgrammeInput
): { ok: true; id: number; slug: string; created: boolean } | Refusal {
  return getDb().transaction((tx) => {
    const current = programmeId
      ? tx
          .select({
            name: programmes.name,
            slug: programmes.slug,
            municipality: programmes.municipality,
            periodStart: programmes.periodStart,
            periodEnd: programmes.periodEnd,
            description: programmes.description,
          })
          .from(programmes)
          .where(eq(programmes.id, programmeId))
          .get()
      : null;
    if (programmeId && !current) return refuse("programmeNotFound");
    const taken = (candidate: string) =>
      !!tx
        .select({ id: programmes.id })
        .from(programmes)
        .where(programmeId ? and(eq(programmes.slug, candidate), ne(programmes.id, programmeId)) : eq(programmes.slug, candidate))
        .get();
    let slug = input.slug;
    if (slug === "") slug = current && current.name === input.name ? current.slug : uniqueSlug(slugify(input.name), taken);
    else if (taken(slug)) return refuse("slugTaken", "slug");
    const values = { ...input, slug };

    if (!programmeId || !current) {
      const id = tx.insert(programmes).values(values).returning({ id: programmes.id }).get().id;
      audit(
        {
          actorUserId: actorId,
          action: "programme.created",
          entityType: "programme",
          entityId: id,
          details: {
            name: values.name,
            slug,
            municipality: values.municipality,
            periodStart: values.periodStart,
            periodEnd: values.periodEnd,
          },
        },
        tx
      );
      return { ok: true as const, id, slug, created: true };
    }
    const changed = changes(current, values, ["name", "slug", "municipality", "periodStart", "periodEnd"]);
    const descriptionChanged = current.description !== values.description;
    if (Object.keys(changed).length || descriptionChanged) {
      tx.update(programmes).set(values).where(eq(programmes.id, programmeId)).run();
      audit(
        {
          actorUserId: actorId,
          action: "programme.updated",
          entityType: "programme",
          entityId: programmeId,
          details: { ...changed, ...(descriptionChanged ? { descriptionChanged: true } : {}) },
        },
        tx
      );
    }
    return { ok: true as const, id: programmeId, slug, created: false };
  }, immediate);
}

export type SubprogrammeInput = { name: string; slug: string; description: string };

function subprogrammeSlug(tx: Tx, programmeId: number, input: SubprogrammeInput, self: { id: number; name: string; slug: string } | null) {
  const taken = (candidate: string) =>
    !!tx
      .select({ id: subprogrammes.id })
      .from(subprogrammes)
      .where(
        and(eq(subprogrammes.programmeId, programmeId), eq(subprogrammes.slug, candidate), ...(self ? [ne(subprogrammes.id, self.id)] : []))
      )
      .get();
  if (input.slug === "") {
    return { slug: self && self.name === input.name ? self.slug : uniqueSlug(slugify(input.name), taken) };
  }
  return taken(input.slug) ? null : { slug: input.slug };
}

export function addSubprogramme(actorId: number, programmeId: number, input: SubprogrammeInput): { ok: true; id: number } | Refusal {
  return getDb().transaction((tx) => {
    const programme = tx.select({ name: programmes.name }).from(programmes).where(eq(programmes.id, programmeId)).get();
    if (!programme) return refuse("programmeNotFound");
    const slug = subprogrammeSlug(tx, programmeId, input, null);
    if (!slug) return refuse("slugTaken", "slug");
    const last = tx
      .select({ n: max(subprogrammes.position) })
      .from(subprogrammes)
      .where(eq(subprogrammes.programmeId, programmeId))
      .get()?.n;
    const id = tx
      .insert(subprogrammes)
      .values({ programmeId, name: input.name, slug: slug.slug, description: input.description, position: (last ?? -1) + 1 })
      .returning({ id: subprogrammes.id })
      .get().id;
    audit(
      {
        actorUserId: actorId,
        action: "subprogramme.created",
        entityType: "subprogramme",
        entityId: id,
        details: { programmeId, programme: programme.name, name: input.name, slug: slug.slug },
      },
      tx
    );
    return { ok: true as const, id };
  }, immediate);
}

/** The sub-programme, only when it belongs to this programme (a tampered form names another). */
function findSubprogramme(tx: Tx, programmeId: number, subprogrammeId: number) {
  return tx
    .select({ id: subprogrammes.id, name: subprogrammes.name, slug: subprogrammes.slug, description: subprogrammes.description })
    .from(subprogrammes)
    .where(and(eq(subprogrammes.id, subprogrammeId), eq(subprogrammes.programmeId, programmeId)))
    .get();
}

export function saveSubprogramme(
  actorId: number,
  programmeId: number,
  subprogrammeId: number,
  input: SubprogrammeInput
): { ok: true } | Refusal {
  return getDb().transaction((tx) => {
    const current = findSubprogramme(tx, programmeId, subprogrammeId);
    if (!current) return refuse("subprogrammeNotFound");
    const slug = subprogrammeSlug(tx, programmeId, input, current);
    if (!slug) return refuse("slugTaken", "slug");
    const values = { name: input.name, slug: slug.slug, description: input.description };
    const changed = changes(current, { ...current, ...values }, ["name", "slug"]);
    const descriptionChanged = current.description !== values.description;
    if (Object.keys(changed).length || descriptionChanged) {
      tx.update(subprogrammes).set(values).where(eq(subprogrammes.id, subprogrammeId)).run();
      audit(
        {
          actorUserId: actorId,
          action: "subprogramme.updated",
          entityType: "subprogramme",
          entityId: subprogrammeId,
          details: { programmeId, ...changed, ...(descriptionChanged ? { descriptionChanged: true } : {}) },
        },
        tx
      );
    }
    return { ok: true as const };
  }, immediate);
}

/** Swaps a sub-programme with its neighbour and renumbers the programme's positions 0, 1, 2 … */
export function moveSubprogramme(
  actorId: number,
  programmeId: number,
  subprogrammeId: number,
  direction: "up" | "down"
): { ok: true } | Refusal {
  return getDb().transaction((tx) => {
    if (!findSubprogramme(tx, programmeId, subprogrammeId)) return refuse("subprogrammeNotFound");
    const order = tx
      .select({ id: subprogrammes.id })
      .from(subprogrammes)
      .where(eq(subprogrammes.programmeId, programmeId))
      .orderBy(asc(subprogrammes.position), asc(subprogrammes.name), asc(subprogrammes.id))
      .all()
      .map((r) => r.id);
    const from = order.indexOf(subprogrammeId);
    const to = direction === "up" ? from - 1 : from + 1;
    if (to < 0) return refuse("alreadyFirst");
    if (to >= order.length) return refuse("alreadyLast");
    [order[from], order[to]] = [order[to]!, order[from]!];
    order.forEach((id, position) => {
      tx.update(subprogrammes).set({ position }).where(eq(subprogrammes.id, id)).run();
    });
    audit(
      {
        actorUserId: actorId,
        action: "subprogramme.moved",
        entityType: "subprogramme",
        entityId: subprogrammeId,
        details: { programmeId, from: from + 1, to: to + 1 },
      },
      tx
    );
    return { ok: true as const };
  }, immediate);
}

/**
 * Removes a sub-programme nobody uses. Tiltak would block it anyway (ON DELETE RESTRICT); the
 * organisations' theme choices would silently vanish (CASCADE), so they block it too.
 */
export function removeSubprogramme(
  actorId: number,
  programmeId: number,
  subprogrammeId: number
): { ok: true } | Refusal | { ok: false; error: "subprogrammeInUse"; initiatives: number; organisations: number } {
  return getDb().transaction((tx) => {
    const current = findSubprogramme(tx, programmeId, subprogrammeId);
    if (!current) return refuse("subprogrammeNotFound");
    const initiativeCount = tx.select({ n: count() }).from(initiatives).where(eq(initiatives.subprogrammeId, subprogrammeId)).get()?.n ?? 0;
    const organisationCount =
      tx.select({ n: count() }).from(organisationThemes).where(eq(organisationThemes.subprogrammeId, subprogrammeId)).get()?.n ?? 0;
    if (initiativeCount || organisationCount) {
      return { ok: false as const, error: "subprogrammeInUse" as const, initiatives: initiativeCount, organisations: organisationCount };
    }
    tx.delete(subprogrammes).where(eq(subprogrammes.id, subprogrammeId)).run();
    audit(
      {
        actorUserId: actorId,
        action: "subprogramme.removed",
        entityType: "subprogramme",
        entityId: subprogrammeId,
        details: { programmeId, name: current.name, slug: current.slug },
      },
      tx
    );
    return { ok: true as const };
  }, immediate);
}

/** Sets the areas a programme covers to exactly `areaIds`. */
export function setProgrammeAreas(actorId: number, programmeId: number, areaIds: number[]): { ok: true; changed: boolean } | Refusal {
  return getDb().transaction((tx) => {
    if (!tx.select({ id: programmes.id }).from(programmes).where(eq(programmes.id, programmeId)).get()) return refuse("programmeNotFound");
    const wanted = [...new Set(areaIds)];
    const known = wanted.length
      ? new Map(
          tx
            .select({ id: areas.id, name: areas.name })
            .from(areas)
            .where(inArray(areas.id, wanted))
            .all()
            .map((a) => [a.id, a.name])
        )
      : new Map<number, string>();
    if (known.size !== wanted.length) return refuse("invalidRequest", "areas");
    const current = new Map(
      tx
        .select({ id: areas.id, name: areas.name })
        .from(programmeAreas)
        .innerJoin(areas, eq(areas.id, programmeAreas.areaId))
        .where(eq(programmeAreas.programmeId, programmeId))
        .all()
        .map((a) => [a.id, a.name])
    );
    const added = wanted.filter((id) => !current.has(id));
    const removed = [...current.keys()].filter((id) => !known.has(id));
    if (!added.length && !removed.length) return { ok: true as const, changed: false };
    if (added.length)
      tx.insert(programmeAreas)
        .values(added.map((areaId) => ({ programmeId, areaId })))
        .run();
    if (removed.length) {
      tx.delete(programmeAreas)
        .where(and(eq(programmeAreas.programmeId, programmeId), inArray(programmeAreas.areaId, removed)))
        .run();
    }
    audit(
      {
        actorUserId: actorId,
        action: "programme.areas_changed",
        entityType: "programme",
        entityId: programmeId,
        details: { added: added.map((id) => known.get(id)), removed: removed.map((id) => current.get(id)) },
      },
      tx
    );
    return { ok: true as const, changed: true };
  }, immediate);
}

// ---------------------------------------------------------------------------------------------
// Areas
// ---------------------------------------------------------------------------------------------

export type AdminArea = {
  id: number;
  slug: string;
  name: string;
  kind: AreaKind;
  parentId: number | null;
  population: number | null;
  liftStartYear: number | null;
  liftEndYear: number | null;
  depth: number;
};

/** Every area in tree order (parents before their children, siblings by name), with its depth. */
export function listAreaTree(): AdminArea[] {
  const rows = getDb()
    .select({
      id: areas.id,
      slug: areas.slug,
      name: areas.name,
      kind: areas.kind,
      parentId: areas.parentId,
      population: areas.population,
      liftStartYear: areas.liftStartYear,
      liftEndYear: areas.liftEndYear,
    })
    .from(areas)
    .all();
  const children = new Map<number | null, typeof rows>();
  for (const row of rows) children.set(row.parentId, [...(children.get(row.parentId) ?? []), row]);
  const out: AdminArea[] = [];
  const visit = (parentId: number | null, depth: number) => {
    for (const row of [...(children.get(parentId) ?? [])].sort((a, b) => a.name.localeCompare(b.name, "nb"))) {
      out.push({ ...row, depth });
      visit(row.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}

/** What refers to an area; any of these blocks deleting it. */
function areaUsage(tx: Tx | ReturnType<typeof getDb>, areaId: number) {
  const n = (query: { get: () => { n: number } | undefined }) => query.get()?.n ?? 0;
  return {
    children: n(tx.select({ n: count() }).from(areas).where(eq(areas.parentId, areaId))),
    organisations: n(tx.select({ n: count() }).from(organisationAreas).where(eq(organisationAreas.areaId, areaId))),
    initiatives: n(tx.select({ n: count() }).from(initiatives).where(eq(initiatives.areaId, areaId))),
    programmes: n(tx.select({ n: count() }).from(programmeAreas).where(eq(programmeAreas.areaId, areaId))),
  };
}
export type AreaUsage = ReturnType<typeof areaUsage>;

export function getAreaForAdmin(slug: string) {
  const db = getDb();
  const area = db
    .select({
      id: areas.id,
      slug: areas.slug,
      name: areas.name,
      kind: areas.kind,
      parentId: areas.parentId,
      population: areas.population,
      liftStartYear: areas.liftStartYear,
      liftEndYear: areas.liftEndYear,
    })
    .from(areas)
    .where(eq(areas.slug, slug))
    .get();
  return area ? { ...area, usage: areaUsage(db, area.id) } : undefined;
}

export type AreaInput = {
  name: string;
  slug: string;
  kind: AreaKind;
  parentId: number | null;
  population: number | null;
  liftStartYear: number | null;
  liftEndYear: number | null;
};

/** True when `candidateParentId` is `areaId` itself or lies below it (making it the parent would close a loop). */
function wouldCycle(tx: Tx, areaId: number, candidateParentId: number): boolean {
  const row = tx.get<{ hit: number }>(sql`WITH RECURSIVE up(id, parent_id) AS (
      SELECT id, parent_id FROM areas WHERE id = ${candidateParentId}
      UNION
      SELECT areas.id, areas.parent_id FROM areas JOIN up ON areas.id = up.parent_id
    )
    SELECT count(*) AS hit FROM up WHERE id = ${areaId}`);
  return (row?.hit ?? 0) > 0;
}

export function saveArea(
  actorId: number,
  areaId: number | null,
  input: AreaInput
): { ok: true; id: number; slug: string; created: boolean } | Refusal {
  return getDb().transaction((tx) => {
    const current = areaId
      ? tx
          .select({
            name: areas.name,
            slug: areas.slug,
            kind: areas.kind,
            parentId: areas.parentId,
            population: areas.population,
            liftStartYear: areas.liftStartYear,
            liftEndYear: areas.liftEndYear,
          })
          .from(areas)
          .where(eq(areas.id, areaId))
          .get()
      : null;
    if (areaId && !current) return refuse("areaNotFound");
    if (input.parentId !== null) {
      if (!tx.select({ id: areas.id }).from(areas).where(eq(areas.id, input.parentId)).get()) return refuse("invalidRequest", "parentId");
      if (areaId && wouldCycle(tx, areaId, input.parentId)) return refuse("areaCycle", "parentId");
    }
    const taken = (candidate: string) =>
      !!tx
        .select({ id: areas.id })
        .from(areas)
        .where(areaId ? and(eq(areas.slug, candidate), ne(areas.id, areaId)) : eq(areas.slug, candidate))
        .get();
    let slug = input.slug;
    if (slug === "") slug = current && current.name === input.name ? current.slug : uniqueSlug(slugify(input.name), taken);
    else if (taken(slug)) return refuse("slugTaken", "slug");
    const values = { ...input, slug };

    if (!areaId || !current) {
      const id = tx.insert(areas).values(values).returning({ id: areas.id }).get().id;
      audit(
        {
          actorUserId: actorId,
          action: "area.created",
          entityType: "area",
          entityId: id,
          details: { name: values.name, slug, kind: values.kind, parentId: values.parentId },
        },
        tx
      );
      return { ok: true as const, id, slug, created: true };
    }
    const changed = changes(current, values, ["name", "slug", "kind", "parentId", "population", "liftStartYear", "liftEndYear"]);
    if (Object.keys(changed).length) {
      tx.update(areas).set(values).where(eq(areas.id, areaId)).run();
      audit({ actorUserId: actorId, action: "area.updated", entityType: "area", entityId: areaId, details: changed }, tx);
    }
    return { ok: true as const, id: areaId, slug, created: false };
  }, immediate);
}

export function deleteArea(actorId: number, areaId: number): { ok: true } | Refusal | { ok: false; error: "areaInUse"; usage: AreaUsage } {
  return getDb().transaction((tx) => {
    const area = tx.select({ name: areas.name, slug: areas.slug }).from(areas).where(eq(areas.id, areaId)).get();
    if (!area) return refuse("areaNotFound");
    const usage = areaUsage(tx, areaId);
    if (Object.values(usage).some((n) => n > 0)) return { ok: false as const, error: "areaInUse" as const, usage };
    tx.delete(areas).where(eq(areas.id, areaId)).run();
    audit(
      { actorUserId: actorId, action: "area.deleted", entityType: "area", entityId: areaId, details: { name: area.name, slug: area.slug } },
      tx
    );
    return { ok: true as const };
  }, immediate);
}

// ---------------------------------------------------------------------------------------------
// The audit log
// ---------------------------------------------------------------------------------------------

export const AUDIT_PAGE_SIZE = 50;

export type AuditFilters = {
  action: string | null;
  /** Part of the actor's e-mail, any case. */
  actorEmail: string | null;
  entityType: string | null;
  entityId: number | null;
  /** Calendar days in Norway, YYYY-MM-DD, both included. */
  from: string | null;
  to: string | null;
};

export type AuditRow = {
  id: number;
  createdAt: number;
  /** Who did it: a person, "anonymous" (a visitor who was not logged in) or "system". */
  actor: { kind: "user"; name: string; email: string } | { kind: "anonymous" | "system" };
  action: string;
  entityType: string;
  entityId: number | null;
  details: Record<string, unknown> | null;
  /** What the entity is called now (a person's name, a tiltak's title …), null when unknown or deleted. */
  entityLabel: string | null;
  /** Detail values that are ids, with the kind they name and its name now (null when deleted). */
  detailRefs: Record<string, { kind: string; id: number; label: string | null }>;
};

/** What an id in the log names now: a person's name, an organisation, a tiltak … (null once deleted). */
export type AuditName = { label: string };
/** Names by kind and id ("user:5"), for the entity column and the ids in the details. */
export type AuditNames = Record<string, AuditName>;

/** The kinds of thing the log's entities and detail ids name, with the table and label of each. */
const NAMED_KINDS: Record<string, string> = {
  user: "SELECT id, name AS label FROM users",
  organisation: "SELECT id, name AS label FROM organisations",
  initiative: "SELECT id, title AS label FROM initiatives",
  programme: "SELECT id, name AS label FROM programmes",
  subprogramme: "SELECT id, name AS label FROM subprogrammes",
  area: "SELECT id, name AS label FROM areas",
  update: "SELECT id, title AS label FROM updates",
  participation:
    "SELECT p.id AS id, o.name || ' – ' || i.title AS label FROM participations p JOIN organisations o ON o.id = p.organisation_id JOIN initiatives i ON i.id = p.initiative_id",
  membership: "SELECT m.id AS id, u.name || ' – ' || o.name AS label FROM memberships m JOIN users u ON u.id = m.user_id JOIN organisations o ON o.id = m.organisation_id",
};
/** Detail keys holding an id, and the kind they name. */
const AUDIT_DETAIL_ID_KINDS: Record<string, string> = {
  userId: "user",
  organisationId: "organisation",
  initiativeId: "initiative",
  programmeId: "programme",
  subprogrammeId: "subprogramme",
  areaId: "area",
  parentId: "area",
  participationId: "participation",
  membershipId: "membership",
  updateId: "update",
};

/**
 * The names behind the entities and detail ids of a page of the log, in one statement whatever the
 * number of rows or kinds (a UNION ALL of one primary-key lookup per kind present).
 */
function auditNames(items: Pick<AuditRow, "entityType" | "entityId" | "details">[]): AuditNames {
  const ids = new Map<string, Set<number>>();
  const want = (kind: string, id: unknown) => {
    if (!(kind in NAMED_KINDS) || typeof id !== "number" || !Number.isInteger(id)) return;
    (ids.get(kind) ?? ids.set(kind, new Set()).get(kind)!).add(id);
  };
  for (const item of items) {
    if (item.entityId !== null) want(item.entityType, item.entityId);
    for (const [key, value] of Object.entries(item.details ?? {})) if (key in AUDIT_DETAIL_ID_KINDS) want(AUDIT_DETAIL_ID_KINDS[key]!, value);
  }
  if (ids.size === 0) return {};
  // The SQL of each part is our own constant; only the id lists are parameters.
  const parts = [...ids].map(
    ([kind, set]) => sql`SELECT ${kind} AS kind, named.id AS id, named.label AS label FROM (${sql.raw(NAMED_KINDS[kind]!)}) AS named WHERE named.id IN (SELECT value FROM json_each(${JSON.stringify([...set])}))`,
  );
  const rows = getDb().all<{ kind: string; id: number; label: string }>(sql.join(parts, sql` UNION ALL `));
  return Object.fromEntries(rows.map((r) => [`${r.kind}:${r.id}`, { label: r.label }]));
}

/** The UTC offset of Norway's clock at an instant, in milliseconds (+1 h in winter, +2 h in summer). */
function osloOffsetMs(at: number): number {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Oslo",
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second"));
  return wall - Math.floor(at / 1000) * 1000;
}

/** The instant a calendar day (YYYY-MM-DD) begins in Norway. Midnight is never inside a DST change there. */
export function osloDayStart(isoDay: string): number {
  const [y, m, d] = isoDay.split("-").map(Number) as [number, number, number];
  const utcMidnight = Date.UTC(y, m - 1, d);
  const guess = utcMidnight - osloOffsetMs(utcMidnight);
  return utcMidnight - osloOffsetMs(guess);
}

/** The day after, as YYYY-MM-DD. */
function nextDay(isoDay: string): string {
  const [y, m, d] = isoDay.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/**
 * Entries without an actor come from people who were not logged in (failed logins, password reset
 * requests: their actions are `login.*` or `*_requested`) or from the system itself.
 */
function actorlessKind(action: string): "anonymous" | "system" {
  return action.startsWith("login.") || action.endsWith("_requested") ? "anonymous" : "system";
}

function auditConditions(filters: AuditFilters): SQL | undefined {
  const conditions: SQL[] = [];
  if (filters.action) conditions.push(eq(auditEvents.action, filters.action));
  if (filters.actorEmail) conditions.push(contains(sql`${users.email}`, filters.actorEmail));
  if (filters.entityType) conditions.push(eq(auditEvents.entityType, filters.entityType));
  if (filters.entityId !== null) conditions.push(eq(auditEvents.entityId, filters.entityId));
  if (filters.from) conditions.push(gte(auditEvents.createdAt, new Date(osloDayStart(filters.from))));
  if (filters.to) conditions.push(lt(auditEvents.createdAt, new Date(osloDayStart(nextDay(filters.to)))));
  return conditions.length ? and(...conditions) : undefined;
}

/** The audit log, newest first, `pageSize` a page. */
export function listAuditEvents(filters: AuditFilters, page: number, pageSize = AUDIT_PAGE_SIZE): { total: number; items: AuditRow[] } {
  const db = getDb();
  const where = auditConditions(filters);
  const total =
    db.select({ n: count() }).from(auditEvents).leftJoin(users, eq(users.id, auditEvents.actorUserId)).where(where).get()?.n ?? 0;
  const rows = db
    .select({
      id: auditEvents.id,
      createdAt: auditEvents.createdAt,
      actorUserId: auditEvents.actorUserId,
      actorName: users.name,
      actorEmail: users.email,
      action: auditEvents.action,
      entityType: auditEvents.entityType,
      entityId: auditEvents.entityId,
      details: auditEvents.details,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(where)
    .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all();
  const events = rows.map((r) => ({
    id: r.id,
    createdAt: r.createdAt.getTime(),
    actor:
      r.actorName !== null && r.actorEmail !== null ? { kind: "user" as const, name: r.actorName, email: r.actorEmail } : { kind: actorlessKind(r.action) },
    action: r.action,
    entityType: r.entityType,
    entityId: r.entityId,
    details: r.details && typeof r.details === "object" && !Array.isArray(r.details) ? (r.details as Record<string, unknown>) : null,
  }));
  const names = auditNames(events);
  const items = events.map((event): AuditRow => {
    const detailRefs: AuditRow["detailRefs"] = {};
    for (const [key, value] of Object.entries(event.details ?? {})) {
      const kind = AUDIT_DETAIL_ID_KINDS[key];
      if (kind && typeof value === "number") detailRefs[key] = { kind, id: value, label: names[`${kind}:${value}`]?.label ?? null };
    }
    return { ...event, entityLabel: event.entityId === null ? null : (names[`${event.entityType}:${event.entityId}`]?.label ?? null), detailRefs };
  });
  return { total, items };
}

/** The distinct actions and entity types in the log, for the filter form's selects. */
export function listAuditFilterOptions(): { actions: string[]; entityTypes: string[] } {
  const db = getDb();
  return {
    actions: db
      .selectDistinct({ v: auditEvents.action })
      .from(auditEvents)
      .orderBy(asc(auditEvents.action))
      .all()
      .map((r) => r.v),
    entityTypes: db
      .selectDistinct({ v: auditEvents.entityType })
      .from(auditEvents)
      .orderBy(asc(auditEvents.entityType))
      .all()
      .map((r) => r.v),
  };
}
