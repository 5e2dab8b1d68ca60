/**
 * Who may do what: pure functions used by the UI (to offer a control) and by the server (to refuse).
 * Hiding a control is a courtesy; loaders and actions call these before touching data.
 */
import type { MembershipRole, UserRole } from "~/validation/enums";

export type Actor = {
  id: number;
  role: UserRole;
  name: string;
  email: string;
  /** Programmes this person coordinates (assignments); admins coordinate all. */
  programmeIds: number[];
  /** Active memberships. */
  memberships: { organisationId: number; role: MembershipRole }[];
};

export const isAdmin = (actor: Actor | null): boolean => actor?.role === "admin";

/** Where a person lands after logging in when no return path was given: their role's own workspace. */
export function workspacePath(role: UserRole): string {
  if (role === "admin") return "/admin";
  if (role === "coordinator") return "/koordinator";
  return "/min-side";
}

/** Coordinators with at least one programme, and admins. */
export const isStaff = (actor: Actor | null): boolean =>
  !!actor && (actor.role === "admin" || (actor.role === "coordinator" && actor.programmeIds.length > 0));

export function canCoordinateProgramme(actor: Actor | null, programmeId: number): boolean {
  if (!actor) return false;
  if (actor.role === "admin") return true;
  return actor.role === "coordinator" && actor.programmeIds.includes(programmeId);
}

export function membershipRole(actor: Actor | null, organisationId: number): MembershipRole | null {
  return actor?.memberships.find((m) => m.organisationId === organisationId)?.role ?? null;
}

/** Owners and editors keep their organisation's profile and post on its behalf. */
export const canEditOrganisation = (actor: Actor | null, organisationId: number): boolean =>
  membershipRole(actor, organisationId) !== null;

/** Only owners manage who belongs to the organisation. */
export const canManageMembers = (actor: Actor | null, organisationId: number): boolean =>
  membershipRole(actor, organisationId) === "owner";

export const canManageSystem = isAdmin;
