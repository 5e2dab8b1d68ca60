import { and, asc, count, desc, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import { memberships, oneTimeTokens, organisations, users } from "../../db/schema";
import { DEFAULT_LANGUAGE, getMessages } from "~/i18n";
import { audit } from "~/services/audit.server";
import { enqueueMail } from "~/services/mail.server";
import { notify } from "~/services/notify.server";
import { consumeToken, createToken, findValidToken, renewToken, TOKEN_LIFETIME_MS } from "~/services/token.server";
import { now } from "~/utils/clock.server";
import { getDb, preparedQuery } from "~/utils/db.server";
import { RefusalError, type RefusalKind } from "~/utils/refusal.server";
import { getEnv } from "~/utils/env.server";
import type { Language, MembershipRole } from "~/validation/enums";

/** The organisations a person belongs to (active memberships), with their status and the person's role. */
export function listMyOrganisations(userId: number) {
  return myOrganisations().all({ userId });
}

// On every page of the partner workspace.
const myOrganisations = preparedQuery((db) =>
  db
    .select({
      id: organisations.id,
      slug: organisations.slug,
      name: organisations.name,
      sector: organisations.sector,
      status: organisations.status,
      decisionReason: organisations.decisionReason,
      lastConfirmedAt: organisations.lastConfirmedAt,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(eq(memberships.userId, sql.placeholder("userId")), eq(memberships.status, "active")))
    .orderBy(asc(organisations.sortName))
    .prepare(),
);

// ---------------------------------------------------------------------------------------------
// Joining, invitations and managing members. Every write checks its rule inside one immediate
// transaction, so two owners acting at once cannot leave an organisation without an owner.
// ---------------------------------------------------------------------------------------------

type MembershipRule = "lastOwner" | "alreadyMember" | "alreadyRequested" | "notFound" | "emailTaken" | "otherAccount";
const MEMBERSHIP_RULE_KIND: Record<MembershipRule, RefusalKind> = {
  lastOwner: "conflict",
  alreadyMember: "conflict",
  alreadyRequested: "conflict",
  notFound: "notFound",
  emailTaken: "conflict",
  otherAccount: "forbidden",
};

/** A membership change refused (ADR 013: a RefusalError, with the membership pages' reasons). */
export class MembershipRuleError extends RefusalError<MembershipRule> {
  constructor(reason: MembershipRule) {
    super(reason, MEMBERSHIP_RULE_KIND[reason]);
  }
}

type Tx = Parameters<Parameters<ReturnType<typeof getDb>["transaction"]>[0]>[0];

/** The active members of an organisation: who is told what happens to it. */
export function activeMemberIds(tx: Tx, organisationId: number): number[] {
  return tx
    .select({ id: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.status, "active")))
    .all()
    .map((r) => r.id);
}

export function findOrganisationBySlug(slug: string) {
  return getDb()
    .select({ id: organisations.id, slug: organisations.slug, name: organisations.name, status: organisations.status })
    .from(organisations)
    .where(eq(organisations.slug, slug))
    .get();
}

function openMembership(tx: Tx, userId: number, organisationId: number) {
  return tx
    .select({ id: memberships.id, status: memberships.status })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.organisationId, organisationId), inArray(memberships.status, ["requested", "active"])))
    .get();
}

function activeOwnerCount(tx: Tx, organisationId: number): number {
  return (
    tx
      .select({ n: count() })
      .from(memberships)
      .where(and(eq(memberships.organisationId, organisationId), eq(memberships.status, "active"), eq(memberships.role, "owner")))
      .get()?.n ?? 0
  );
}

function activeOwners(tx: Tx, organisationId: number) {
  return tx
    .select({ id: users.id, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.status, "active"), eq(memberships.role, "owner")))
    .all();
}

/**
 * A person asks to join an organisation (creating their account first when `account` is given).
 * The owners are told in-app and by e-mail. Returns the person's user id.
 */
export function requestMembership(input: {
  organisationId: number;
  message: string;
  userId?: number;
  /** `emailConfirmed: false` for an account made from the join form, until its link is opened (signup.server.ts). */
  account?: { name: string; email: string; passwordHash: string; emailConfirmed?: boolean; language?: Language };
}): number {
  return getDb().transaction(
    (tx) => {
      let userId = input.userId;
      let personName = "";
      if (input.account) {
        if (tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = lower(${input.account.email})`).get()) {
          throw new MembershipRuleError("emailTaken");
        }
        userId = tx.insert(users).values({ ...input.account, role: "none" }).returning({ id: users.id }).get().id;
        personName = input.account.name;
        audit({ actorUserId: userId, action: "user.registered", entityType: "user", entityId: userId }, tx);
      } else {
        personName = tx.select({ name: users.name }).from(users).where(eq(users.id, userId!)).get()?.name ?? "";
      }
      const existing = openMembership(tx, userId!, input.organisationId);
      if (existing) throw new MembershipRuleError(existing.status === "active" ? "alreadyMember" : "alreadyRequested");
      const org = tx.select({ name: organisations.name, slug: organisations.slug }).from(organisations).where(eq(organisations.id, input.organisationId)).get();
      if (!org) throw new MembershipRuleError("notFound");
      const id = tx
        .insert(memberships)
        .values({ userId: userId!, organisationId: input.organisationId, role: "editor", status: "requested", message: input.message || null })
        .returning({ id: memberships.id })
        .get().id;
      audit({ actorUserId: userId!, action: "membership.requested", entityType: "membership", entityId: id, details: { organisationId: input.organisationId } }, tx);
      const link = `${getEnv().publicUrl}/min-side/medlemmer/${org.slug}`;
      notify(tx, {
        userIds: activeOwners(tx, input.organisationId).map((o) => o.id),
        kind: "membership_requested",
        params: { organisation: org.name, person: personName },
        link: `/min-side/medlemmer/${org.slug}`,
        mail: (t) => ({ subject: t.membership.ownersMailSubject(org.name), text: t.membership.ownersMailText(personName, org.name, link) }),
      });
      return userId!;
    },
    { behavior: "immediate" },
  );
}

/** What an owner sees on the members page: active members, open requests, unused invitations. */
export function listMembersForOwner(organisationId: number) {
  const db = getDb();
  const rows = db
    .select({
      id: memberships.id,
      userId: users.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
      status: memberships.status,
      message: memberships.message,
      createdAt: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, organisationId), inArray(memberships.status, ["requested", "active"])))
    .orderBy(asc(users.name))
    .all();
  const invitations = db
    .select({ id: oneTimeTokens.id, email: oneTimeTokens.email, role: oneTimeTokens.membershipRole, expiresAt: oneTimeTokens.expiresAt })
    .from(oneTimeTokens)
    .where(
      and(
        eq(oneTimeTokens.purpose, "invitation"),
        eq(oneTimeTokens.organisationId, organisationId),
        isNull(oneTimeTokens.usedAt),
        gt(oneTimeTokens.expiresAt, new Date(now())),
      ),
    )
    .orderBy(desc(oneTimeTokens.createdAt))
    .all();
  return {
    active: rows.filter((r) => r.status === "active"),
    requests: rows.filter((r) => r.status === "requested"),
    invitations,
  };
}

/** An owner decides a join request. The membership must be a request to this organisation. */
export function decideMembershipRequest(input: { actorUserId: number; organisationId: number; membershipId: number; approve: boolean; role: MembershipRole }) {
  getDb().transaction(
    (tx) => {
      const row = tx
        .select({ id: memberships.id, userId: memberships.userId, email: users.email, orgName: organisations.name })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
        .where(and(eq(memberships.id, input.membershipId), eq(memberships.organisationId, input.organisationId), eq(memberships.status, "requested")))
        .get();
      if (!row) throw new MembershipRuleError("notFound");
      tx.update(memberships)
        .set({ status: input.approve ? "active" : "declined", role: input.role, decidedAt: new Date(), decidedByUserId: input.actorUserId })
        .where(eq(memberships.id, row.id))
        .run();
      audit(
        {
          actorUserId: input.actorUserId,
          action: input.approve ? "membership.approved" : "membership.declined",
          entityType: "membership",
          entityId: row.id,
          details: { organisationId: input.organisationId, role: input.role },
        },
        tx,
      );
      notify(tx, {
        userIds: [row.userId],
        kind: "membership_decided",
        params: { organisation: row.orgName, approved: input.approve ? "1" : "0" },
        link: "/min-side",
        mail: (t) => ({ subject: t.membership.decidedMailSubject(row.orgName, input.approve), text: t.membership.decidedMailText(row.orgName, input.approve) }),
      });
    },
    { behavior: "immediate" },
  );
}

/** An owner changes an active member's role; the last owner cannot be demoted. */
export function changeMemberRole(input: { actorUserId: number; organisationId: number; membershipId: number; role: MembershipRole }) {
  getDb().transaction(
    (tx) => {
      const row = tx
        .select({ id: memberships.id, role: memberships.role })
        .from(memberships)
        .where(and(eq(memberships.id, input.membershipId), eq(memberships.organisationId, input.organisationId), eq(memberships.status, "active")))
        .get();
      if (!row) throw new MembershipRuleError("notFound");
      if (row.role === input.role) return;
      if (row.role === "owner" && activeOwnerCount(tx, input.organisationId) <= 1) throw new MembershipRuleError("lastOwner");
      tx.update(memberships).set({ role: input.role }).where(eq(memberships.id, row.id)).run();
      audit(
        { actorUserId: input.actorUserId, action: "membership.role_changed", entityType: "membership", entityId: row.id, details: { from: row.role, to: input.role, organisationId: input.organisationId } },
        tx,
      );
    },
    { behavior: "immediate" },
  );
}

/** An owner removes an active member (the membership ends and stays in the history). */
export function removeMember(input: { actorUserId: number; organisationId: number; membershipId: number }) {
  getDb().transaction(
    (tx) => {
      const row = tx
        .select({ id: memberships.id, role: memberships.role })
        .from(memberships)
        .where(and(eq(memberships.id, input.membershipId), eq(memberships.organisationId, input.organisationId), eq(memberships.status, "active")))
        .get();
      if (!row) throw new MembershipRuleError("notFound");
      if (row.role === "owner" && activeOwnerCount(tx, input.organisationId) <= 1) throw new MembershipRuleError("lastOwner");
      tx.update(memberships).set({ status: "ended", endedAt: new Date() }).where(eq(memberships.id, row.id)).run();
      audit({ actorUserId: input.actorUserId, action: "membership.removed", entityType: "membership", entityId: row.id, details: { organisationId: input.organisationId } }, tx);
    },
    { behavior: "immediate" },
  );
}

/** An open invitation's e-mail goes out again at most this often (a second press, a doubtful owner). */
export const INVITATION_RESEND_INTERVAL_MS = 10 * 60_000;

/** What inviteMember did: a new invitation, the open one mailed again (new link), or nothing (mailed just now). */
export type InvitationOutcome = "sent" | "resent" | "alreadySent";

/**
 * An owner invites a colleague by e-mail: a one-time link valid for 7 days. An open invitation to the
 * same address (any case) for the same organisation is reused, never doubled: within
 * INVITATION_RESEND_INTERVAL_MS of its last e-mail nothing happens; later it gets the role asked for
 * now, a fresh link (only the hash is stored, so the old link cannot be sent again; it stops working)
 * and another 7 days, and the e-mail goes out again.
 */
export function inviteMember(input: { actorUserId: number; actorName: string; organisationId: number; email: string; role: MembershipRole }): InvitationOutcome {
  return getDb().transaction(
    (tx) => {
      const org = tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, input.organisationId)).get();
      if (!org) throw new MembershipRuleError("notFound");
      const existingUser = tx.select({ id: users.id, language: users.language }).from(users).where(sql`lower(${users.email}) = lower(${input.email})`).get();
      // In the invited person's language when they have an account; otherwise in the inviter's.
      const language = existingUser?.language ?? tx.select({ language: users.language }).from(users).where(eq(users.id, input.actorUserId)).get()?.language;
      const t = getMessages(language);
      if (existingUser && openMembership(tx, existingUser.id, input.organisationId)?.status === "active") {
        throw new MembershipRuleError("alreadyMember");
      }
      const at = now();
      const open = tx
        .select({ id: oneTimeTokens.id, expiresAt: oneTimeTokens.expiresAt })
        .from(oneTimeTokens)
        .where(
          and(
            eq(oneTimeTokens.organisationId, input.organisationId),
            eq(oneTimeTokens.purpose, "invitation"),
            sql`lower(${oneTimeTokens.email}) = lower(${input.email})`,
            isNull(oneTimeTokens.usedAt),
            gt(oneTimeTokens.expiresAt, new Date(at)),
          ),
        )
        .orderBy(desc(oneTimeTokens.expiresAt))
        .get();
      // Every mailing sets the expiry to 7 days ahead, so the expiry says when the last e-mail went out.
      if (open && open.expiresAt.getTime() - TOKEN_LIFETIME_MS.invitation > at - INVITATION_RESEND_INTERVAL_MS) return "alreadySent";
      const token = open
        ? renewToken(open.id, "invitation", { membershipRole: input.role, createdByUserId: input.actorUserId }, tx)
        : createToken("invitation", { email: input.email, organisationId: input.organisationId, membershipRole: input.role, createdByUserId: input.actorUserId }, tx);
      enqueueMail(
        { to: input.email, subject: t.membership.inviteMailSubject(org.name), text: t.membership.inviteMailText(input.actorName, org.name, `${getEnv().publicUrl}/invitasjon/${token}`) },
        tx,
      );
      audit(
        { actorUserId: input.actorUserId, action: open ? "membership.invitation_resent" : "membership.invited", entityType: "organisation", entityId: input.organisationId, details: { role: input.role } },
        tx,
      );
      return open ? "resent" : "sent";
    },
    { behavior: "immediate" },
  );
}

/** What an invitation link offers, if it is still valid. */
export function describeInvitation(token: string) {
  const row = findValidToken("invitation", token);
  if (!row?.organisationId || !row.email || !row.membershipRole) return null;
  const org = getDb().select({ name: organisations.name }).from(organisations).where(eq(organisations.id, row.organisationId)).get();
  if (!org) return null;
  const hasAccount = !!getDb().select({ id: users.id }).from(users).where(sql`lower(${users.email}) = lower(${row.email})`).get();
  return { organisation: org.name, email: row.email, role: row.membershipRole, hasAccount };
}

/** Whether an invitation to `invitedEmail` may be accepted by the signed-in person with `accountEmail`. */
export function isInvitedAccount(invitedEmail: string, accountEmail: string): boolean {
  return invitedEmail.trim().toLowerCase() === accountEmail.trim().toLowerCase();
}

/**
 * Uses an invitation: attaches the signed-in person (userId) or creates the account (account) and
 * makes them an active member with the invited role. Returns the user id, or null if the link is spent.
 * An invitation belongs to the address it was sent to: a signed-in person with another e-mail is
 * refused (`otherAccount`) and the link stays unused, since whoever opens a forwarded or leaked link
 * must not become a member in the invited person's place.
 */
export function acceptInvitation(token: string, who: { userId: number } | { name: string; passwordHash: string; language?: Language }): number | null {
  return getDb().transaction(
    (tx) => {
      const row = consumeToken("invitation", token, tx);
      if (!row?.organisationId || !row.email || !row.membershipRole) return null;
      let userId: number;
      if ("userId" in who) {
        const account = tx.select({ email: users.email }).from(users).where(eq(users.id, who.userId)).get();
        if (!account || !isInvitedAccount(row.email, account.email)) throw new MembershipRuleError("otherAccount");
        userId = who.userId;
      } else {
        if (tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = lower(${row.email})`).get()) {
          throw new MembershipRuleError("emailTaken");
        }
        userId = tx
          .insert(users)
          .values({ email: row.email, name: who.name, passwordHash: who.passwordHash, role: "none", language: who.language ?? DEFAULT_LANGUAGE })
          .returning({ id: users.id })
          .get().id;
        audit({ actorUserId: userId, action: "user.registered", entityType: "user", entityId: userId }, tx);
      }
      const existing = openMembership(tx, userId, row.organisationId);
      if (existing?.status === "active") return userId;
      if (existing) {
        tx.update(memberships).set({ status: "active", role: row.membershipRole, decidedAt: new Date(), decidedByUserId: row.createdByUserId }).where(eq(memberships.id, existing.id)).run();
      } else {
        tx.insert(memberships)
          .values({ userId, organisationId: row.organisationId, role: row.membershipRole, status: "active", decidedAt: new Date(), decidedByUserId: row.createdByUserId })
          .run();
      }
      audit({ actorUserId: userId, action: "membership.invitation_accepted", entityType: "organisation", entityId: row.organisationId, details: { role: row.membershipRole } }, tx);
      return userId;
    },
    { behavior: "immediate" },
  );
}
