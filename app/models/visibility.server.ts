/**
 * What the public may see, defined once. Every public page, feed and API response filters with these
 * conditions, so an organisation that is not approved, a tiltak that is not public (or archived), a
 * participation that is not active, or an update that is hidden or not public never leaks.
 */
import { and, eq, isNull, sql } from "drizzle-orm";
import { initiatives, organisations, participations, updates } from "../../db/schema";

const PUBLIC_ORGANISATION_STATUS = "approved";

export const publicOrganisation = () => eq(organisations.status, PUBLIC_ORGANISATION_STATUS);

/**
 * The same rule, for a query that already names its organisations by id: the unary + keeps SQLite
 * from answering it through the status index (walking every approved organisation) instead of
 * looking the few ids up by primary key.
 */
export const publicOrganisationById = () => sql`+${organisations.status} = ${PUBLIC_ORGANISATION_STATUS}`;

export const publicInitiative = () => and(eq(initiatives.isPublic, true), isNull(initiatives.archivedAt));

/** Join participations with organisations and initiatives to use this. */
export const publicParticipation = () =>
  and(eq(participations.status, "active"), publicOrganisation(), publicInitiative());

/** Join updates with organisations and initiatives to use this. */
export const publicUpdate = () =>
  and(eq(updates.visibility, "public"), isNull(updates.hiddenAt), publicOrganisation(), publicInitiative());
