/**
 * Hostile input against the bydelsgruppe's forms (/bydelsgruppe/:round, issue 20): the declaration,
 * the meeting, the decision and the reconsideration of an appeal — signed in as the group's chair
 * (bydelsgruppe@laget.test) on the undecided autumn round and on the spring round with its appeal,
 * as the scheme's administrator, as a plain member (Emil Emmaus, who may declare but not record),
 * and as a partner outside the group, who must be refused. See app/testing/hostile-actions.server.ts
 * for what every answer must satisfy.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, seedDemoData } from "../../db/seed";
import { getDb } from "../utils/db.server";
import { getRequest, loadBuiltApp, sessionCookieFor } from "./built-app.server";
import { checkActionAgainstHostileInput, type HostileTarget } from "./hostile-actions.server";

let autumn: number;
let spring: number;

beforeAll(async () => {
  await seedDemoData(getDb());
  const id = (slug: string) => (getDb().$client.prepare("select id from grant_rounds where slug = ?").get(slug) as { id: number }).id;
  autumn = id("hostrunden-2026");
  spring = id("varrunden-2026");
});

const chair = () => sessionCookieFor("bydelsgruppe@laget.test");
const administrator = () => sessionCookieFor("stavanger-koordinator@laget.test");
const member = () => sessionCookieFor("emil.emmaus@laget.test");
const partner = () => sessionCookieFor(DEMO_ACCOUNTS.partner);
const FIELDS = ["applicationId", "meetingId", "appealId", "conflict", "reason", "heldOn", "place", "present", "outcome", "amount", "conditions", "note", "newOutcome"];
const INTENTS = ["declare", "meeting", "decide", "appeal"];

const targets = (): HostileTarget[] => [
  { path: `/bydelsgruppe/${autumn}`, cookie: chair, extraFields: FIELDS, extraIntents: INTENTS },
  { path: `/bydelsgruppe/${spring}`, cookie: chair, extraFields: FIELDS, extraIntents: INTENTS },
  { path: `/bydelsgruppe/${autumn}`, cookie: administrator, extraFields: FIELDS, extraIntents: INTENTS },
  // A plain member: declaring is theirs, the meeting and the decisions are refused (403).
  { path: `/bydelsgruppe/${autumn}`, cookie: member, extraFields: FIELDS, extraIntents: INTENTS },
  // A made-up round: 404, never a 500.
  { path: "/bydelsgruppe/999999999", page: null, cookie: chair, extraFields: FIELDS, extraIntents: INTENTS },
  // Outside the group: refused whatever the form says.
  { path: `/bydelsgruppe/${autumn}`, page: null, cookie: partner, extraFields: FIELDS, extraIntents: INTENTS },
];

describe("the bydelsgruppe's forms under hostile input", () => {
  // The list needs the seeded ids, so the tests are numbered and look their target up when they run.
  for (let i = 0; i < 6; i++) {
    it(`group action #${i + 1}`, async () => {
      const target = targets()[i]!;
      if (target.page === undefined) {
        // The form's own page is there for the person (so the forms posted are the real ones).
        const app = await loadBuiltApp();
        expect((await app(getRequest(target.path, { cookie: await target.cookie?.() }))).status, target.path).toBe(200);
      }
      const { fields } = await checkActionAgainstHostileInput(target);
      expect(fields.length).toBeGreaterThan(0);
    }, 120_000);
  }
});
