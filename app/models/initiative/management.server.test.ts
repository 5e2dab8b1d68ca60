import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  areas,
  auditEvents,
  initiatives,
  notifications,
  organisationAreas,
  organisationOffers,
  organisations,
  participations,
  programmes,
  subprogrammes,
  updates,
  users,
} from "../../../db/schema";
import { RefusalError } from "~/utils/refusal.server";
import { checkInitiativeChoices, createInitiative, findInitiativeForCoordinator, initiativeFormOptions, initiativeHistory, updateInitiative } from "./management.server";
import type { Actor } from "~/services/permissions";
import { getDb } from "~/utils/db.server";
import { expectProblem, jobTiltakInput, seedForCoordination } from "~/testing/coordination-fixture.server";

let grorud: Actor; // koordinator@laget.test: Groruddalssatsingen
let stavanger: Actor; // Levekårsløftet only
let admin: Actor;
let groruddalen = 0;
let sysselsetting = 0;
let romsas = 0;

beforeAll(async () => {
  ({ grorud, stavanger, admin, groruddalen, sysselsetting, romsas } = await seedForCoordination());
});

const jobTiltak = (title: string) => jobTiltakInput({ groruddalen, sysselsetting, romsas }, title);

describe("tiltak and participations", () => {
  it("creates a tiltak with a unique slug, audits a status change and shows it in the history", () => {
    const slug = createInitiative(grorud, jobTiltak("Jobbsjanse Romsås test"));
    expect(createInitiative(grorud, jobTiltak("Jobbsjanse Romsås test"))).toBe(`${slug}-2`);
    const tiltak = findInitiativeForCoordinator(slug)!;
    expect(tiltak.soughtOffers).toEqual(["work_placements"]);
    expect(() => createInitiative(stavanger, jobTiltak("Ikke mitt"))).toThrow(RefusalError);
    updateInitiative(grorud, tiltak.id, { ...jobTiltak("Jobbsjanse Romsås test"), status: "ongoing" });
    const history = initiativeHistory(tiltak.id);
    expect(history.find((h) => h.action === "initiative.status_changed")?.details).toEqual({ from: "planned", to: "ongoing" });
    expectProblem(() => updateInitiative(stavanger, tiltak.id, { ...jobTiltak("x"), status: "completed" }), "forbidden");
  });
});

describe("the lead of a tiltak", () => {
  const approvedIn = (programmeSlug: string) =>
    getDb().$client
      .prepare(
        `SELECT o.id FROM organisations o JOIN organisation_areas oa ON oa.organisation_id = o.id JOIN programme_areas pa ON pa.area_id = oa.area_id
         JOIN programmes p ON p.id = pa.programme_id WHERE p.slug = ? AND o.status = 'approved' ORDER BY o.id LIMIT 1`,
      )
      .get(programmeSlug) as { id: number };

  it("is refused when it is another programme's organisation, as the form never offers it", () => {
    const stavangerOrg = approvedIn("levekarsloftet").id;
    const offered = initiativeFormOptions(grorud).organisations.map((o) => o.id);
    expect(offered).not.toContain(stavangerOrg);
    expect(checkInitiativeChoices(grorud, { ...jobTiltak("Lead fra Stavanger"), leadOrganisationId: stavangerOrg })).toEqual({ leadOrganisationId: ["invalidChoice"] });
  });

  it("is accepted when the form offers it, and the current lead stays allowed", () => {
    const own = approvedIn("groruddalssatsingen").id;
    expect(initiativeFormOptions(grorud).organisations.map((o) => o.id)).toContain(own);
    expect(checkInitiativeChoices(grorud, { ...jobTiltak("Lead fra Groruddalen"), leadOrganisationId: own })).toEqual({});
    const stavangerOrg = approvedIn("levekarsloftet").id;
    expect(checkInitiativeChoices(grorud, { ...jobTiltak("Beholder lead"), leadOrganisationId: stavangerOrg }, stavangerOrg)).toEqual({});
  });
});
