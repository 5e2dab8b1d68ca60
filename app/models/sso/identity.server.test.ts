/**
 * The linking rule (ADR 018) and the staff requirement's setting: a verified address links, an
 * unverified one never does (a new account without roles and without a password), a known identity
 * signs in to its own account whatever its address says now, Entra's xms_edov counts as verified,
 * staff are admins, coordinators and current group members, and the setting is the admins', audited.
 */
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents, grantGroupMembers, grantSchemes, settings, userIdentities, users } from "../../../db/schema";
import { DEMO_ACCOUNTS, seedDemoData } from "../../../db/seed";
import { readOidcProviders } from "~/services/oidc-config.server";
import type { Actor } from "~/services/permissions";
import { verifyPassword } from "~/services/password.server";
import { getDb } from "~/utils/db.server";
import { RefusalError } from "~/utils/refusal.server";
import { exportAccountData } from "~/models/account/data-export.server";
import { hasPassword, isStaffAccount, NO_PASSWORD, placeholderEmail, signInWithIdentity, verifiedEmail } from "./identity.server";
import { setSsoRequiredForStaff, ssoRequiredForStaffSetting, ssoStateKey } from "./settings.server";

beforeAll(async () => {
  await seedDemoData(getDb(), { passwordHash: "unused" });
});

const user = (email: string) => getDb().select().from(users).where(eq(users.email, email)).get()!;
const actorFor = (email: string): Actor => {
  const u = user(email);
  return { id: u.id, role: u.role, name: u.name, email: u.email, programmeIds: [], memberships: [] };
};

describe("signInWithIdentity", () => {
  it("links a first sign-in to the account with the verified address, in any case", () => {
    const kari = user(DEMO_ACCOUNTS.coordinator);
    const result = signInWithIdentity("entra", { sub: "abc", email: "Koordinator@Laget.TEST", email_verified: true }, "10.0.0.1");
    expect(result).toEqual({ userId: kari.id, role: "coordinator", outcome: "linked" });
    const audits = getDb().select({ action: auditEvents.action, details: auditEvents.details }).from(auditEvents).where(eq(auditEvents.entityId, kari.id)).all();
    expect(audits.map((a) => a.action)).toEqual(expect.arrayContaining(["user.identity_linked", "login"]));
    expect(audits.find((a) => a.action === "login")?.details).toMatchObject({ method: "sso", provider: "entra" });
  });

  it("knows the identity the next time, even if the provider's address has changed", () => {
    const kari = user(DEMO_ACCOUNTS.coordinator);
    const result = signInWithIdentity("entra", { sub: "abc", email: "noe-annet@example.test", email_verified: true }, "10.0.0.1");
    expect(result).toEqual({ userId: kari.id, role: "coordinator", outcome: "known" });
    expect(getDb().select().from(userIdentities).where(eq(userIdentities.userId, kari.id)).all()).toHaveLength(1);
  });

  it("never links by an address the provider has not verified: a new account without roles or password", () => {
    const admin = user(DEMO_ACCOUNTS.admin);
    for (const claims of [
      { sub: "u1", email: DEMO_ACCOUNTS.admin, email_verified: false },
      { sub: "u2", email: DEMO_ACCOUNTS.admin },
      { sub: "u3", email: DEMO_ACCOUNTS.admin, email_verified: "true" },
    ]) {
      const result = signInWithIdentity("entra", claims, "10.0.0.2");
      expect(result.outcome).toBe("created");
      expect(result.userId).not.toBe(admin.id);
      const made = getDb().select().from(users).where(eq(users.id, result.userId)).get()!;
      expect(made).toMatchObject({ role: "none", passwordHash: NO_PASSWORD, email: placeholderEmail("entra", claims.sub), emailConfirmed: false });
    }
  });

  it("takes Entra ID's xms_edov as verified", () => {
    expect(verifiedEmail({ sub: "x", email: "a@b.no", xms_edov: true })).toBe("a@b.no");
    expect(verifiedEmail({ sub: "x", email: "a@b.no", xms_edov: false })).toBeNull();
    expect(verifiedEmail({ sub: "x", email: "ikke en adresse", email_verified: true })).toBeNull();
  });

  it("makes an account with a verified address nobody has, named from the claims, and stores no other claim", () => {
    const result = signInWithIdentity("idporten", { sub: "p1", email: "ny@example.test", email_verified: true, given_name: "Nora", family_name: "Nordmann", pid: "01010112345" } as never, "10.0.0.3");
    expect(result.outcome).toBe("created");
    expect(user("ny@example.test")).toMatchObject({ name: "Nora Nordmann", emailConfirmed: true, role: "none" });
    const stored = JSON.stringify(getDb().select().from(userIdentities).where(eq(userIdentities.userId, result.userId)).all());
    expect(stored).not.toContain("01010112345");
    const audited = JSON.stringify(getDb().select().from(auditEvents).where(eq(auditEvents.entityId, result.userId)).all());
    expect(audited).not.toContain("01010112345");
  });

  it("keeps one account per provider and subject: the same sub at another provider is another person", () => {
    const a = signInWithIdentity("entra", { sub: "same" }, "10.0.0.4");
    const b = signInWithIdentity("idporten", { sub: "same" }, "10.0.0.4");
    expect(a.userId).not.toBe(b.userId);
    expect(signInWithIdentity("entra", { sub: "same" }, "10.0.0.4")).toMatchObject({ userId: a.userId, outcome: "known" });
  });

  it("puts the login services, not their subjects, in the person's data export", () => {
    const kari = user(DEMO_ACCOUNTS.coordinator);
    const exported = exportAccountData(kari.id, "coordinator")!;
    expect(exported.loginServices).toEqual([{ provider: "entra", linkedAt: expect.any(String), lastUsedAt: expect.any(String) }]);
    expect(JSON.stringify(exported)).not.toContain('"abc"');
  });

  it("leaves an account without a password that no password verifies against", async () => {
    expect(hasPassword(NO_PASSWORD)).toBe(false);
    expect(await verifyPassword(NO_PASSWORD, NO_PASSWORD)).toBe(false);
  });
});

describe("isStaffAccount", () => {
  it("is true for admins, coordinators and current grant group members, false for partners and former members", () => {
    expect(isStaffAccount(user(DEMO_ACCOUNTS.admin).id)).toBe(true);
    expect(isStaffAccount(user(DEMO_ACCOUNTS.coordinator).id)).toBe(true);
    const partner = user(DEMO_ACCOUNTS.partner);
    expect(isStaffAccount(partner.id)).toBe(false);
    const scheme = getDb().select({ id: grantSchemes.id }).from(grantSchemes).limit(1).get()!;
    getDb().insert(grantGroupMembers).values({ schemeId: scheme.id, userId: partner.id }).run();
    expect(isStaffAccount(partner.id)).toBe(true);
    getDb().update(grantGroupMembers).set({ endedAt: new Date() }).where(and(eq(grantGroupMembers.userId, partner.id), eq(grantGroupMembers.schemeId, scheme.id))).run();
    expect(isStaffAccount(partner.id)).toBe(false);
  });
});

describe("the SSO requirement setting", () => {
  it("is off until an administrator turns it on, audited, and only with a staff provider", () => {
    expect(ssoRequiredForStaffSetting()).toBe(false);
    const admin = actorFor(DEMO_ACCOUNTS.admin);
    expect(() => setSsoRequiredForStaff(admin, true, false)).toThrow(RefusalError);
    expect(ssoRequiredForStaffSetting()).toBe(false);
    expect(() => setSsoRequiredForStaff(actorFor(DEMO_ACCOUNTS.coordinator), true, true)).toThrow(RefusalError);
    expect(setSsoRequiredForStaff(admin, true, true)).toEqual({ changed: true });
    expect(ssoRequiredForStaffSetting()).toBe(true);
    expect(setSsoRequiredForStaff(admin, true, true)).toEqual({ changed: false });
    expect(setSsoRequiredForStaff(admin, false, false)).toEqual({ changed: true });
    const actions = getDb().select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityType, "settings")).all().map((r) => r.action);
    expect(actions).toEqual(["settings.sso_required_on", "settings.sso_required_off"]);
  });

  it("keeps one sealing key for the state cookie, made once", () => {
    const key = ssoStateKey();
    expect(key).toHaveLength(32);
    expect(getDb().select().from(settings).where(eq(settings.key, "auth.ssoStateKey")).all()).toHaveLength(1);
  });
});

describe("readOidcProviders", () => {
  const base = { OIDC_ENTRA_ISSUER: "https://login.microsoftonline.com/tenant/v2.0", OIDC_ENTRA_CLIENT_ID: "id", OIDC_ENTRA_CLIENT_SECRET: "s", OIDC_ENTRA_DISPLAY_NAME: "Oslo kommune" };

  it("reads any number of providers, with the redirect URI from PUBLIC_URL", () => {
    const providers = readOidcProviders(
      { ...base, OIDC_IDPORTEN_ISSUER: "https://idporten.no", OIDC_IDPORTEN_CLIENT_ID: "x", OIDC_IDPORTEN_DISPLAY_NAME: "ID-porten", OIDC_IDPORTEN_STAFF: "false" },
      "https://laget.oslo.kommune.no",
    );
    expect(providers.map((p) => [p.name, p.staff, p.redirectUri, p.clientSecret, p.local])).toEqual([
      ["entra", true, "https://laget.oslo.kommune.no/logg-inn/sso/entra/callback", "s", false],
      ["idporten", false, "https://laget.oslo.kommune.no/logg-inn/sso/idporten/callback", null, false],
    ]);
  });

  it("is empty without configuration", () => {
    expect(readOidcProviders({ PATH: "/usr/bin" }, "http://localhost:3000")).toEqual([]);
  });

  it("refuses plain http except on this machine, missing fields and unknown variables, naming each", () => {
    expect(readOidcProviders({ ...base, OIDC_ENTRA_ISSUER: "http://127.0.0.1:3299" }, "http://x")[0]?.local).toBe(true);
    const attempt = () =>
      readOidcProviders({ ...base, OIDC_ENTRA_ISSUER: "http://login.example.no", OIDC_IDP_ISSUER: "https://idp.no", OIDC_ENTRA_CLIENTID: "typo" }, "http://x");
    expect(attempt).toThrow(/OIDC_ENTRA_ISSUER: must be https/);
    expect(attempt).toThrow(/OIDC_IDP_CLIENT_ID: is required/);
    expect(attempt).toThrow(/OIDC_IDP_DISPLAY_NAME/);
    expect(attempt).toThrow(/OIDC_ENTRA_CLIENTID: not a known variable/);
  });
});
