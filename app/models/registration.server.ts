/**
 * Registering a partner organisation: the account (for a person without one), the organisation as
 * pending, its areas and themes, the person as its owner, the audit entry, and word to the
 * coordinators (in-app and e-mail) — all in one immediate transaction, so nothing is half-written.
 */
import { and, asc, eq, inArray, or, sql } from "drizzle-orm";
import {
  areas,
  coordinatorAssignments,
  memberships,
  organisationAreas,
  organisations,
  organisationThemes,
  programmeAreas,
  programmes,
  subprogrammes,
  users,
} from "../../db/schema";
import { getDb } from "~/utils/db.server";
import { RefusalError } from "~/utils/refusal.server";
import { listAreaTree } from "./area.server";
import { audit } from "~/services/audit.server";
import { notify } from "~/services/notify.server";
import { getEnv } from "~/utils/env.server";
import { slugify, uniqueSlug } from "~/utils/slug";
import { DEFAULT_LANGUAGE } from "~/i18n";
import type { AreaKind, Language, Sector } from "~/validation/enums";

export type AreaOption = { id: number; name: string; kind: AreaKind; depth: number };
export type ThemeOption = { id: number; name: string; programme: string };

/** The area tree for the registration and profile forms (see area.server.ts). */
export function listAreaOptions(): AreaOption[] {
  return listAreaTree().map(({ id, name, kind, depth }) => ({ id, name, kind, depth }));
}

export function listThemeOptions(): ThemeOption[] {
  return getDb()
    .select({ id: subprogrammes.id, name: subprogrammes.name, programme: programmes.name })
    .from(subprogrammes)
    .innerJoin(programmes, eq(programmes.id, subprogrammes.programmeId))
    .orderBy(asc(programmes.name), asc(subprogrammes.position), asc(subprogrammes.name))
    .all();
}

/** Ids among `ids` that do not exist (a tampered form), per kind. */
export function unknownChoices(areaIds: number[], themeIds: number[]) {
  const db = getDb();
  const knownAreas = areaIds.length
    ? new Set(db.select({ id: areas.id }).from(areas).where(inArray(areas.id, areaIds)).all().map((r) => r.id))
    : new Set<number>();
  const knownThemes = themeIds.length
    ? new Set(db.select({ id: subprogrammes.id }).from(subprogrammes).where(inArray(subprogrammes.id, themeIds)).all().map((r) => r.id))
    : new Set<number>();
  return {
    areas: areaIds.filter((id) => !knownAreas.has(id)),
    themes: themeIds.filter((id) => !knownThemes.has(id)),
  };
}

/** The organisation already registered with this number, for the "ask to join instead" message. */
export function findOrganisationByNumber(orgNumber: string) {
  return getDb()
    .select({ slug: organisations.slug, name: organisations.name, status: organisations.status })
    .from(organisations)
    .where(eq(organisations.orgNumber, orgNumber))
    .get();
}

export type RegistrationInput = {
  /** `emailConfirmed: false` for an account made from the form, until its link is opened (signup.server.ts). */
  account: { name: string; email: string; passwordHash: string; emailConfirmed?: boolean; language?: Language } | { userId: number };
  organisation: { name: string; sector: Sector; orgNumber: string | null; areaIds: number[]; themeIds: number[] };
};

/** The organisation number is registered already (ADR 013: a RefusalError on the orgNumber field). */
export class OrgNumberTakenError extends RefusalError<"orgNumberTaken"> {
  constructor() {
    super("orgNumberTaken", "conflict", "orgNumber");
  }
}
/** The e-mail has an account already (ADR 013: a RefusalError on the email field). */
export class EmailTakenError extends RefusalError<"emailTaken"> {
  constructor() {
    super("emailTaken", "conflict", "email");
  }
}

export function registerOrganisation(input: RegistrationInput): { userId: number; organisationId: number; slug: string } {
  const db = getDb();
  return db.transaction(
    (tx) => {
      let userId: number;
      let actorName: string;
      if ("userId" in input.account) {
        userId = input.account.userId;
        actorName = tx.select({ name: users.name }).from(users).where(eq(users.id, userId)).get()?.name ?? "";
      } else {
        const email = input.account.email;
        if (tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = lower(${email})`).get()) {
          throw new EmailTakenError();
        }
        userId = tx
          .insert(users)
          .values({ email, name: input.account.name, passwordHash: input.account.passwordHash, role: "none", emailConfirmed: input.account.emailConfirmed ?? true, language: input.account.language ?? DEFAULT_LANGUAGE })
          .returning({ id: users.id })
          .get().id;
        actorName = input.account.name;
        audit({ actorUserId: userId, action: "user.registered", entityType: "user", entityId: userId }, tx);
      }

      const org = input.organisation;
      if (org.orgNumber && tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.orgNumber, org.orgNumber)).get()) {
        throw new OrgNumberTakenError();
      }
      const slug = uniqueSlug(slugify(org.name), (candidate) =>
        !!tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, candidate)).get(),
      );
      const organisationId = tx
        .insert(organisations)
        .values({ slug, name: org.name, sector: org.sector, orgNumber: org.orgNumber, status: "pending", registeredByUserId: userId })
        .returning({ id: organisations.id })
        .get().id;
      if (org.areaIds.length) tx.insert(organisationAreas).values(org.areaIds.map((areaId) => ({ organisationId, areaId }))).run();
      if (org.themeIds.length) {
        tx.insert(organisationThemes).values(org.themeIds.map((subprogrammeId) => ({ organisationId, subprogrammeId }))).run();
      }
      tx.insert(memberships).values({ userId, organisationId, role: "owner", status: "active", decidedAt: new Date() }).run();
      audit(
        {
          actorUserId: userId,
          action: "organisation.registered",
          entityType: "organisation",
          entityId: organisationId,
          details: { name: org.name, sector: org.sector, orgNumber: org.orgNumber },
        },
        tx,
      );

      // Tell the coordinators of the programmes the organisation chose (by area or theme); when it
      // chose none, every coordinator. Admins are told too.
      const programmeIds = [
        ...new Set([
          ...(org.areaIds.length
            ? tx.select({ id: programmeAreas.programmeId }).from(programmeAreas).where(inArray(programmeAreas.areaId, org.areaIds)).all()
            : []),
          ...(org.themeIds.length
            ? tx.select({ id: subprogrammes.programmeId }).from(subprogrammes).where(inArray(subprogrammes.id, org.themeIds)).all()
            : []),
        ].map((r) => r.id)),
      ];
      const recipients = tx
        .selectDistinct({ id: users.id })
        .from(users)
        .leftJoin(coordinatorAssignments, eq(coordinatorAssignments.userId, users.id))
        .where(
          or(
            eq(users.role, "admin"),
            and(
              eq(users.role, "coordinator"),
              programmeIds.length ? inArray(coordinatorAssignments.programmeId, programmeIds) : sql`1 = 1`,
            ),
          ),
        )
        .all();
      const link = `${getEnv().publicUrl}/koordinator`;
      notify(tx, {
        userIds: recipients.map((r) => r.id),
        kind: "organisation_registered",
        params: { organisation: org.name, person: actorName },
        link: "/koordinator",
        mail: (t) => ({
          subject: t.registration.coordinatorMailSubject(org.name),
          text: t.registration.coordinatorMailText(org.name, t.sectors[org.sector], link),
        }),
      });
      return { userId, organisationId, slug };
    },
    { behavior: "immediate" },
  );
}
