/**
 * Who may do what with grants (issue 20): pure functions that the pages call to offer a control and
 * the models call to refuse, as app/services/permissions.ts. What they need beyond the Actor (a
 * person's place in a scheme's group, their declaration on an application) the models load and pass in.
 */
import { canCoordinateProgramme, membershipRole, type Actor } from "./permissions";
import type { GrantMemberRole, Sector } from "~/validation/enums";

/** Scheme administrator: a coordinator of the programme that owns the scheme, or an admin. */
export function canAdministerScheme(actor: Actor | null, scheme: { programmeId: number }): boolean {
  return canCoordinateProgramme(actor, scheme.programmeId);
}

/**
 * Who records the group's meeting, its decisions and its reconsideration of appeals: the scheme
 * administrator, or the group's current chair (leder). The groups keep their own record, as the
 * demo's Storhaug group does with its chair; ADR 016 left this open ("a permission and a decided_by
 * that is a member are enough"). The chair still declares on each application like any member.
 */
export function canRecordDecisions(actor: Actor | null, scheme: { programmeId: number }, memberRole: GrantMemberRole | null): boolean {
  return canAdministerScheme(actor, scheme) || (actor !== null && memberRole === "chair");
}

/** An applicant on an organisation's behalf: its owner or editor, and the organisation approved. */
export function canApplyForOrganisation(actor: Actor | null, organisation: { id: number; status: string }): boolean {
  return organisation.status === "approved" && membershipRole(actor, organisation.id) !== null;
}

export type ApplicantRules = { sectors: readonly Sector[]; allowsPrivatePersons: boolean };
export type Applicant = { kind: "organisation"; sector: Sector } | { kind: "private_person" };

/** The scheme takes applications from this kind of applicant (its sectors; private persons when allowed). */
export function applicantAllowed(rules: ApplicantRules, applicant: Applicant): boolean {
  return applicant.kind === "private_person" ? rules.allowsPrivatePersons : rules.sectors.includes(applicant.sector);
}

/** A person's standing on one application: a current member of the scheme's group, and what they declared. */
export type MemberStanding = { isMember: boolean; declaration: { hasConflict: boolean } | null };

/**
 * A member sees the assessment of an application, and may vote on it, only after declaring no
 * conflict of interest (forvaltningsloven §§ 6 and 8): a disqualified member may neither prepare nor decide.
 */
export function canAssess(standing: MemberStanding): boolean {
  return standing.isMember && standing.declaration !== null && !standing.declaration.hasConflict;
}

/** Members needed for a decision: the scheme's own quorum, or more than half the group. */
export function quorumNeeded(schemeQuorum: number | null, memberCount: number): number {
  return schemeQuorum ?? Math.floor(memberCount / 2) + 1;
}
