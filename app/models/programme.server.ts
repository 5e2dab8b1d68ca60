/**
 * Programmes (satsinger): the public summaries of the front page, the one list of programme choices
 * every picker and filter uses, and the administrators' list, page and changes of a programme and the
 * areas it covers (its sub-programmes are in ./subprogramme.server.ts). Every change runs in one
 * immediate transaction with its audit row. Refusals come back as values (`Refusal`, ADR 013) for the
 * form to show next to its field. The coordinator's programmes (the scope of every coordinator page)
 * are here too: a thing outside them is refused with a RefusalError "forbidden" (ADR 013).
 */
import { and, asc, count, countDistinct, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import { areas, initiatives, organisationAreas, organisations, participations, programmeAreas, programmes, subprogrammes } from "../../db/schema";
import { audit } from "~/services/audit.server";
import { canCoordinateProgramme, type Actor } from "~/services/permissions";
import { changes } from "~/utils/changes";
import { getDb } from "~/utils/db.server";
import { memoisePerDataVersion } from "~/utils/derived-cache.server";
import { refusal, RefusalError, type Refusal, type RefusalKind } from "~/utils/refusal.server";
import { jsonObjects } from "~/utils/sql-json.server";
import { slugify, uniqueSlug } from "~/utils/slug";
import type { AdminValidationKey } from "~/validation/admin";
import { inTreeOrder } from "./area.server";
import { subprogrammesOf } from "./subprogramme.server";

export type ProgrammeSummary = {
  slug: string;
  name: string;
  municipality: string;
  periodStart: number;
  periodEnd: number | null;
  description: string;
  partnerCount: number;
  initiativeCount: number;
};

/**
 * The programmes with the public counts the front page shows: public, non-archived tiltak, and the
 * approved organisations taking an active part in them. Three queries whatever the data size.
 */
export function listProgrammeSummaries(): ProgrammeSummary[] {
  // The front page's counts cover every participation in the country: once per data version.
  return memoisePerDataVersion("programme-summaries", summariseProgrammes);
}

function summariseProgrammes(): ProgrammeSummary[] {
  const db = getDb();
  const rows = db
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
    .orderBy(asc(programmes.municipality), asc(programmes.name))
    .all();

  const publicInitiative = and(eq(initiatives.isPublic, true), isNull(initiatives.archivedAt));
  const initiativeCounts = new Map(
    db
      .select({ programmeId: initiatives.programmeId, n: countDistinct(initiatives.id) })
      .from(initiatives)
      .where(publicInitiative)
      .groupBy(initiatives.programmeId)
      .all()
      .map((r) => [r.programmeId, r.n]),
  );
  const partnerCounts = new Map(
    db
      .select({ programmeId: initiatives.programmeId, n: countDistinct(participations.organisationId) })
      .from(participations)
      .innerJoin(initiatives, eq(initiatives.id, participations.initiativeId))
      .innerJoin(organisations, eq(organisations.id, participations.organisationId))
      .where(and(publicInitiative, eq(participations.status, "active"), eq(organisations.status, "approved")))
      .groupBy(initiatives.programmeId)
      .all()
      .map((r) => [r.programmeId, r.n]),
  );

  return rows.map(({ id, ...programme }) => ({
    ...programme,
    partnerCount: partnerCounts.get(id) ?? 0,
    initiativeCount: initiativeCounts.get(id) ?? 0,
  }));
}

/**
 * Every programme (id, slug, name), by municipality and name: the one list every programme picker and
 * filter shows (the tiltak filters, /samarbeid, the directory, an administrator assigning a
 * coordinator). Read on many pages and changed only by an administrator, so one query per data
 * version; callers only read it.
 */
export function listProgrammeChoices(): readonly { id: number; slug: string; name: string }[] {
  return memoisePerDataVersion("programme-choices", () =>
    getDb()
      .select({ id: programmes.id, slug: programmes.slug, name: programmes.name })
      .from(programmes)
      .orderBy(asc(programmes.municipality), asc(programmes.name))
      .all(),
  );
}

// ---------------------------------------------------------------------------------------------
// The administrators' programmes and the areas a programme covers
// ---------------------------------------------------------------------------------------------

/** A refusal of an administrator's change: a key into t.admin.validation, and the field it concerns (ADR 013). */
type AdminRefusal = Refusal<AdminValidationKey>;
const immediate = { behavior: "immediate" } as const;

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

/** Creates (programmeId null) or updates a programme; returns its slug, which the page's address uses. */
export function saveProgramme(
  actorId: number,
  programmeId: number | null,
  input: ProgrammeInput
): { ok: true; id: number; slug: string; created: boolean } | AdminRefusal {
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
    if (programmeId && !current) return refusal("programmeNotFound");
    const taken = (candidate: string) =>
      !!tx
        .select({ id: programmes.id })
        .from(programmes)
        .where(programmeId ? and(eq(programmes.slug, candidate), ne(programmes.id, programmeId)) : eq(programmes.slug, candidate))
        .get();
    let slug = input.slug;
    if (slug === "") slug = current && current.name === input.name ? current.slug : uniqueSlug(slugify(input.name), taken);
    else if (taken(slug)) return refusal("slugTaken", "slug");
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

/** Sets the areas a programme covers to exactly `areaIds`. */
export function setProgrammeAreas(actorId: number, programmeId: number, areaIds: number[]): { ok: true; changed: boolean } | AdminRefusal {
  return getDb().transaction((tx) => {
    if (!tx.select({ id: programmes.id }).from(programmes).where(eq(programmes.id, programmeId)).get()) return refusal("programmeNotFound");
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
    if (known.size !== wanted.length) return refusal("invalidRequest", "areas");
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
// The programmes a coordinator works in: every coordinator page and write keeps to them
// ---------------------------------------------------------------------------------------------

/** Why a coordinator's request is refused; each is a key of t.coordinator.problems. */
export type CoordinationProblem = "notFound" | "forbidden" | "alreadyOpen" | "notOpen" | "notApproved" | "periodClosed";

const KIND: Record<CoordinationProblem, RefusalKind> = { notFound: "notFound", forbidden: "forbidden", alreadyOpen: "conflict", notOpen: "conflict", notApproved: "conflict", periodClosed: "conflict" };
export const coordinationRefusal = (reason: CoordinationProblem) => new RefusalError<CoordinationProblem>(reason, KIND[reason]);

type ProgrammeArea = { id: number; slug: string; name: string; depth: number };

/** A programme the person coordinates, with what its pages and forms choose from. */
export type CoordinatedProgramme = { id: number; slug: string; name: string; subprogrammes: { id: number; name: string }[]; areas: ProgrammeArea[] };

type AreaRow = { id: number; slug: string; name: string; parentId: number | null };
const programmeAreaRows = (programmeId: unknown) =>
  jsonObjects<AreaRow>(sql`SELECT json_object('id', ${areas.id}, 'slug', ${areas.slug}, 'name', ${areas.name}, 'parentId', ${areas.parentId}) AS v
    FROM ${programmeAreas} JOIN ${areas} ON ${areas.id} = ${programmeAreas.areaId} WHERE ${programmeAreas.programmeId} = ${programmeId}`);

/**
 * The programmes the person coordinates (admins: all), by name, each with its sub-programmes and its
 * areas (in tree order): one query, so a page that picks a programme needs no more for its filters.
 */
export function listCoordinatedProgrammes(actor: Actor): CoordinatedProgramme[] {
  const rows = getDb()
    .select({
      id: programmes.id,
      slug: programmes.slug,
      name: programmes.name,
      subprogrammes: jsonObjects<{ id: number; name: string }>(sql`SELECT json_object('id', ${subprogrammes.id}, 'name', ${subprogrammes.name}) AS v
        FROM ${subprogrammes} WHERE ${subprogrammes.programmeId} = ${programmes.id} ORDER BY ${subprogrammes.position}, ${subprogrammes.name}`),
      areaRows: programmeAreaRows(programmes.id),
    })
    .from(programmes)
    .orderBy(asc(programmes.name))
    .all();
  return rows.filter((p) => canCoordinateProgramme(actor, p.id)).map(({ areaRows, ...p }) => ({ ...p, areas: inProgrammeTreeOrder(areaRows) }));
}

/**
 * The programme a page works on: `?satsing=slug`, or the first the person coordinates. An unknown
 * slug is a 404 (notFound), another programme's a 403 (forbidden).
 */
export function pickProgramme(actor: Actor, slug: string | null): { programme: CoordinatedProgramme; programmes: CoordinatedProgramme[] } {
  const mine = listCoordinatedProgrammes(actor);
  const programme = slug ? mine.find((p) => p.slug === slug) : mine[0];
  if (programme) return { programme, programmes: mine };
  if (!slug) throw coordinationRefusal("forbidden");
  // Not one of the person's: unknown (404) or another's (403).
  const exists = getDb().select({ id: programmes.id }).from(programmes).where(eq(programmes.slug, slug)).get();
  throw coordinationRefusal(exists ? "forbidden" : "notFound");
}

/** The areas of a programme (programme_areas), in tree order with depth. One query. */
export function listProgrammeAreas(programmeId: number): ProgrammeArea[] {
  const row = getDb().select({ areaRows: programmeAreaRows(programmes.id) }).from(programmes).where(eq(programmes.id, programmeId)).get();
  return inProgrammeTreeOrder(row?.areaRows ?? []);
}

/**
 * The organisations of some programmes, as a subquery: those working in one of their areas and those
 * taking part (now or before) in one of their tiltak. Both halves are index lookups.
 */
export function programmeOrganisationIds(programmeIds: number[]) {
  return sql`SELECT ${organisationAreas.organisationId} FROM ${organisationAreas} JOIN ${programmeAreas} ON ${programmeAreas.areaId} = ${organisationAreas.areaId} WHERE ${inArray(programmeAreas.programmeId, programmeIds)}
    UNION SELECT ${participations.organisationId} FROM ${participations} JOIN ${initiatives} ON ${initiatives.id} = ${participations.initiativeId} WHERE ${inArray(initiatives.programmeId, programmeIds)}`;
}

/** A programme's areas in tree order with their depth; an area whose parent is not in the programme is a root. */
function inProgrammeTreeOrder(rows: AreaRow[]): ProgrammeArea[] {
  return inTreeOrder(rows).map(({ id, slug, name, depth }) => ({ id, slug, name, depth }));
}
