/**
 * What the applicant's pages (/min-side/tilskudd…) read beyond application.server.ts: the open round
 * a scheme's form applies to, the scheme's rules and areas for the form, the tiltak an organisation
 * may link, and the person's grant records for their account export. Reads only; the writes are
 * application.server.ts's, attachment.server.ts's, appeal.server.ts's and report.server.ts's.
 */
import { and, asc, desc, eq, gt, inArray, isNull, lte, or, sql } from "drizzle-orm";
import {
  areas,
  grantAppeals,
  grantApplications,
  grantDeclarations,
  grantDecisions,
  grantReports,
  grantRounds,
  grantSchemeAreas,
  grantSchemes,
  initiatives,
  organisations,
  participations,
} from "../../../db/schema";
import { now } from "~/utils/clock.server";
import { jsonObjects } from "~/utils/sql-json.server";
import { getDb } from "~/utils/db.server";
import type { Sector } from "~/validation/enums";

/**
 * The scheme (by slug, not archived) with the round open now, or null when there is none: what the
 * new-application form applies to. One query (the sectors as a JSON list).
 */
export function openRoundOfScheme(slug: string, at: number = now()) {
  const row = getDb()
    .select({
      roundId: grantRounds.id,
      roundName: grantRounds.name,
      deadlineAt: grantRounds.deadlineAt,
      schemeId: grantSchemes.id,
      slug: grantSchemes.slug,
      name: grantSchemes.name,
      maxAmountOre: grantSchemes.maxAmountOre,
      ownSharePercent: grantSchemes.ownSharePercent,
      allowsPrivatePersons: grantSchemes.allowsPrivatePersons,
      isContinuous: grantSchemes.isContinuous,
      sectors: sql<string>`(SELECT json_group_array(sector) FROM grant_scheme_sectors WHERE scheme_id = "grant_schemes"."id")`,
    })
    .from(grantSchemes)
    .innerJoin(grantRounds, eq(grantRounds.schemeId, grantSchemes.id))
    .where(
      and(
        eq(grantSchemes.slug, slug),
        isNull(grantSchemes.archivedAt),
        lte(grantRounds.opensAt, new Date(at)),
        or(isNull(grantRounds.deadlineAt), gt(grantRounds.deadlineAt, new Date(at))),
      ),
    )
    .orderBy(sql`${grantRounds.deadlineAt} IS NULL`, asc(grantRounds.deadlineAt))
    .limit(1)
    .get();
  if (!row) return null;
  return { ...row, sectors: JSON.parse(row.sectors) as Sector[] };
}
export type OpenRound = NonNullable<ReturnType<typeof openRoundOfScheme>>;

/**
 * The areas an application to the scheme may name: the scheme's own and every area below them, in
 * name order. One query (the scheme's area tree is small).
 */
export function schemeAreaChoices(schemeId: number) {
  return getDb().all<{ id: number; name: string }>(sql`
    WITH RECURSIVE tree(id) AS (
      SELECT area_id FROM ${grantSchemeAreas} WHERE scheme_id = ${schemeId}
      UNION SELECT a.id FROM ${areas} a JOIN tree ON a.parent_id = tree.id
    ) SELECT a.id AS id, a.name AS name FROM ${areas} a JOIN tree ON tree.id = a.id ORDER BY a.name`);
}

/** The scheme's form rules for an existing application's page: maximum, own share. One query. */
export function schemeRulesFor(schemeId: number) {
  return getDb()
    .select({ maxAmountOre: grantSchemes.maxAmountOre, ownSharePercent: grantSchemes.ownSharePercent })
    .from(grantSchemes)
    .where(eq(grantSchemes.id, schemeId))
    .get()!;
}

/** The tiltak the organisations take part in (active), which an application may be linked to. One query. */
export function linkableInitiatives(organisationIds: number[]) {
  if (organisationIds.length === 0) return [];
  return getDb()
    .selectDistinct({ id: initiatives.id, title: initiatives.title, organisationId: participations.organisationId })
    .from(participations)
    .innerJoin(initiatives, eq(initiatives.id, participations.initiativeId))
    .where(and(inArray(participations.organisationId, organisationIds), eq(participations.status, "active"), isNull(initiatives.archivedAt)))
    .orderBy(asc(initiatives.title))
    .all();
}

/** The tiltak an application is linked to (title and slug, for its page), or null. One query. */
export function initiativeLink(initiativeId: number | null) {
  if (initiativeId === null) return null;
  return getDb().select({ slug: initiatives.slug, title: initiatives.title }).from(initiatives).where(eq(initiatives.id, initiativeId)).get() ?? null;
}

/**
 * The applications of all the person's organisations and their own as a private person, newest
 * first, in one query (listMyApplications asks per applicant; /min-side/tilskudd shows them all).
 * `organisationIds` must be the actor's own (the route passes their memberships).
 */
export function listApplicationsForApplicant(actor: { id: number }, organisationIds: number[]) {
  const who = or(
    organisationIds.length ? inArray(grantApplications.organisationId, organisationIds) : sql`0`,
    and(eq(grantApplications.createdByUserId, actor.id), eq(grantApplications.applicantKind, "private_person")),
  );
  return getDb()
    .select({
      id: grantApplications.id,
      organisationId: grantApplications.organisationId,
      applicantKind: grantApplications.applicantKind,
      title: grantApplications.title,
      status: grantApplications.status,
      amountAppliedOre: grantApplications.amountAppliedOre,
      roundName: grantRounds.name,
      deadlineAt: grantRounds.deadlineAt,
      schemeName: grantSchemes.name,
      // The applicant sees the decision once the letter has gone out.
      outcome: grantDecisions.outcome,
      amountGrantedOre: grantDecisions.amountGrantedOre,
      reportStatus: grantReports.status,
      reportDueOn: grantReports.dueOn,
    })
    .from(grantApplications)
    .innerJoin(grantRounds, eq(grantRounds.id, grantApplications.roundId))
    .innerJoin(grantSchemes, eq(grantSchemes.id, grantRounds.schemeId))
    .leftJoin(grantDecisions, and(eq(grantDecisions.applicationId, grantApplications.id), isNull(grantDecisions.supersededAt), sql`${grantDecisions.letterSentAt} IS NOT NULL`))
    .leftJoin(grantReports, eq(grantReports.applicationId, grantApplications.id))
    .where(who)
    .orderBy(desc(grantApplications.createdAt), desc(grantApplications.id))
    .all();
}

/**
 * Everything an application's page needs beyond the application itself, in one query: the
 * organisation's name, the linked tiltak, the scheme's maximum and own share, and — for the edit
 * form — the scheme's areas (with those below them) and the tiltak the organisation takes part in.
 */
export function applicationPageContext(application: { roundId: number; organisationId: number | null; initiativeId: number | null }) {
  const org = application.organisationId ?? -1;
  const row = getDb().get<{ organisationName: string | null; initiative: string | null; maxAmountOre: number; ownSharePercent: number; areas: string; initiatives: string }>(sql`
    SELECT
      (SELECT name FROM ${organisations} WHERE id = ${org}) AS organisationName,
      (SELECT json_object('slug', slug, 'title', title) FROM ${initiatives} WHERE id = ${application.initiativeId ?? -1}) AS initiative,
      s.max_amount_ore AS maxAmountOre,
      s.own_share_percent AS ownSharePercent,
      (WITH RECURSIVE tree(id) AS (
         SELECT area_id FROM ${grantSchemeAreas} WHERE scheme_id = s.id
         UNION SELECT a.id FROM ${areas} a JOIN tree ON a.parent_id = tree.id
       ) SELECT json_group_array(json_object('id', id, 'name', name)) FROM (SELECT a.id, a.name FROM ${areas} a JOIN tree ON tree.id = a.id ORDER BY a.name)) AS areas,
      (SELECT json_group_array(json_object('id', id, 'title', title)) FROM (
         SELECT DISTINCT i.id, i.title FROM ${participations} p JOIN ${initiatives} i ON i.id = p.initiative_id
         WHERE p.organisation_id = ${org} AND p.status = 'active' AND i.archived_at IS NULL ORDER BY i.title)) AS initiatives
    FROM ${grantRounds} r JOIN ${grantSchemes} s ON s.id = r.scheme_id WHERE r.id = ${application.roundId}`)!;
  return {
    organisationName: row.organisationName,
    initiative: row.initiative ? (JSON.parse(row.initiative) as { slug: string; title: string }) : null,
    maxAmountOre: row.maxAmountOre,
    ownSharePercent: row.ownSharePercent,
    areas: JSON.parse(row.areas) as { id: number; name: string }[],
    initiatives: JSON.parse(row.initiatives) as { id: number; title: string }[],
  };
}

// ---------------------------------------------------------------------------------------------
// The account export (/konto/data.json)
// ---------------------------------------------------------------------------------------------

/**
 * A person's grant records for their data export: the applications they wrote (their own as a
 * private person and those they created for an organisation), the conflict-of-interest declarations
 * they made as a group member, and the appeals they lodged. One statement (the export page has a
 * statement budget too); times as ISO strings, money in øre as stored.
 */
export function grantRecordsOf(userId: number) {
  type Application = {
    id: number;
    scheme: string;
    round: string;
    applicantKind: string;
    organisation: string | null;
    status: string;
    title: string;
    description: string;
    targetGroup: string;
    expectedParticipants: number | null;
    startDate: string | null;
    endDate: string | null;
    amountAppliedOre: number | null;
    ownShareOre: number | null;
    contactName: string;
    contactEmail: string;
    contactPhone: string;
    submittedAt: number | null;
    createdAt: number;
  };
  type Declaration = { application: string; scheme: string; hasConflict: 0 | 1; reason: string | null; declaredAt: number };
  type Appeal = { application: string; text: string; lodgedAt: number; outcome: string | null; outcomeNote: string; decidedAt: number | null };
  const row = getDb()
    .select({
      applications: jsonObjects<Application>(sql`
        SELECT json_object('id', a.id, 'scheme', s.name, 'round', r.name, 'applicantKind', a.applicant_kind, 'organisation', o.name, 'status', a.status,
          'title', a.title, 'description', a.description, 'targetGroup', a.target_group, 'expectedParticipants', a.expected_participants,
          'startDate', a.start_date, 'endDate', a.end_date, 'amountAppliedOre', a.amount_applied_ore, 'ownShareOre', a.own_share_ore,
          'contactName', a.contact_name, 'contactEmail', a.contact_email, 'contactPhone', a.contact_phone,
          'submittedAt', a.submitted_at, 'createdAt', a.created_at) AS v
        FROM ${grantApplications} a JOIN ${grantRounds} r ON r.id = a.round_id JOIN ${grantSchemes} s ON s.id = r.scheme_id
        LEFT JOIN ${organisations} o ON o.id = a.organisation_id
        WHERE a.created_by_user_id = ${userId} ORDER BY a.created_at, a.id`),
      declarations: jsonObjects<Declaration>(sql`
        SELECT json_object('application', a.title, 'scheme', s.name, 'hasConflict', d.has_conflict, 'reason', d.reason, 'declaredAt', d.declared_at) AS v
        FROM ${grantDeclarations} d JOIN ${grantApplications} a ON a.id = d.application_id JOIN ${grantRounds} r ON r.id = a.round_id
        JOIN ${grantSchemes} s ON s.id = r.scheme_id WHERE d.user_id = ${userId} ORDER BY d.declared_at`),
      appeals: jsonObjects<Appeal>(sql`
        SELECT json_object('application', a.title, 'text', p.text, 'lodgedAt', p.lodged_at, 'outcome', p.outcome, 'outcomeNote', p.outcome_note, 'decidedAt', p.decided_at) AS v
        FROM ${grantAppeals} p JOIN ${grantApplications} a ON a.id = p.application_id WHERE p.lodged_by_user_id = ${userId} ORDER BY p.lodged_at DESC`),
    })
    .from(sql`(SELECT 1)`)
    .get()!;
  const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
  return {
    applications: row.applications.map((a) => ({ ...a, submittedAt: iso(a.submittedAt), createdAt: iso(a.createdAt) })),
    declarations: row.declarations.map((d) => ({ ...d, hasConflict: d.hasConflict === 1, declaredAt: iso(d.declaredAt) })),
    appeals: row.appeals.map((a) => ({ ...a, lodgedAt: iso(a.lodgedAt), decidedAt: iso(a.decidedAt) })),
  };
}
