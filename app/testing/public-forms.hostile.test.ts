/**
 * Hostile input against the forms anyone can reach without signing in (sign-in, registration, password
 * reset, invitations, e-mail confirmation, feedback, language, sign-out, the read-only open-data API).
 * See app/testing/hostile-actions.server.ts for what every answer must satisfy.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../db/seed";
import { getDb } from "../utils/db.server";
import { checkActionAgainstHostileInput, type HostileTarget } from "./hostile-actions.server";

beforeAll(async () => {
  await seedDemoData(getDb());
});

const TARGETS: HostileTarget[] = [
  { path: "/logg-inn" },
  { path: "/registrer" },
  { path: "/glemt-passord" },
  { path: "/tilgjengelighet" },
  // Tokens that were never issued: the pages refuse them, and so must the actions.
  { path: "/tilbakestill-passord/ukjent-token", page: null, extraFields: ["password", "passwordConfirm"] },
  { path: "/invitasjon/ukjent-token", page: null, extraFields: ["name", "password", "email"] },
  { path: "/konto/epost/ukjent-token", page: null, extraFields: ["token"] },
  { path: "/sprak", page: "/", extraFields: ["lang", "tilbake"] },
  { path: "/logg-ut", page: null, extraFields: ["tilbake"] },
  { path: "/api/v1/initiatives", page: null, extraFields: ["title", "id"] },
  { path: "/api/v1/organisations", page: null, extraFields: ["name", "id"] },
  { path: "/api/v1/participations", page: null, extraFields: ["role", "id"] },
];

describe("public forms under hostile input", () => {
  for (const target of TARGETS) {
    it(`POST ${target.path}`, async () => {
      const { fields, statuses } = await checkActionAgainstHostileInput(target);
      expect(fields.length).toBeGreaterThan(0);
      expect([...statuses.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    }, 60_000);
  }
});
