/**
 * Hostile input against the coordinator's workspace (approvals, moderation, partner pages, tiltak:
 * create, edit, participants, proposals), signed in as the demo coordinator; and the same forms sent
 * by a partner, who must be refused. See app/testing/hostile-actions.server.ts for what every answer
 * must satisfy.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, seedDemoData } from "../../db/seed";
import { getDb } from "../utils/db.server";
import { sessionCookieFor } from "./built-app.server";
import { checkActionAgainstHostileInput, type HostileTarget } from "./hostile-actions.server";

let tiltak: string;
let partnerOrg: string;

beforeAll(async () => {
  await seedDemoData(getDb());
  const raw = getDb().$client;
  tiltak = (raw.prepare("select slug from initiatives order by id limit 1").get() as { slug: string }).slug;
  partnerOrg = (raw.prepare("select slug from organisations where status = 'approved' order by id limit 1").get() as { slug: string }).slug;
});

const coordinator = () => sessionCookieFor(DEMO_ACCOUNTS.coordinator);
const partner = () => sessionCookieFor(DEMO_ACCOUNTS.partner);
const TILTAK_FIELDS = ["participationId", "organisationId", "role", "message", "title", "summary", "status"];

const targets = (): HostileTarget[] => [
  { path: "/koordinator/godkjenning", cookie: coordinator, extraFields: ["organisationId", "reason"], extraIntents: ["approve", "reject"] },
  { path: "/koordinator/oppdateringer", cookie: coordinator, extraFields: ["updateId", "reason"], extraIntents: ["hide", "unhide"] },
  { path: `/koordinator/partnere/${partnerOrg}`, cookie: coordinator, extraFields: ["note", "status"] },
  { path: `/koordinator/tiltak/${tiltak}`, cookie: coordinator, extraFields: TILTAK_FIELDS, extraIntents: ["approve", "archive", "decline", "end", "invite", "restore", "save"] },
  { path: `/koordinator/tiltak/${tiltak}/forslag`, cookie: coordinator, extraFields: ["organisationId", "role", "message"], extraIntents: ["invite"] },
  { path: "/koordinator/tiltak/ny", cookie: coordinator },
  { path: "/koordinator/tiltak/finnes-ikke", page: null, cookie: coordinator, extraFields: TILTAK_FIELDS, extraIntents: ["approve", "archive", "invite"] },
  { path: "/koordinator/partnere/finnes-ikke", page: null, cookie: coordinator, extraFields: ["note"] },
  // A partner is not a coordinator: every one of these is refused whatever the form says.
  { path: "/koordinator/godkjenning", page: null, cookie: partner, extraFields: ["organisationId", "reason"], extraIntents: ["approve", "reject"] },
  { path: `/koordinator/tiltak/${tiltak}`, page: null, cookie: partner, extraFields: TILTAK_FIELDS, extraIntents: ["approve", "archive", "invite"] },
  { path: "/koordinator/tiltak/ny", page: null, cookie: partner, extraFields: ["title", "summary", "programmeId", "areaId"], extraIntents: ["save"] },
];

describe("coordinator forms under hostile input", () => {
  // The list needs the seeded slugs, so the tests are numbered and look their target up when they run.
  for (let i = 0; i < 11; i++) {
    it(`coordinator action #${i + 1}`, async () => {
      const target = targets()[i]!;
      const { fields } = await checkActionAgainstHostileInput(target);
      expect(fields.length).toBeGreaterThan(0);
    }, 90_000);
  }
});
