/**
 * Hostile input against the scheme administrator's forms (/koordinator/tilskudd…, issue 20): a new
 * scheme; a scheme's rules, group and rounds; a round's release and letters; an application's check,
 * request for more, recommendation, payment and report decision — signed in as Levekårsløftet's
 * coordinator, who administers Storhaug's scheme; and the same forms sent by Groruddalen's
 * coordinator and by a partner, who must be refused. See app/testing/hostile-actions.server.ts for
 * what every answer must satisfy.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, seedDemoData } from "../../db/seed";
import { getDb } from "../utils/db.server";
import { getRequest, loadBuiltApp, sessionCookieFor } from "./built-app.server";
import { checkActionAgainstHostileInput, type HostileTarget } from "./hostile-actions.server";

const SCHEME = "/koordinator/tilskudd/naermiljotilskudd-storhaug";
let submitted: number;
let decided: number;

beforeAll(async () => {
  await seedDemoData(getDb());
  const id = (title: string) => (getDb().$client.prepare("select id from grant_applications where title = ?").get(title) as { id: number }).id;
  submitted = id("Ryddeaksjon og vårfest i Emmaus");
  decided = id("Bokbytte i Badedammen");
});

const administrator = () => sessionCookieFor("stavanger-koordinator@laget.test");
const otherCoordinator = () => sessionCookieFor(DEMO_ACCOUNTS.coordinator);
const partner = () => sessionCookieFor(DEMO_ACCOUNTS.partner);
const SCHEME_FIELDS = ["programmeId", "name", "description", "criteria", "areaIds", "sectors", "allowsPrivatePersons", "maxAmount", "ownSharePercent", "quorum", "appealBody", "reportDueDays", "isContinuous", "decisionWithinDays"];
const SCHEME_PAGE_FIELDS = [...SCHEME_FIELDS, "email", "role", "userId", "opensOn", "deadlineOn", "deadlineTime", "plannedDecisionDate", "budget"];
const ROUND_FIELDS = ["name", "opensOn", "deadlineOn", "deadlineTime", "plannedDecisionDate", "budget"];
const APPLICATION_FIELDS = ["isComplete", "message", "until", "recommendation", "amount", "text", "paidOn", "feedback"];
const APPLICATION_INTENTS = ["complete", "more", "recommend", "payment", "approve", "askMore"];

const targets = (): HostileTarget[] => [
  { path: "/koordinator/tilskudd/ny", cookie: administrator, extraFields: SCHEME_FIELDS, extraIntents: ["create"] },
  { path: SCHEME, cookie: administrator, extraFields: SCHEME_PAGE_FIELDS, extraIntents: ["save", "addMember", "removeMember", "createRound"] },
  { path: `${SCHEME}/varrunden-2027`, cookie: administrator, extraIntents: ["release", "sendLetters"] },
  { path: `${SCHEME}/varrunden-2027/endre`, cookie: administrator, extraFields: ROUND_FIELDS },
  { path: `${SCHEME}/varrunden-2027/endre`, page: null, cookie: otherCoordinator, extraFields: ROUND_FIELDS },
  { path: `${SCHEME}/varrunden-2026`, cookie: administrator, extraIntents: ["release", "sendLetters"] },
  { path: `${SCHEME}/varrunden-2027/${submitted}`, cookie: administrator, extraFields: APPLICATION_FIELDS, extraIntents: APPLICATION_INTENTS },
  { path: `${SCHEME}/varrunden-2026/${decided}`, cookie: administrator, extraFields: APPLICATION_FIELDS, extraIntents: APPLICATION_INTENTS },
  // Made-up schemes, rounds and applications: 404, never a 500.
  { path: "/koordinator/tilskudd/finnes-ikke", page: null, cookie: administrator, extraFields: SCHEME_PAGE_FIELDS, extraIntents: ["save", "addMember"] },
  { path: `${SCHEME}/varrunden-2027/999999999`, page: null, cookie: administrator, extraFields: APPLICATION_FIELDS, extraIntents: APPLICATION_INTENTS },
  // Another programme's coordinator and a partner: refused whatever the form says.
  { path: SCHEME, page: null, cookie: otherCoordinator, extraFields: SCHEME_PAGE_FIELDS, extraIntents: ["save", "addMember", "removeMember", "createRound"] },
  { path: `${SCHEME}/varrunden-2027/${submitted}`, page: null, cookie: otherCoordinator, extraFields: APPLICATION_FIELDS, extraIntents: APPLICATION_INTENTS },
  { path: "/koordinator/tilskudd/ny", page: null, cookie: partner, extraFields: SCHEME_FIELDS, extraIntents: ["create"] },
  { path: `${SCHEME}/varrunden-2026`, page: null, cookie: partner, extraIntents: ["release", "sendLetters"] },
];

describe("the scheme administrator's forms under hostile input", () => {
  // The list needs the seeded ids, so the tests are numbered and look their target up when they run.
  for (let i = 0; i < 12; i++) {
    it(`grants admin action #${i + 1}`, async () => {
      const target = targets()[i]!;
      if (target.page === undefined) {
        // The form's own page is there for its administrator (so the forms posted are the real ones).
        const app = await loadBuiltApp();
        expect((await app(getRequest(target.path, { cookie: await target.cookie?.() }))).status, target.path).toBe(200);
      }
      const { fields } = await checkActionAgainstHostileInput(target);
      expect(fields.length + (target.extraIntents?.length ?? 0)).toBeGreaterThan(0);
    }, 120_000);
  }
});
