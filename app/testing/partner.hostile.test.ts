/**
 * Hostile input against the partner side (Min side, profile, tiltak, updates, members, joining an
 * organisation, account and notification settings), signed in as the demo partner; records of other
 * organisations and records that do not exist are targeted on purpose.
 * See app/testing/hostile-actions.server.ts for what every answer must satisfy.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, seedDemoData } from "../../db/seed";
import { getDb } from "../utils/db.server";
import { sessionCookieFor } from "./built-app.server";
import { checkActionAgainstHostileInput, type HostileTarget } from "./hostile-actions.server";

type Row = Record<string, string | number>;
let own: Row;
let other: Row;
let ownUpdate: Row;
let otherUpdate: Row;

beforeAll(async () => {
  await seedDemoData(getDb());
  const raw = getDb().$client;
  own = raw
    .prepare("select o.id, o.slug from organisations o join memberships m on m.organisation_id = o.id join users u on u.id = m.user_id where u.email = ? and m.role = 'owner'")
    .get(DEMO_ACCOUNTS.partner) as Row;
  other = raw.prepare("select id, slug from organisations where id <> ? and status = 'approved' limit 1").get(own.id) as Row;
  ownUpdate = raw.prepare("select id from updates where organisation_id = ? limit 1").get(own.id) as Row;
  otherUpdate = raw.prepare("select id from updates where organisation_id <> ? limit 1").get(own.id) as Row;
});

const UPDATE_FIELDS = ["title", "body", "eventDate", "visibility"];
const partner = () => sessionCookieFor(DEMO_ACCOUNTS.partner);

// Built lazily: the ids come from the seeded database.
const targets = (): HostileTarget[] => [
  { path: "/min-side", cookie: partner, extraFields: ["participationId"] },
  { path: "/min-side/profil", cookie: partner },
  { path: "/min-side/tiltak", cookie: partner },
  { path: "/min-side/oppdateringer", cookie: partner },
  { path: `/min-side/oppdateringer/${ownUpdate.id}`, cookie: partner, extraIntents: ["delete", "save"] },
  // The editing form's fields, named here: a run above may have deleted the partner's own update.
  { path: `/min-side/oppdateringer/${otherUpdate.id}`, page: null, cookie: partner, extraFields: UPDATE_FIELDS, extraIntents: ["delete", "save"] },
  { path: "/min-side/oppdateringer/999999", page: null, cookie: partner, extraFields: UPDATE_FIELDS, extraIntents: ["delete", "save"] },
  { path: "/min-side/oppdateringer/ikke-et-tall", page: null, cookie: partner, extraFields: UPDATE_FIELDS, extraIntents: ["delete", "save"] },
  { path: `/min-side/medlemmer/${own.slug}`, cookie: partner, extraFields: ["membershipId", "userId", "role", "email"], extraIntents: ["approve", "decline", "invite", "remove", "role"] },
  { path: `/min-side/medlemmer/${other.slug}`, page: `/min-side/medlemmer/${own.slug}`, cookie: partner, extraIntents: ["approve", "remove"] },
  { path: `/bli-med/${other.slug}`, cookie: partner, extraFields: ["email", "password", "message"] },
  { path: "/bli-med/finnes-ikke", page: null, cookie: partner, extraFields: ["email", "password", "message"] },
  { path: "/konto", cookie: partner },
  { path: "/varsler", cookie: partner, extraFields: ["notificationId", "id"], extraIntents: ["read", "readAll"] },
  { path: "/varsler/innstillinger", cookie: partner },
];

describe("partner forms under hostile input", () => {
  // The list needs the seeded ids, so the tests are numbered and look their target up when they run.
  for (let i = 0; i < 15; i++) {
    it(`partner action #${i + 1}`, async () => {
      const target = targets()[i]!;
      const { fields, statuses } = await checkActionAgainstHostileInput(target);
      expect(fields.length).toBeGreaterThan(0);
    }, 90_000);
  }
});
