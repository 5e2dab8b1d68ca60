/**
 * The administrators' sign-in settings (table `settings`), and the key the sign-in state cookie is
 * sealed with. One row per key; a key not stored has its default.
 */
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { settings } from "../../../db/schema";
import { audit } from "~/services/audit.server";
import type { Actor } from "~/services/permissions";
import { getDb } from "~/utils/db.server";
import { RefusalError } from "~/utils/refusal.server";

const REQUIRE_SSO_FOR_STAFF = "auth.requireSsoForStaff";
const STATE_KEY = "auth.ssoStateKey";

function read(key: string): unknown {
  return getDb().select({ value: settings.value }).from(settings).where(eq(settings.key, key)).get()?.value;
}

/** Whether an administrator requires staff (admins, coordinators, grant group members) to sign in with SSO. */
export function ssoRequiredForStaffSetting(): boolean {
  return read(REQUIRE_SSO_FOR_STAFF) === true;
}

/**
 * Turns the requirement on or off, audited. Turning it on needs a staff provider configured, or no
 * administrator could sign in afterwards (`noStaffProvider`).
 */
export function setSsoRequiredForStaff(actor: Actor, required: boolean, staffProviderConfigured: boolean): { changed: boolean } {
  if (actor.role !== "admin") throw new RefusalError("forbidden", "forbidden");
  if (required && !staffProviderConfigured) throw new RefusalError("noStaffProvider", "conflict", "required");
  return getDb().transaction(
    (tx) => {
      const before = tx.select({ value: settings.value }).from(settings).where(eq(settings.key, REQUIRE_SSO_FOR_STAFF)).get()?.value === true;
      if (before === required) return { changed: false };
      const at = new Date();
      tx.insert(settings)
        .values({ key: REQUIRE_SSO_FOR_STAFF, value: required, updatedByUserId: actor.id, updatedAt: at })
        .onConflictDoUpdate({ target: settings.key, set: { value: required, updatedByUserId: actor.id, updatedAt: at } })
        .run();
      audit({ actorUserId: actor.id, action: required ? "settings.sso_required_on" : "settings.sso_required_off", entityType: "settings", details: { key: REQUIRE_SSO_FOR_STAFF } }, tx);
      return { changed: true };
    },
    { behavior: "immediate" },
  );
}

let stateKey: Buffer | undefined;

/**
 * The 32-byte key sealing the sign-in state cookie (app/services/oidc.server.ts). Made at first use
 * and kept in the database, so every server process of a cluster, and a restarted one, shares it
 * without one more secret to configure.
 */
export function ssoStateKey(): Buffer {
  if (stateKey) return stateKey;
  const db = getDb();
  db.insert(settings)
    .values({ key: STATE_KEY, value: randomBytes(32).toString("base64"), updatedByUserId: null, updatedAt: new Date() })
    .onConflictDoNothing()
    .run();
  const stored = read(STATE_KEY);
  if (typeof stored !== "string") throw new Error("The sign-in state key could not be read");
  stateKey = Buffer.from(stored, "base64");
  return stateKey;
}
