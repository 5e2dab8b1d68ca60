/**
 * A partner organisation's own profile: reading it for editing, saving it, confirming it is current
 * and its logo. Every query carries the acting person's membership in its WHERE clause, so an
 * organisation id taken from a form never reaches an organisation the person is not a member of.
 */
import { and, eq, ne, sql, type SQL } from "drizzle-orm";
import { memberships, organisationAreas, organisationOffers, organisations, organisationThemes } from "../../db/schema";
import type { AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import { audit } from "~/services/audit.server";
import { getDb } from "~/utils/db.server";
import { RefusalError } from "~/utils/refusal.server";
import { jsonList } from "~/utils/sql-json.server";
import type { MembershipRole, Offer } from "~/validation/enums";
import type { ProfileInput } from "~/validation/profile";

/** `column IN (the organisations the user is an active member of)`, optionally only as owner. */
export function memberOf(column: AnySQLiteColumn, userId: number, role?: MembershipRole): SQL {
  return sql`${column} IN (SELECT ${memberships.organisationId} FROM ${memberships} WHERE ${memberships.userId} = ${userId} AND ${memberships.status} = 'active'${
    role ? sql` AND ${memberships.role} = ${role}` : sql``
  })`;
}

/** A profile change refused (ADR 013: a RefusalError). */
export class ProfileRuleError extends RefusalError<"notFound" | "orgNumberTaken"> {
  constructor(reason: "notFound" | "orgNumberTaken") {
    super(reason, reason === "notFound" ? "notFound" : "conflict", reason === "orgNumberTaken" ? "orgNumber" : undefined);
  }
}

export const REMINDER_AFTER_MS = 365 * 24 * 60 * 60 * 1000;

/** True when the profile was never confirmed or last confirmed more than 12 months before `now`. */
export function profileNeedsConfirmation(lastConfirmedAt: Date | number | null, now = Date.now()): boolean {
  if (lastConfirmedAt === null) return true;
  const at = typeof lastConfirmedAt === "number" ? lastConfirmedAt : lastConfirmedAt.getTime();
  return now - at > REMINDER_AFTER_MS;
}

/**
 * The areas, themes and offers of the organisation in `column`, as JSON columns of a larger query
 * (primary-key lookups): `areaIds`, `themeIds`, `offers`.
 */
export function organisationLists(column: AnySQLiteColumn) {
  return {
    areaIds: jsonList<number>(sql`SELECT ${organisationAreas.areaId} AS v FROM ${organisationAreas} WHERE ${organisationAreas.organisationId} = ${column}`),
    themeIds: jsonList<number>(sql`SELECT ${organisationThemes.subprogrammeId} AS v FROM ${organisationThemes} WHERE ${organisationThemes.organisationId} = ${column}`),
    offers: jsonList<Offer>(sql`SELECT ${organisationOffers.offer} AS v FROM ${organisationOffers} WHERE ${organisationOffers.organisationId} = ${column} ORDER BY ${organisationOffers.offer}`),
  };
}

/**
 * The organisation's editable profile, if the user is a member; null otherwise. One query: the areas,
 * themes and offers come along as JSON arrays from correlated subqueries (primary-key lookups).
 */
export function getProfileForEdit(userId: number, organisationId: number) {
  return (
    getDb()
      .select({
        id: organisations.id,
        slug: organisations.slug,
        name: organisations.name,
        sector: organisations.sector,
        orgNumber: organisations.orgNumber,
        description: organisations.description,
        website: organisations.website,
        contactEmail: organisations.contactEmail,
        contactPhone: organisations.contactPhone,
        logoFile: organisations.logoFile,
        status: organisations.status,
        lastConfirmedAt: organisations.lastConfirmedAt,
        ...organisationLists(organisations.id),
      })
      .from(organisations)
      .where(and(eq(organisations.id, organisationId), memberOf(organisations.id, userId)))
      .get() ?? null
  );
}

const sameSet = (a: readonly (string | number)[], b: readonly (string | number)[]) =>
  a.length === b.length && [...a].sort().join(",") === [...b].sort().join(",");

/**
 * Saves the profile. Changing the organisation number or sector of an approved organisation sends it
 * back to pending (a coordinator approves it again); everything else applies at once. Audited with the
 * names of the changed fields (never their values). One immediate transaction.
 */
export function updateProfile(input: { actorUserId: number; organisationId: number; values: ProfileInput }): {
  changed: string[];
  reapproval: boolean;
} {
  return getDb().transaction(
    (tx) => {
      const current = tx
        .select({
          id: organisations.id,
          name: organisations.name,
          sector: organisations.sector,
          orgNumber: organisations.orgNumber,
          description: organisations.description,
          website: organisations.website,
          contactEmail: organisations.contactEmail,
          contactPhone: organisations.contactPhone,
          status: organisations.status,
        })
        .from(organisations)
        .where(and(eq(organisations.id, input.organisationId), memberOf(organisations.id, input.actorUserId)))
        .get();
      if (!current) throw new ProfileRuleError("notFound");
      const v = input.values;
      const next = {
        name: v.name,
        sector: v.sector,
        orgNumber: v.orgNumber || null,
        description: v.description,
        website: v.website || null,
        contactEmail: v.contactEmail || null,
        contactPhone: v.contactPhone || null,
      };
      const changed: string[] = (Object.keys(next) as (keyof typeof next)[]).filter((key) => (current[key] ?? null) !== (next[key] ?? null));
      const areaIds = tx.select({ id: organisationAreas.areaId }).from(organisationAreas).where(eq(organisationAreas.organisationId, current.id)).all().map((r) => r.id);
      const themeIds = tx.select({ id: organisationThemes.subprogrammeId }).from(organisationThemes).where(eq(organisationThemes.organisationId, current.id)).all().map((r) => r.id);
      const offers = tx.select({ o: organisationOffers.offer }).from(organisationOffers).where(eq(organisationOffers.organisationId, current.id)).all().map((r) => r.o);
      if (!sameSet(areaIds, v.areas)) changed.push("areas");
      if (!sameSet(themeIds, v.themes)) changed.push("themes");
      if (!sameSet(offers, v.offers)) changed.push("offers");
      if (changed.length === 0) return { changed, reapproval: false };

      if (next.orgNumber && changed.includes("orgNumber")) {
        const taken = tx
          .select({ id: organisations.id })
          .from(organisations)
          .where(and(eq(organisations.orgNumber, next.orgNumber), ne(organisations.id, current.id)))
          .get();
        if (taken) throw new ProfileRuleError("orgNumberTaken");
      }
      const reapproval = current.status === "approved" && (changed.includes("orgNumber") || changed.includes("sector"));
      tx.update(organisations)
        .set({ ...next, updatedAt: new Date(), ...(reapproval ? { status: "pending" as const, approvedAt: null, decidedByUserId: null } : {}) })
        .where(eq(organisations.id, current.id))
        .run();
      if (changed.includes("areas")) {
        tx.delete(organisationAreas).where(eq(organisationAreas.organisationId, current.id)).run();
        if (v.areas.length) tx.insert(organisationAreas).values(v.areas.map((areaId) => ({ organisationId: current.id, areaId }))).run();
      }
      if (changed.includes("themes")) {
        tx.delete(organisationThemes).where(eq(organisationThemes.organisationId, current.id)).run();
        if (v.themes.length) tx.insert(organisationThemes).values(v.themes.map((subprogrammeId) => ({ organisationId: current.id, subprogrammeId }))).run();
      }
      if (changed.includes("offers")) {
        tx.delete(organisationOffers).where(eq(organisationOffers.organisationId, current.id)).run();
        if (v.offers.length) tx.insert(organisationOffers).values(v.offers.map((offer) => ({ organisationId: current.id, offer }))).run();
      }
      audit(
        {
          actorUserId: input.actorUserId,
          action: "organisation.updated",
          entityType: "organisation",
          entityId: current.id,
          details: { fields: changed, ...(reapproval ? { statusChanged: "approved→pending" } : {}) },
        },
        tx,
      );
      return { changed, reapproval };
    },
    { behavior: "immediate" },
  );
}

/** "The profile is current": sets last-confirmed. False when the user is not a member. */
export function confirmProfile(actorUserId: number, organisationId: number): boolean {
  return getDb().transaction(
    (tx) => {
      const result = tx
        .update(organisations)
        .set({ lastConfirmedAt: new Date() })
        .where(and(eq(organisations.id, organisationId), memberOf(organisations.id, actorUserId)))
        .run();
      if (result.changes === 0) return false;
      audit({ actorUserId, action: "organisation.confirmed", entityType: "organisation", entityId: organisationId }, tx);
      return true;
    },
    { behavior: "immediate" },
  );
}

/**
 * Points the organisation at a new logo file (or none) and returns the previous file's name, for the
 * caller to delete after the commit; undefined when the user is not a member.
 */
export function setLogo(actorUserId: number, organisationId: number, logoFile: string | null): { previous: string | null } | undefined {
  return getDb().transaction(
    (tx) => {
      const row = tx
        .select({ logoFile: organisations.logoFile })
        .from(organisations)
        .where(and(eq(organisations.id, organisationId), memberOf(organisations.id, actorUserId)))
        .get();
      if (!row) return undefined;
      tx.update(organisations).set({ logoFile, updatedAt: new Date() }).where(eq(organisations.id, organisationId)).run();
      audit(
        { actorUserId, action: "organisation.updated", entityType: "organisation", entityId: organisationId, details: { fields: [logoFile ? "logo" : "logoRemoved"] } },
        tx,
      );
      return { previous: row.logoFile };
    },
    { behavior: "immediate" },
  );
}
