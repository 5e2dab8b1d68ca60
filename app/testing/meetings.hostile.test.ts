/**
 * Hostile input against the meeting forms (issue 22): the coordinator's new meeting, new series and
 * a meeting's page (edit, cancel, move, organisations, tiltak), signed in as the demo coordinator;
 * the same for another programme's meeting (Levekårsløftet's, refused 403) and an unknown one (404);
 * and Min side's co-host request as the demo partner. Dates out of range, huge text, unknown ids:
 * nothing changes, a Norwegian message, never a 500. See app/testing/hostile-actions.server.ts.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, seedDemoData } from "../../db/seed";
import { getDb } from "../utils/db.server";
import { sessionCookieFor } from "./built-app.server";
import { checkActionAgainstHostileInput, type HostileTarget } from "./hostile-actions.server";

beforeAll(async () => {
  await seedDemoData(getDb());
});

const coordinator = () => sessionCookieFor(DEMO_ACCOUNTS.coordinator);
const partner = () => sessionCookieFor(DEMO_ACCOUNTS.partner);
const MEETING = "/koordinator/moter/apent-mote-om-aktiviteter-for-ungdom-pa-romsas-2027-02-04";
const MEETING_FIELDS = ["programmeId", "areaId", "kind", "title", "date", "startTime", "endTime", "placeName", "notice", "organisationId", "initiativeId", "attendeeCount", "present", "summary"];
const INTENTS = ["save", "cancel", "move", "close", "addOrganisation", "removeOrganisation", "linkInitiative", "unlinkInitiative"];

const targets = (): HostileTarget[] => [
  { path: "/koordinator/moter/ny", cookie: coordinator },
  { path: "/koordinator/moter/serie", cookie: coordinator, extraFields: ["weekday", "everyWeeks", "fromDate", "untilDate"] },
  { path: MEETING, cookie: coordinator, extraFields: MEETING_FIELDS, extraIntents: INTENTS },
  // Another programme's meeting, and one that does not exist: refused whatever the form says.
  { path: "/koordinator/moter/levekarsloftet-pa-hjul-pa-lervig-2027-03-09", page: null, cookie: coordinator, extraFields: MEETING_FIELDS, extraIntents: INTENTS },
  { path: "/koordinator/moter/finnes-ikke", page: null, cookie: coordinator, extraFields: MEETING_FIELDS, extraIntents: INTENTS },
  { path: "/min-side/moter", cookie: partner, extraFields: ["meetingId"] },
  // A partner is not a coordinator.
  { path: MEETING, page: null, cookie: partner, extraFields: MEETING_FIELDS, extraIntents: INTENTS },
];

describe("meeting forms under hostile input", () => {
  for (let i = 0; i < 7; i++) {
    it(`meeting action #${i + 1}`, async () => {
      const target = targets()[i]!;
      const { fields } = await checkActionAgainstHostileInput(target);
      expect(fields.length).toBeGreaterThan(0);
    }, 120_000);
  }
});
