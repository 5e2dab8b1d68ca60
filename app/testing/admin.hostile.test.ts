/**
 * Hostile input against the administration pages (users and roles, areas, programmes), signed in as
 * the demo administrator; and the same forms sent by a coordinator, who must be refused. See
 * app/testing/hostile-actions.server.ts for what every answer must satisfy.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, seedDemoData } from "../../db/seed";
import { getDb } from "../utils/db.server";
import { sessionCookieFor } from "./built-app.server";
import { checkActionAgainstHostileInput, type HostileTarget } from "./hostile-actions.server";

beforeAll(async () => {
  await seedDemoData(getDb());
});

const admin = () => sessionCookieFor(DEMO_ACCOUNTS.admin);
const coordinator = () => sessionCookieFor(DEMO_ACCOUNTS.coordinator);
const USER_FIELDS = ["userId", "role", "programmeId"];
const AREA_FIELDS = ["areaId"];
const PROGRAMME_FIELDS = ["programmeId", "subprogrammeId", "direction", "areaIds", "name", "slug", "description"];
const PROGRAMME_INTENTS = ["saveProgramme", "addSubprogramme", "saveSubprogramme", "moveSubprogramme", "removeSubprogramme", "saveProgrammeAreas"];

const TARGETS: HostileTarget[] = [
  { path: "/admin/brukere", cookie: admin, extraFields: USER_FIELDS, extraIntents: ["assign", "changeRole", "unassign"] },
  { path: "/admin/brukere/2", cookie: admin, extraFields: USER_FIELDS, extraIntents: ["assign", "changeRole", "unassign"] },
  { path: "/admin/omrader", cookie: admin, extraFields: AREA_FIELDS, extraIntents: ["saveArea", "deleteArea"] },
  { path: "/admin/omrader/romsas", cookie: admin, extraFields: AREA_FIELDS, extraIntents: ["saveArea", "deleteArea"] },
  { path: "/admin/satsinger", cookie: admin, extraFields: PROGRAMME_FIELDS, extraIntents: PROGRAMME_INTENTS },
  { path: "/admin/satsinger/groruddalssatsingen", cookie: admin, extraFields: PROGRAMME_FIELDS, extraIntents: PROGRAMME_INTENTS },
  { path: "/admin/brukere", page: null, cookie: coordinator, extraFields: USER_FIELDS, extraIntents: ["changeRole"] },
  { path: "/admin/satsinger", page: null, cookie: coordinator, extraFields: PROGRAMME_FIELDS, extraIntents: PROGRAMME_INTENTS },
  { path: "/admin/satsinger/groruddalssatsingen", page: null, cookie: coordinator, extraFields: PROGRAMME_FIELDS, extraIntents: PROGRAMME_INTENTS },
];

describe("admin forms under hostile input", () => {
  for (const [i, target] of TARGETS.entries()) {
    it(`POST ${target.path} #${i + 1}`, async () => {
      const { fields } = await checkActionAgainstHostileInput(target);
      expect(fields.length).toBeGreaterThan(0);
    }, 90_000);
  }
});
