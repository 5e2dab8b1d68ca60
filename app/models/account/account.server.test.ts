import { and, eq, sql } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  auditEvents,
  emailOutbox,
  grantDeclarations,
  grantMeetingAttendees,
  memberships,
  notifications,
  oneTimeTokens,
  organisations,
  participations,
  sessions,
  updates,
  users,
} from "../../../db/schema";
import { seedDemoData } from "../../../db/seed";
import { createUserSession, getSessionUser, SESSION_COOKIE_NAME } from "~/services/auth.server";
import { hashPassword, verifyPassword } from "~/services/password.server";
import { createToken, hashToken } from "~/services/token.server";
import { advanceClock, resetClock } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { registerOrganisation } from "../registration.server";
import { deleteAccount, ownershipBlockers } from "./deletion.server";
import { confirmEmailChange, findEmailChange, requestEmailChange } from "./email.server";
import { exportAccountData } from "./data-export.server";
import { changePassword } from "./password.server";
import { changeName } from "./profile.server";
import { describeUserAgent, endAllOtherSessions, endSessionByHandle, listAccountSessions, sessionHandle } from "./sessions.server";

const DEMO_PASSWORD = "demo-passord-2026";
const NEW_PASSWORD = "en helt ny og lang setning 2027";

beforeAll(async () => {
  await seedDemoData(getDb(), { passwordHash: await hashPassword(DEMO_PASSWORD) });
});

afterEach(() => resetClock());

const db = () => getDb();

function userByEmail(email: string) {
  const row = db().select().from(users).where(sql`lower(${users.email}) = lower(${email})`).get();
  if (!row) throw new Error(`no user ${email}`);
  return row;
}

/** A fresh partner account of our own, so tests never depend on each other's changes. */
let counter = 0;
async function freshUser(options: { password?: string; role?: "none" | "admin" | "coordinator" } = {}) {
  counter += 1;
  const email = `testperson-${counter}@example.test`;
  const id = db()
    .insert(users)
    .values({ email, name: `Test Person ${counter}`, passwordHash: await hashPassword(options.password ?? DEMO_PASSWORD), role: options.role ?? "none" })
    .returning({ id: users.id })
    .get().id;
  return { id, email };
}

/** Logs the person in from a "browser" and returns the session id (the cookie's value). */
async function logIn(userId: number, userAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36") {
  const cookie = await createUserSession(userId, new Request("http://localhost/logg-inn", { headers: { "user-agent": userAgent } }));
  const match = new RegExp(`${SESSION_COOKIE_NAME}=([^;]+)`).exec(cookie);
  if (!match?.[1]) throw new Error("no session cookie");
  return match[1];
}

const requestWith = (sessionId: string) => new Request("http://localhost/min-side", { headers: { cookie: `${SESSION_COOKIE_NAME}=${sessionId}` } });
const sessionIds = (userId: number) =>
  db()
    .select({ id: sessions.id })
    .from(sessions)
    .where(eq(sessions.userId, userId))
    .all()
    .map((s) => s.id)
    .sort();
const auditActions = (userId: number) =>
  db()
    .select({ action: auditEvents.action, details: auditEvents.details })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, "user"), eq(auditEvents.entityId, userId)))
    .all();
const linkToken = (body: string) => /\/konto\/epost\/([A-Za-z0-9_-]+)/.exec(body)?.[1];

describe("changing the name", () => {
  it("saves the name and audits the change", async () => {
    const { id } = await freshUser();
    changeName(id, "Nytt Navn");
    expect(db().select({ name: users.name }).from(users).where(eq(users.id, id)).get()?.name).toBe("Nytt Navn");
    expect(auditActions(id).map((a) => a.action)).toContain("user.name_changed");
  });
});

describe("changing the password", () => {
  it("refuses a wrong current password and changes nothing", async () => {
    const { id } = await freshUser();
    const here = await logIn(id);
    const there = await logIn(id);
    const before = userByEmail(`testperson-${counter}@example.test`).passwordHash;
    const result = await changePassword({ userId: id, currentPassword: "feil-passord-123", newPassword: NEW_PASSWORD, currentSessionId: here });
    expect(result).toEqual({ ok: false, reason: "wrongPassword" });
    expect(db().select({ h: users.passwordHash }).from(users).where(eq(users.id, id)).get()?.h).toBe(before);
    expect(sessionIds(id)).toEqual([here, there].sort());
    expect(auditActions(id).map((a) => a.action)).not.toContain("user.password_changed");
  });

  it("sets the new password, ends the other sessions but not the current one, and kills outstanding links", async () => {
    const { id } = await freshUser();
    const here = await logIn(id);
    const phone = await logIn(id, "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Version/17.0 Mobile/15E148 Safari/604.1");
    const laptop = await logIn(id);
    const resetLink = createToken("password_reset", { userId: id });

    const result = await changePassword({ userId: id, currentPassword: DEMO_PASSWORD, newPassword: NEW_PASSWORD, currentSessionId: here });
    expect(result).toEqual({ ok: true });

    const stored = db().select({ h: users.passwordHash }).from(users).where(eq(users.id, id)).get()!.h;
    expect(stored.startsWith("$argon2id$")).toBe(true);
    expect(await verifyPassword(stored, NEW_PASSWORD)).toBe(true);
    expect(await verifyPassword(stored, DEMO_PASSWORD)).toBe(false);

    expect(sessionIds(id)).toEqual([here]);
    expect(await getSessionUser(requestWith(here))).not.toBeNull();
    expect(await getSessionUser(requestWith(phone))).toBeNull();
    expect(await getSessionUser(requestWith(laptop))).toBeNull();

    const reset = db().select({ usedAt: oneTimeTokens.usedAt }).from(oneTimeTokens).where(eq(oneTimeTokens.tokenHash, hashToken(resetLink))).get();
    expect(reset?.usedAt).not.toBeNull();

    const audited = auditActions(id).find((a) => a.action === "user.password_changed");
    expect(audited).toBeDefined();
    expect(JSON.stringify(audited)).not.toContain(NEW_PASSWORD);
  });

  it("blocks after ten wrong guesses, even with the right password", async () => {
    const { id } = await freshUser();
    const here = await logIn(id);
    for (let i = 0; i < 10; i++) {
      await changePassword({ userId: id, currentPassword: `feil-${i}-passord`, newPassword: NEW_PASSWORD, currentSessionId: here });
    }
    const result = await changePassword({ userId: id, currentPassword: DEMO_PASSWORD, newPassword: NEW_PASSWORD, currentSessionId: here });
    expect(result).toMatchObject({ ok: false, reason: "blocked" });
  });
});

describe("changing the e-mail address", () => {
  it("refuses a wrong password, the same address and an address another account has (in any case)", async () => {
    const { id, email } = await freshUser();
    expect(await requestEmailChange({ userId: id, currentPassword: "feil-passord-123", newEmail: "ny@example.test" })).toEqual({
      ok: false,
      reason: "wrongPassword",
    });
    expect(await requestEmailChange({ userId: id, currentPassword: DEMO_PASSWORD, newEmail: email.toUpperCase() })).toEqual({
      ok: false,
      reason: "sameEmail",
    });
    expect(await requestEmailChange({ userId: id, currentPassword: DEMO_PASSWORD, newEmail: "Partner@Laget.TEST" })).toEqual({
      ok: false,
      reason: "emailTaken",
    });
    expect(db().select().from(oneTimeTokens).where(eq(oneTimeTokens.userId, id)).all()).toEqual([]);
  });

  it("mails a link to the new address and a notice to the old; confirming sets the address, ends other sessions, and the link works once", async () => {
    const { id, email } = await freshUser();
    const here = await logIn(id);
    const other = await logIn(id);
    const newEmail = `flyttet-${id}@example.test`;

    expect(await requestEmailChange({ userId: id, currentPassword: DEMO_PASSWORD, newEmail })).toEqual({ ok: true });
    // Nothing changes before the link is opened.
    expect(userByEmail(email).id).toBe(id);

    const toNew = db().select().from(emailOutbox).where(eq(emailOutbox.to, newEmail)).all();
    expect(toNew).toHaveLength(1);
    const token = linkToken(toNew[0]!.bodyText);
    expect(token).toBeDefined();
    expect(toNew[0]!.bodyText).toContain(`/konto/epost/${token}`);
    const toOld = db().select().from(emailOutbox).where(eq(emailOutbox.to, email)).all();
    expect(toOld).toHaveLength(1);
    expect(toOld[0]!.bodyText).not.toContain(token!);

    const row = db().select().from(oneTimeTokens).where(eq(oneTimeTokens.tokenHash, hashToken(token!))).get();
    expect(row).toMatchObject({ purpose: "email_change", userId: id, email: newEmail, usedAt: null });
    expect(findEmailChange(token!)).toEqual({ newEmail });

    expect(confirmEmailChange(token!, here)).toEqual({ ok: true, userId: id });
    expect(userByEmail(newEmail).id).toBe(id);
    expect(sessionIds(id)).toEqual([here]);
    expect(await getSessionUser(requestWith(other))).toBeNull();
    expect(auditActions(id).map((a) => a.action)).toEqual(expect.arrayContaining(["user.email_change_requested", "user.email_changed"]));

    // Used links are refused.
    expect(findEmailChange(token!)).toBeUndefined();
    expect(confirmEmailChange(token!, here)).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses an expired link, and only the newest link works", async () => {
    const { id, email } = await freshUser();
    await requestEmailChange({ userId: id, currentPassword: DEMO_PASSWORD, newEmail: `forst-${id}@example.test` });
    const first = linkToken(db().select().from(emailOutbox).where(eq(emailOutbox.to, `forst-${id}@example.test`)).get()!.bodyText)!;
    await requestEmailChange({ userId: id, currentPassword: DEMO_PASSWORD, newEmail: `sist-${id}@example.test` });
    const last = linkToken(db().select().from(emailOutbox).where(eq(emailOutbox.to, `sist-${id}@example.test`)).get()!.bodyText)!;

    expect(confirmEmailChange(first, null)).toEqual({ ok: false, reason: "invalid" });
    advanceClock(24 * 60 * 60_000 + 60_000);
    expect(findEmailChange(last)).toBeUndefined();
    expect(confirmEmailChange(last, null)).toEqual({ ok: false, reason: "invalid" });
    expect(userByEmail(email).id).toBe(id);
  });

  it("refuses when someone took the address after the link was sent, and changes nothing", async () => {
    const { id, email } = await freshUser();
    const wanted = `omstridt-${id}@example.test`;
    await requestEmailChange({ userId: id, currentPassword: DEMO_PASSWORD, newEmail: wanted });
    const token = linkToken(db().select().from(emailOutbox).where(eq(emailOutbox.to, wanted)).get()!.bodyText)!;
    db().insert(users).values({ email: wanted.toUpperCase(), name: "Rask Person", passwordHash: "x" }).run();
    expect(confirmEmailChange(token, null)).toEqual({ ok: false, reason: "emailTaken" });
    expect(userByEmail(email).id).toBe(id);
  });

  it("ends every session when the link is opened where the person is not logged in", async () => {
    const { id } = await freshUser();
    await logIn(id);
    await logIn(id);
    const newEmail = `uten-okt-${id}@example.test`;
    await requestEmailChange({ userId: id, currentPassword: DEMO_PASSWORD, newEmail });
    const token = linkToken(db().select().from(emailOutbox).where(eq(emailOutbox.to, newEmail)).get()!.bodyText)!;
    expect(confirmEmailChange(token, null)).toMatchObject({ ok: true });
    expect(sessionIds(id)).toEqual([]);
  });
});

describe("sessions", () => {
  it("lists live sessions by an opaque handle, this one first, with a readable device", async () => {
    const { id } = await freshUser();
    const here = await logIn(id);
    const phone = await logIn(id, "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1");
    const list = listAccountSessions(id, "none", here);
    expect(list).toHaveLength(2);
    expect(list[0]).toMatchObject({ current: true, handle: sessionHandle(here), browser: "Chrome", os: "Linux" });
    expect(list[1]).toMatchObject({ current: false, handle: sessionHandle(phone), browser: "Safari", os: "iPhone" });
    const serialised = JSON.stringify(list);
    expect(serialised).not.toContain(here);
    expect(serialised).not.toContain(phone);
    expect(sessionHandle(here)).toMatch(/^[0-9a-f]{32}$/);
  });

  it("ends only the person's own sessions, named by handle", async () => {
    const me = await freshUser();
    const someoneElse = await freshUser();
    const here = await logIn(me.id);
    const mine = await logIn(me.id);
    const theirs = await logIn(someoneElse.id);

    expect(endSessionByHandle(me.id, sessionHandle(theirs), here)).toBe("notFound");
    expect(sessionIds(someoneElse.id)).toEqual([theirs]);
    expect(endSessionByHandle(me.id, "0".repeat(32), here)).toBe("notFound");
    expect(endSessionByHandle(me.id, sessionHandle(here), here)).toBe("current");
    expect(sessionIds(me.id)).toEqual([here, mine].sort());
    expect(endSessionByHandle(me.id, sessionHandle(mine), here)).toBe("ended");
    expect(sessionIds(me.id)).toEqual([here]);
    expect(auditActions(me.id).map((a) => a.action)).toContain("user.session_ended");
  });

  it("ends all other sessions at once", async () => {
    const me = await freshUser();
    const here = await logIn(me.id);
    await logIn(me.id);
    await logIn(me.id);
    expect(endAllOtherSessions(me.id, here)).toBe(2);
    expect(sessionIds(me.id)).toEqual([here]);
    expect(auditActions(me.id).find((a) => a.action === "user.other_sessions_ended")?.details).toEqual({ count: 2 });
  });

  it("describes common browsers", () => {
    expect(describeUserAgent("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36 Edg/130.0")).toEqual({
      browser: "Edge",
      os: "Windows",
    });
    expect(describeUserAgent("Mozilla/5.0 (Macintosh; Intel Mac OS X 14.1; rv:131.0) Gecko/20100101 Firefox/131.0")).toEqual({ browser: "Firefox", os: "macOS" });
    expect(describeUserAgent("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36")).toEqual({
      browser: "Chrome",
      os: "Android",
    });
    expect(describeUserAgent(null)).toEqual({ browser: null, os: null });
  });
});

describe("deleting the account", () => {
  it("refuses the last owner of an approved organisation, naming it, and changes nothing", async () => {
    const partner = userByEmail("partner@laget.test");
    expect(ownershipBlockers(partner.id).map((o) => o.name)).toEqual(["Leksehjelpa Romsås"]);
    const result = await deleteAccount({ userId: partner.id, currentPassword: DEMO_PASSWORD });
    expect(result).toMatchObject({ ok: false, reason: "lastOwner", organisations: [{ name: "Leksehjelpa Romsås" }] });
    expect(userByEmail("partner@laget.test").id).toBe(partner.id);
  });

  it("refuses a member named in a bydelsgruppe's minutes and declarations, and keeps those records", async () => {
    // Aud and Sindre (demo seed) were present at Storhaug's meeting and declared on its applications.
    const member = userByEmail("aud.arbeidsutvalg@laget.test");
    const declaring = userByEmail("sindre.sykkel@laget.test");
    for (const person of [member, declaring]) {
      const attended = db().select().from(grantMeetingAttendees).where(eq(grantMeetingAttendees.userId, person.id)).all().length;
      const declared = db().select().from(grantDeclarations).where(eq(grantDeclarations.userId, person.id)).all().length;
      expect(attended + declared, "the demo member is in the group's records").toBeGreaterThan(0);
      expect(await deleteAccount({ userId: person.id, currentPassword: DEMO_PASSWORD })).toEqual({ ok: false, reason: "grantRecords" });
      expect(userByEmail(person.email).id).toBe(person.id);
      expect(db().select().from(grantMeetingAttendees).where(eq(grantMeetingAttendees.userId, person.id)).all()).toHaveLength(attended);
      expect(db().select().from(grantDeclarations).where(eq(grantDeclarations.userId, person.id)).all()).toHaveLength(declared);
    }
  });

  it("refuses a wrong password", async () => {
    const { id } = await freshUser();
    expect(await deleteAccount({ userId: id, currentPassword: "feil-passord-123" })).toEqual({ ok: false, reason: "wrongPassword" });
    expect(db().select({ id: users.id }).from(users).where(eq(users.id, id)).get()).toBeDefined();
  });

  it("refuses the last owner of a pending organisation that has other members", async () => {
    const owner = await freshUser();
    const editor = await freshUser();
    const { organisationId } = registerOrganisation({
      account: { userId: owner.id },
      organisation: { name: `Ventende lag ${owner.id}`, sector: "residents_group", orgNumber: null, areaIds: [], themeIds: [] },
    });
    db().insert(memberships).values({ userId: editor.id, organisationId, role: "editor", status: "active" }).run();
    expect(await deleteAccount({ userId: owner.id, currentPassword: DEMO_PASSWORD })).toMatchObject({ ok: false, reason: "lastOwner" });
    // The editor is not an owner and may leave.
    expect(await deleteAccount({ userId: editor.id, currentPassword: DEMO_PASSWORD })).toEqual({ ok: true });
  });

  it("lets the sole owner of a pending organisation with no other members delete; the organisation and its history stay", async () => {
    const email = `slett-meg-${Date.now()}@example.test`;
    const { userId, organisationId } = registerOrganisation({
      account: { name: "Slett Meg", email, passwordHash: await hashPassword(DEMO_PASSWORD) },
      organisation: { name: "Beboergruppa som ga seg", sector: "residents_group", orgNumber: null, areaIds: [], themeIds: [] },
    });
    await logIn(userId);
    await logIn(userId);
    createToken("email_change", { userId, email: "annen@example.test" });

    expect(await deleteAccount({ userId, currentPassword: DEMO_PASSWORD })).toEqual({ ok: true });

    expect(db().select().from(users).where(eq(users.id, userId)).get()).toBeUndefined();
    expect(sessionIds(userId)).toEqual([]);
    expect(db().select().from(memberships).where(eq(memberships.userId, userId)).all()).toEqual([]);
    expect(db().select().from(oneTimeTokens).where(eq(oneTimeTokens.userId, userId)).all()).toEqual([]);
    const org = db().select().from(organisations).where(eq(organisations.id, organisationId)).get();
    expect(org).toMatchObject({ name: "Beboergruppa som ga seg", status: "pending", registeredByUserId: null });

    const deleted = db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "user.deleted"), eq(auditEvents.entityId, userId)))
      .get();
    expect(deleted).toMatchObject({ actorUserId: null, entityType: "user" });
    expect(JSON.stringify(deleted)).not.toContain(email);
    const history = db()
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, "organisation"), eq(auditEvents.entityId, organisationId)))
      .all()
      .map((a) => a.action);
    expect(history).toEqual(expect.arrayContaining(["organisation.registered", "membership.ended"]));
  });

  it("keeps the updates and participation requests a deleted editor wrote, without their name", async () => {
    const lars = userByEmail("lars.lekser@laget.test");
    const leksehjelpa = db().select({ id: organisations.id }).from(organisations).where(eq(organisations.name, "Leksehjelpa Romsås")).get()!;
    const anUpdate = db().select({ id: updates.id }).from(updates).where(eq(updates.organisationId, leksehjelpa.id)).get()!;
    db().update(updates).set({ authorUserId: lars.id }).where(eq(updates.id, anUpdate.id)).run();
    const aParticipation = db().select({ id: participations.id }).from(participations).where(eq(participations.organisationId, leksehjelpa.id)).get()!;
    db().update(participations).set({ requestedByUserId: lars.id }).where(eq(participations.id, aParticipation.id)).run();

    expect(ownershipBlockers(lars.id)).toEqual([]);
    expect(await deleteAccount({ userId: lars.id, currentPassword: DEMO_PASSWORD })).toEqual({ ok: true });

    expect(db().select({ author: updates.authorUserId }).from(updates).where(eq(updates.id, anUpdate.id)).get()).toEqual({ author: null });
    expect(db().select({ by: participations.requestedByUserId }).from(participations).where(eq(participations.id, aParticipation.id)).get()).toEqual({ by: null });
    expect(db().select({ status: organisations.status }).from(organisations).where(eq(organisations.id, leksehjelpa.id)).get()).toEqual({ status: "approved" });
    // The owner is still there.
    expect(ownershipBlockers(userByEmail("partner@laget.test").id).map((o) => o.name)).toEqual(["Leksehjelpa Romsås"]);
  });

  it("lets an owner leave when another owner remains", async () => {
    const a = await freshUser();
    const b = await freshUser();
    const { organisationId } = registerOrganisation({
      account: { userId: a.id },
      organisation: { name: `To eiere ${a.id}`, sector: "residents_group", orgNumber: null, areaIds: [], themeIds: [] },
    });
    db().update(organisations).set({ status: "approved" }).where(eq(organisations.id, organisationId)).run();
    db().insert(memberships).values({ userId: b.id, organisationId, role: "owner", status: "active" }).run();
    expect(ownershipBlockers(a.id)).toEqual([]);
    expect(await deleteAccount({ userId: a.id, currentPassword: DEMO_PASSWORD })).toEqual({ ok: true });
    expect(ownershipBlockers(b.id).map((o) => o.name)).toEqual([`To eiere ${a.id}`]);
  });

  it("refuses the only administrator", async () => {
    const admin = userByEmail("admin@laget.test");
    expect(await deleteAccount({ userId: admin.id, currentPassword: DEMO_PASSWORD })).toEqual({ ok: false, reason: "lastAdmin" });
  });
});

describe("downloading one's own data", () => {
  it("holds the person's profile, memberships, sessions, notifications, updates and actions — and no secrets", async () => {
    const partner = userByEmail("partner@laget.test");
    const sessionId = await logIn(partner.id);
    const token = createToken("email_change", { userId: partner.id, email: "hemmelig-ny@example.test" });
    db()
      .insert(notifications)
      .values({ userId: partner.id, kind: "membership_requested", params: { organisation: "Leksehjelpa Romsås", person: "Ola Annenperson" }, link: "/min-side" })
      .run();
    changeName(partner.id, "Per Partner");

    const exported = exportAccountData(partner.id, "none")!;
    expect(exported.profile).toMatchObject({ name: "Per Partner", email: "partner@laget.test", role: "none" });
    expect(exported.memberships).toEqual([expect.objectContaining({ organisation: "Leksehjelpa Romsås", role: "owner", status: "active" })]);
    expect(exported.sessions.length).toBeGreaterThanOrEqual(1);
    expect(Object.keys(exported.sessions[0]!).sort()).toEqual(["createdAt", "lastSeenAt", "userAgent"]);
    expect(exported.notifications).toContainEqual(expect.objectContaining({ kind: "membership_requested", params: { organisation: "Leksehjelpa Romsås" } }));
    expect(exported.auditEvents.map((e) => e.action)).toContain("user.name_changed");

    const text = JSON.stringify(exported);
    expect(text).not.toContain(partner.passwordHash);
    expect(text).not.toContain("argon2");
    expect(text).not.toMatch(/passwordHash|tokenHash/);
    expect(text).not.toContain(sessionId);
    expect(text).not.toContain(token);
    expect(text).not.toContain(hashToken(token));
    expect(text).not.toContain("Ola Annenperson");
  });

  it("lists the updates a person wrote with the tiltak and organisation names", async () => {
    const viktor = userByEmail("viktor.vel@laget.test");
    const one = db().select({ id: updates.id, title: updates.title }).from(updates).limit(1).get()!;
    db().update(updates).set({ authorUserId: viktor.id }).where(eq(updates.id, one.id)).run();
    const exported = exportAccountData(viktor.id, "none")!;
    expect(exported.updates).toContainEqual(expect.objectContaining({ title: one.title, hidden: false }));
    expect(exported.updates[0]).toHaveProperty("initiative");
    expect(exported.updates[0]).toHaveProperty("organisation");
  });
});
