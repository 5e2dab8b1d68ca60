/**
 * What the grants hold about one person, for their account export (/konto/data.json): the
 * applications they wrote, the conflict-of-interest declarations they made as a group member, and
 * the appeals they lodged. A read only; the records are written by application.server.ts,
 * assessment.server.ts and appeal.server.ts.
 */
import { sql } from "drizzle-orm";
import { grantAppeals, grantApplications, grantDeclarations, grantRounds, grantSchemes, organisations } from "../../../db/schema";
import { getDb } from "~/utils/db.server";
import { jsonObjects } from "~/utils/sql-json.server";

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
