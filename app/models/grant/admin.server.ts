/**
 * What the scheme administrator's pages (/koordinator/tilskudd…) read beyond the sub-topic modules:
 * the choices of the scheme form, a scheme or round found from the address, and one application in
 * full (its budget, files, check, decision, payments and report). Every function starts with the
 * same permission rule as the writes (requireAdministrator): unknown is notFound, another
 * programme's is forbidden.
 */
import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import {
  areas,
  grantAppeals,
  grantApplications,
  grantAssessments,
  grantAttachments,
  grantBudgetLines,
  grantDecisions,
  grantPayments,
  grantReports,
  grantRounds,
  grantSchemeAreas,
  grantSchemeSectors,
  grantSchemes,
  organisations,
  programmes,
} from "../../../db/schema";
import { listCoordinatedProgrammes, listProgrammeAreas } from "~/models/programme.server";
import type { Actor } from "~/services/permissions";
import { getDb } from "~/utils/db.server";
import type { Sector } from "~/validation/enums";
import { currentMembers, refuse, requireAdministrator } from "./shared.server";

/** The programmes a person may create a scheme in, each with its areas (tree order, with depth). One query. */
export function schemeFormOptions(actor: Actor) {
  return listCoordinatedProgrammes(actor).map((p) => ({ id: p.id, name: p.name, areas: p.areas.map(({ id, name, depth }) => ({ id, name, depth })) }));
}

/** The scheme an address names, if the person administers it. One query. */
export function schemeForAdministrator(actor: Actor, slug: string) {
  const scheme = getDb()
    .select({ id: grantSchemes.id, slug: grantSchemes.slug, name: grantSchemes.name, programmeId: grantSchemes.programmeId })
    .from(grantSchemes)
    .where(eq(grantSchemes.slug, slug))
    .get();
  return requireAdministrator(actor, scheme);
}

/**
 * The round an address names within a scheme: its slug, or its id when the key is a number (a link
 * from a notification or the group's pages carries the id). One query.
 */
export function roundForAdministrator(actor: Actor, schemeSlug: string, roundKey: string) {
  const byId = /^\d{1,15}$/.test(roundKey) ? Number(roundKey) : null;
  const round = getDb()
    .select({ id: grantRounds.id, slug: grantRounds.slug, name: grantRounds.name, schemeId: grantSchemes.id, schemeSlug: grantSchemes.slug, schemeName: grantSchemes.name, programmeId: grantSchemes.programmeId })
    .from(grantRounds)
    .innerJoin(grantSchemes, eq(grantSchemes.id, grantRounds.schemeId))
    .where(and(eq(grantSchemes.slug, schemeSlug), byId === null ? eq(grantRounds.slug, roundKey) : eq(grantRounds.id, byId)))
    .get();
  return requireAdministrator(actor, round);
}

/**
 * One application as its administrator sees it, when it belongs to `roundId` (the address): the
 * whole application with its check, current decision and report, its budget lines, files and
 * payments. Drafts are the applicant's own: notFound. Four queries.
 */
export function getApplicationForAdministrator(actor: Actor, roundId: number, applicationId: number) {
  const db = getDb();
  const row = db
    .select({
      id: grantApplications.id,
      roundId: grantApplications.roundId,
      programmeId: grantSchemes.programmeId,
      status: grantApplications.status,
      title: grantApplications.title,
      description: grantApplications.description,
      targetGroup: grantApplications.targetGroup,
      expectedParticipants: grantApplications.expectedParticipants,
      startDate: grantApplications.startDate,
      endDate: grantApplications.endDate,
      areaName: areas.name,
      applicantKind: grantApplications.applicantKind,
      organisationId: grantApplications.organisationId,
      organisationName: organisations.name,
      organisationSector: organisations.sector,
      createdByUserId: grantApplications.createdByUserId,
      amountAppliedOre: grantApplications.amountAppliedOre,
      ownShareOre: grantApplications.ownShareOre,
      contactName: grantApplications.contactName,
      contactEmail: grantApplications.contactEmail,
      contactPhone: grantApplications.contactPhone,
      moreRequested: grantApplications.moreRequested,
      moreRequestedUntil: grantApplications.moreRequestedUntil,
      submittedAt: grantApplications.submittedAt,
      isComplete: grantAssessments.isComplete,
      recommendation: grantAssessments.recommendation,
      recommendedAmountOre: grantAssessments.recommendedAmountOre,
      recommendationText: grantAssessments.recommendationText,
      outcome: grantDecisions.outcome,
      amountGrantedOre: grantDecisions.amountGrantedOre,
      decisionReason: grantDecisions.reason,
      decidedOn: grantDecisions.decidedOn,
      letterSentAt: grantDecisions.letterSentAt,
      reportStatus: grantReports.status,
      reportDueOn: grantReports.dueOn,
      reportText: grantReports.text,
      participantsReached: grantReports.participantsReached,
      spentOre: grantReports.spentOre,
      unspentOre: grantReports.unspentOre,
      reportSubmittedAt: grantReports.submittedAt,
      reportFeedback: grantReports.feedback,
    })
    .from(grantApplications)
    .innerJoin(grantRounds, eq(grantRounds.id, grantApplications.roundId))
    .innerJoin(grantSchemes, eq(grantSchemes.id, grantRounds.schemeId))
    .leftJoin(organisations, eq(organisations.id, grantApplications.organisationId))
    .leftJoin(areas, eq(areas.id, grantApplications.areaId))
    .leftJoin(grantAssessments, eq(grantAssessments.applicationId, grantApplications.id))
    .leftJoin(grantDecisions, and(eq(grantDecisions.applicationId, grantApplications.id), isNull(grantDecisions.supersededAt)))
    .leftJoin(grantReports, eq(grantReports.applicationId, grantApplications.id))
    .where(eq(grantApplications.id, applicationId))
    .get();
  // Another round's application under this round's address is as unknown as a made-up id.
  if (!row || row.roundId !== roundId || row.status === "draft") refuse("notFound", "notFound");
  requireAdministrator(actor, row);
  const budgetLines = db
    .select({ description: grantBudgetLines.description, amountOre: grantBudgetLines.amountOre })
    .from(grantBudgetLines)
    .where(eq(grantBudgetLines.applicationId, applicationId))
    .orderBy(asc(grantBudgetLines.position))
    .all();
  const attachments = db
    .select({ id: grantAttachments.id, fileName: grantAttachments.fileName, mediaType: grantAttachments.mediaType, sizeBytes: grantAttachments.sizeBytes, reportId: grantAttachments.reportId })
    .from(grantAttachments)
    .where(eq(grantAttachments.applicationId, applicationId))
    .orderBy(asc(grantAttachments.createdAt), asc(grantAttachments.id))
    .all();
  const payments = db
    .select({ id: grantPayments.id, paidOn: grantPayments.paidOn, amountOre: grantPayments.amountOre })
    .from(grantPayments)
    .where(eq(grantPayments.applicationId, applicationId))
    .orderBy(asc(grantPayments.paidOn), asc(grantPayments.id))
    .all();
  return { ...row, budgetLines, attachments, payments };
}

/**
 * The scheme page (/koordinator/tilskudd/:slug) in five queries: the scheme with its areas and
 * sectors (aggregated in the one statement), its group, its rounds with their submitted
 * applications counted, the areas of its programme (the edit form's choices) and its appeals, open
 * ones first. getSchemeForAdministrator gives the same scheme in more statements; the page, with
 * the session's and layouts' own, must stay within ten.
 */
export function getSchemePage(actor: Actor, slug: string) {
  const db = getDb();
  const row = db
    .select({
      id: grantSchemes.id,
      slug: grantSchemes.slug,
      name: grantSchemes.name,
      description: grantSchemes.description,
      criteria: grantSchemes.criteria,
      programmeId: grantSchemes.programmeId,
      programmeName: programmes.name,
      allowsPrivatePersons: grantSchemes.allowsPrivatePersons,
      maxAmountOre: grantSchemes.maxAmountOre,
      ownSharePercent: grantSchemes.ownSharePercent,
      quorum: grantSchemes.quorum,
      appealBody: grantSchemes.appealBody,
      reportDueDays: grantSchemes.reportDueDays,
      isContinuous: grantSchemes.isContinuous,
      decisionWithinDays: grantSchemes.decisionWithinDays,
      areaIds: sql<string>`(SELECT json_group_array(${grantSchemeAreas.areaId}) FROM ${grantSchemeAreas} WHERE ${grantSchemeAreas.schemeId} = "grant_schemes"."id")`,
      sectors: sql<string>`(SELECT json_group_array(${grantSchemeSectors.sector}) FROM ${grantSchemeSectors} WHERE ${grantSchemeSectors.schemeId} = "grant_schemes"."id")`,
    })
    .from(grantSchemes)
    .innerJoin(programmes, eq(programmes.id, grantSchemes.programmeId))
    .where(eq(grantSchemes.slug, slug))
    .get();
  const { areaIds, sectors, ...scheme } = requireAdministrator(actor, row);
  const rounds = db
    .select({
      id: grantRounds.id,
      slug: grantRounds.slug,
      name: grantRounds.name,
      opensAt: grantRounds.opensAt,
      deadlineAt: grantRounds.deadlineAt,
      budgetOre: grantRounds.budgetOre,
      releasedAt: grantRounds.releasedAt,
      lettersSentAt: grantRounds.lettersSentAt,
      // Drafts are the applicant's own: counted only once submitted.
      applications: sql<number>`(SELECT count(*) FROM ${grantApplications} WHERE ${grantApplications.roundId} = "grant_rounds"."id" AND ${grantApplications.status} <> 'draft')`,
    })
    .from(grantRounds)
    .where(eq(grantRounds.schemeId, scheme.id))
    .orderBy(desc(grantRounds.opensAt))
    .all();
  const appeals = db
    .select({
      id: grantAppeals.id,
      title: grantApplications.title,
      applicantKind: grantApplications.applicantKind,
      organisationName: organisations.name,
      lodgedAt: grantAppeals.lodgedAt,
      outcome: grantAppeals.outcome,
      roundId: grantRounds.id,
    })
    .from(grantAppeals)
    .innerJoin(grantApplications, eq(grantApplications.id, grantAppeals.applicationId))
    .innerJoin(grantRounds, eq(grantRounds.id, grantApplications.roundId))
    .leftJoin(organisations, eq(organisations.id, grantApplications.organisationId))
    .where(eq(grantRounds.schemeId, scheme.id))
    // Open appeals (no outcome) first: NULL sorts first in SQLite's ascending order.
    .orderBy(asc(grantAppeals.outcome), asc(grantAppeals.lodgedAt))
    .all();
  return {
    ...scheme,
    areaIds: (JSON.parse(areaIds) as number[]).sort((a, b) => a - b),
    sectors: JSON.parse(sectors) as Sector[],
    members: currentMembers(db, scheme.id),
    rounds,
    appeals,
    programmeAreas: listProgrammeAreas(scheme.programmeId).map(({ id, name, depth }) => ({ id, name, depth })),
  };
}
