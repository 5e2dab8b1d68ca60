/**
 * What the grant models share: the transaction type, refusals with the grants' reasons, and the
 * lookups every write starts with (the application with its round and scheme, the scheme's rules, a
 * person's place in the group). Not for routes: they call the sub-topic modules.
 */
import { and, eq, isNull } from "drizzle-orm";
import {
  coordinatorAssignments,
  grantApplications,
  grantDeclarations,
  grantGroupMembers,
  grantRounds,
  grantSchemeSectors,
  grantSchemes,
  memberships,
  users,
} from "../../../db/schema";
import { canAdministerScheme, canRecordDecisions } from "~/services/grant-permissions";
import type { Actor } from "~/services/permissions";
import { getDb } from "~/utils/db.server";
import { RefusalError, type RefusalKind } from "~/utils/refusal.server";
import type { Sector } from "~/validation/enums";

export type Tx = Parameters<Parameters<ReturnType<typeof getDb>["transaction"]>[0]>[0];
export type Reader = Pick<Tx, "select">;
export const immediate = { behavior: "immediate" } as const;

export type GrantRefusal = keyof typeof import("~/i18n/nb.grants").grants.refusals;

/** Throws a RefusalError with one of the grants' reasons (a key of messages.grants.refusals). */
export function refuse(reason: GrantRefusal, kind: RefusalKind = "conflict", field?: string): never {
  throw new RefusalError<GrantRefusal>(reason, kind, field);
}

export const DAY_MS = 86_400_000;
/** The appeal period: three weeks from the decision letter (forvaltningsloven § 29). */
export const APPEAL_PERIOD_MS = 21 * DAY_MS;

/** YYYY-MM-DD plus whole days (calendar arithmetic in UTC, where days have no seams). */
export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The application with its round and scheme: what every rule about it needs, in one query. */
export function loadApplication(db: Reader, applicationId: number) {
  return db
    .select({
      id: grantApplications.id,
      status: grantApplications.status,
      applicantKind: grantApplications.applicantKind,
      organisationId: grantApplications.organisationId,
      createdByUserId: grantApplications.createdByUserId,
      title: grantApplications.title,
      endDate: grantApplications.endDate,
      startDate: grantApplications.startDate,
      amountAppliedOre: grantApplications.amountAppliedOre,
      moreRequestedUntil: grantApplications.moreRequestedUntil,
      roundId: grantRounds.id,
      roundName: grantRounds.name,
      deadlineAt: grantRounds.deadlineAt,
      opensAt: grantRounds.opensAt,
      budgetOre: grantRounds.budgetOre,
      releasedAt: grantRounds.releasedAt,
      lettersSentAt: grantRounds.lettersSentAt,
      schemeId: grantSchemes.id,
      schemeName: grantSchemes.name,
      schemeSlug: grantSchemes.slug,
      programmeId: grantSchemes.programmeId,
      isContinuous: grantSchemes.isContinuous,
      appealBody: grantSchemes.appealBody,
      reportDueDays: grantSchemes.reportDueDays,
      quorum: grantSchemes.quorum,
    })
    .from(grantApplications)
    .innerJoin(grantRounds, eq(grantRounds.id, grantApplications.roundId))
    .innerJoin(grantSchemes, eq(grantSchemes.id, grantRounds.schemeId))
    .where(eq(grantApplications.id, applicationId))
    .get();
}
export type LoadedApplication = NonNullable<ReturnType<typeof loadApplication>>;

/** The round with its scheme. */
export function loadRound(db: Reader, roundId: number) {
  return db
    .select({
      id: grantRounds.id,
      slug: grantRounds.slug,
      name: grantRounds.name,
      opensAt: grantRounds.opensAt,
      deadlineAt: grantRounds.deadlineAt,
      plannedDecisionDate: grantRounds.plannedDecisionDate,
      budgetOre: grantRounds.budgetOre,
      releasedAt: grantRounds.releasedAt,
      lettersSentAt: grantRounds.lettersSentAt,
      schemeId: grantSchemes.id,
      schemeName: grantSchemes.name,
      schemeSlug: grantSchemes.slug,
      programmeId: grantSchemes.programmeId,
      isContinuous: grantSchemes.isContinuous,
      quorum: grantSchemes.quorum,
      appealBody: grantSchemes.appealBody,
      archivedAt: grantSchemes.archivedAt,
    })
    .from(grantRounds)
    .innerJoin(grantSchemes, eq(grantSchemes.id, grantRounds.schemeId))
    .where(eq(grantRounds.id, roundId))
    .get();
}

/** Refuses unless the actor administers the scheme: unknown is notFound, another programme's is forbidden. */
export function requireAdministrator<T extends { programmeId: number }>(actor: Actor, thing: T | undefined): T {
  if (!thing) refuse("notFound", "notFound");
  if (!canAdministerScheme(actor, thing)) refuse("forbidden", "forbidden");
  return thing;
}

/**
 * Refuses unless the actor may record the group's meeting and decisions (the administrator or the
 * group's chair, canRecordDecisions): unknown is notFound, anyone else forbidden.
 */
export function requireRecorder<T extends { programmeId: number; schemeId: number }>(db: Reader, actor: Actor, thing: T | undefined): T {
  if (!thing) refuse("notFound", "notFound");
  if (canAdministerScheme(actor, thing)) return thing;
  if (!canRecordDecisions(actor, thing, memberRole(db, thing.schemeId, actor.id))) refuse("forbidden", "forbidden");
  return thing;
}

/** A person's current role in the scheme's group, or null when they are not in it. */
export function memberRole(db: Reader, schemeId: number, userId: number) {
  return (
    db
      .select({ role: grantGroupMembers.role })
      .from(grantGroupMembers)
      .where(and(eq(grantGroupMembers.schemeId, schemeId), eq(grantGroupMembers.userId, userId), isNull(grantGroupMembers.endedAt)))
      .get()?.role ?? null
  );
}

/** The scheme's current group members (ids and names), in name order. */
export function currentMembers(db: Reader, schemeId: number) {
  return db
    .select({ userId: grantGroupMembers.userId, role: grantGroupMembers.role, name: users.name })
    .from(grantGroupMembers)
    .innerJoin(users, eq(users.id, grantGroupMembers.userId))
    .where(and(eq(grantGroupMembers.schemeId, schemeId), isNull(grantGroupMembers.endedAt)))
    .orderBy(users.name)
    .all();
}

export function isCurrentMember(db: Reader, schemeId: number, userId: number): boolean {
  return !!db
    .select({ id: grantGroupMembers.id })
    .from(grantGroupMembers)
    .where(and(eq(grantGroupMembers.schemeId, schemeId), eq(grantGroupMembers.userId, userId), isNull(grantGroupMembers.endedAt)))
    .get();
}

export function declarationOf(db: Reader, applicationId: number, userId: number) {
  return (
    db
      .select({ hasConflict: grantDeclarations.hasConflict, reason: grantDeclarations.reason })
      .from(grantDeclarations)
      .where(and(eq(grantDeclarations.applicationId, applicationId), eq(grantDeclarations.userId, userId)))
      .get() ?? null
  );
}

export function schemeSectors(db: Reader, schemeId: number): Sector[] {
  return db.select({ sector: grantSchemeSectors.sector }).from(grantSchemeSectors).where(eq(grantSchemeSectors.schemeId, schemeId)).all().map((r) => r.sector);
}

/**
 * The applicant may act on the application: for an organisation's, an active owner or editor of it;
 * for a private person's, that person. Unknown or someone else's: notFound (no hint that it exists).
 */
export function requireApplicant(db: Reader, actor: Actor, applicationId: number): LoadedApplication {
  const application = loadApplication(db, applicationId);
  if (!application) refuse("notFound", "notFound");
  const mine =
    application.applicantKind === "private_person"
      ? application.createdByUserId === actor.id
      : actor.memberships.some((m) => m.organisationId === application.organisationId);
  if (!mine) refuse("notFound", "notFound");
  return application;
}

/** Who hears about an application: the person who wrote it, or else the organisation's active owners and editors. */
export function applicantRecipients(db: Reader, application: { organisationId: number | null; createdByUserId: number | null }): number[] {
  if (application.createdByUserId !== null) return [application.createdByUserId];
  if (application.organisationId === null) return [];
  return db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.organisationId, application.organisationId), eq(memberships.status, "active")))
    .all()
    .map((r) => r.userId);
}

/** The programme's coordinators, who administer its schemes. */
export function schemeAdministrators(db: Reader, programmeId: number): number[] {
  return db
    .select({ id: users.id })
    .from(coordinatorAssignments)
    .innerJoin(users, eq(users.id, coordinatorAssignments.userId))
    .where(and(eq(coordinatorAssignments.programmeId, programmeId), eq(users.role, "coordinator")))
    .all()
    .map((r) => r.id);
}
