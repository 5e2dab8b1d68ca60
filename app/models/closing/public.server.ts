/**
 * What the public pages show of a closed period (issue 21): the year a programme or an area lift was
 * closed ("Avsluttet 2026"), and a tiltak's outcome in words with links to the tiltak it continues in
 * and the one it continues. Only public, non-archived tiltak are linked, and only organisations'
 * names (never a person's) are shown. Each is one query, an index lookup.
 */
import { and, eq, isNull, sql } from "drizzle-orm";
import { alias, type SQLiteColumn } from "drizzle-orm/sqlite-core";
import { areas, initiativeOutcomes, initiatives, organisations, programmes } from "../../../db/schema";
import { isoDayInNorway } from "~/components/initiatives/format";
import { getDb } from "~/utils/db.server";
import { scalar } from "~/utils/sql-json.server";
import type { InitiativeOutcome } from "~/validation/enums";
import { initiativeClosed } from "./open.server";

const yearOf = (at: Date | null) => (at ? Number(isoDayInNorway(at.getTime()).slice(0, 4)) : null);

export type InitiativeArchive = {
  /** The year the tiltak's period was closed (its programme's or its area lift's), or null while open. */
  closedYear: number | null;
  outcome: {
    outcome: InitiativeOutcome;
    organisation: { name: string; slug: string | null } | null;
    fromDate: string | null;
    reason: string;
  } | null;
  successor: { slug: string; title: string; programmeName: string } | null;
  predecessor: { slug: string; title: string; programmeName: string } | null;
};

/** A public tiltak's archive facts (by id, or by slug for the public page): null when there is nothing to say (open, no outcome, no predecessor). */
export function getInitiativeArchive(initiative: number | string): InitiativeArchive | null {
  const org = alias(organisations, "outcome_org");
  const next = alias(initiatives, "next_initiative");
  const nextProgramme = alias(programmes, "next_programme");
  const prev = alias(initiatives, "prev_initiative");
  const prevProgramme = alias(programmes, "prev_programme");
  const shown = (t: { isPublic: SQLiteColumn; archivedAt: SQLiteColumn }) => and(eq(t.isPublic, true), isNull(t.archivedAt));
  const row = getDb()
    .select({
      programmeClosedAt: programmes.closedAt,
      liftClosedAt: scalar<number | null>(sql`SELECT coalesce(a.lift_closed_at, p.lift_closed_at, g.lift_closed_at) FROM ${areas} a
        LEFT JOIN ${areas} p ON p.id = a.parent_id LEFT JOIN ${areas} g ON g.id = p.parent_id WHERE a.id = ${initiatives.areaId}`),
      closed: initiativeClosed(initiatives.id, initiatives.programmeId, initiatives.areaId),
      outcome: initiativeOutcomes.outcome,
      orgName: org.name,
      orgSlug: org.slug,
      orgApproved: sql<number>`${org.status} = 'approved'`,
      agency: initiativeOutcomes.organisationName,
      fromDate: initiativeOutcomes.fromDate,
      reason: initiativeOutcomes.reason,
      nextSlug: next.slug,
      nextTitle: next.title,
      nextProgramme: nextProgramme.name,
      prevSlug: prev.slug,
      prevTitle: prev.title,
      prevProgramme: prevProgramme.name,
    })
    .from(initiatives)
    .innerJoin(programmes, eq(programmes.id, initiatives.programmeId))
    .leftJoin(initiativeOutcomes, eq(initiativeOutcomes.initiativeId, initiatives.id))
    .leftJoin(org, eq(org.id, initiativeOutcomes.organisationId))
    .leftJoin(next, and(eq(next.id, initiativeOutcomes.successorInitiativeId), shown(next)))
    .leftJoin(nextProgramme, eq(nextProgramme.id, next.programmeId))
    .leftJoin(prev, and(eq(prev.id, initiatives.predecessorId), shown(prev)))
    .leftJoin(prevProgramme, eq(prevProgramme.id, prev.programmeId))
    .where(typeof initiative === "number" ? eq(initiatives.id, initiative) : eq(initiatives.slug, initiative))
    .get();
  if (!row) return null;
  const closedYear = row.closed ? (yearOf(row.programmeClosedAt) ?? (row.liftClosedAt ? yearOf(new Date(row.liftClosedAt)) : null)) : null;
  // An outcome is public once the period is closed (before that it is the coordinator's draft), or when the tiltak was carried over.
  const outcomeShown = row.outcome && (closedYear !== null || row.outcome === "successor");
  const archive: InitiativeArchive = {
    closedYear,
    outcome: outcomeShown
      ? {
          outcome: row.outcome!,
          organisation: row.orgName && row.orgApproved ? { name: row.orgName, slug: row.orgSlug } : row.agency ? { name: row.agency, slug: null } : null,
          fromDate: row.fromDate,
          reason: row.reason ?? "",
        }
      : null,
    successor: row.nextSlug && row.nextTitle && row.nextProgramme && outcomeShown ? { slug: row.nextSlug, title: row.nextTitle, programmeName: row.nextProgramme } : null,
    predecessor: row.prevSlug && row.prevTitle && row.prevProgramme ? { slug: row.prevSlug, title: row.prevTitle, programmeName: row.prevProgramme } : null,
  };
  return archive.closedYear === null && !archive.outcome && !archive.predecessor ? null : archive;
}

/** The year an area's lift was closed (by id, or by slug for the public page), or null. */
export function getAreaLiftClosedYear(area: number | string): number | null {
  const row = getDb().select({ at: areas.liftClosedAt }).from(areas).where(typeof area === "number" ? eq(areas.id, area) : eq(areas.slug, area)).get();
  return yearOf(row?.at ?? null);
}

/** The year a programme's period was closed and its successor, or null while open (for /satsinger/:slug). */
export function getProgrammeArchive(programmeId: number): { closedYear: number | null; successor: { slug: string; name: string } | null; predecessor: { slug: string; name: string } | null } {
  const next = alias(programmes, "next_programme");
  const prev = alias(programmes, "prev_programme");
  const row = getDb()
    .select({ closedAt: programmes.closedAt, nextSlug: next.slug, nextName: next.name, prevSlug: prev.slug, prevName: prev.name })
    .from(programmes)
    .leftJoin(next, eq(next.predecessorId, programmes.id))
    .leftJoin(prev, eq(prev.id, programmes.predecessorId))
    .where(eq(programmes.id, programmeId))
    .get();
  return {
    closedYear: yearOf(row?.closedAt ?? null),
    successor: row?.nextSlug && row.nextName ? { slug: row.nextSlug, name: row.nextName } : null,
    predecessor: row?.prevSlug && row.prevName ? { slug: row.prevSlug, name: row.prevName } : null,
  };
}
