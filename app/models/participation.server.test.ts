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
} from "../../db/schema";
import { reportParticipations, suggestInitiatives, suggestPartners } from "./coordination-insight.server";
import { createInitiative, findInitiativeForCoordinator, initiativeHistory } from "./initiative/management.server";
import { decideParticipation, endParticipation, inviteToInitiative } from "./participation.server";
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
  it("suggests the Romsås business first, invites it once, and the request/decline/end rules hold", () => {
    const slug = createInitiative(grorud, jobTiltak("Praksis Romsås forslag"));
    const tiltak = findInitiativeForCoordinator(slug)!;
    const suggestions = suggestPartners(tiltak.id, { sector: null, areaId: null });
    expect(suggestions.items[0]?.name).toBe("Nærbutikken Romsås");
    expect(suggestions.items[0]?.reasons).toEqual(expect.arrayContaining(["area", "theme", "offer:work_placements", "soughtSector"]));
    expect(suggestPartners(tiltak.id, { sector: "voluntary", areaId: null }).items.every((s) => s.sector === "voluntary")).toBe(true);

    const shop = suggestions.items[0]!;
    expect(inviteToInitiative(grorud, { initiativeId: tiltak.id, organisationId: shop.id, role: "partner", message: "Bli med!" })).toBe("invited");
    // A second press of the button finds the invitation open: nothing more is written or sent.
    const invitationsSent = () =>
      getDb().select().from(notifications).where(eq(notifications.kind, "invitation_received")).all().filter((n) => n.params.initiative === tiltak.title).length;
    const sent = invitationsSent();
    expect(inviteToInitiative(grorud, { initiativeId: tiltak.id, organisationId: shop.id, role: "partner", message: "" })).toBe("alreadyInvited");
    expect(invitationsSent()).toBe(sent);
    expect(getDb().select().from(participations).where(and(eq(participations.initiativeId, tiltak.id), eq(participations.organisationId, shop.id))).all()).toHaveLength(1);
    expectProblem(() => inviteToInitiative(stavanger, { initiativeId: tiltak.id, organisationId: shop.id, role: "partner", message: "" }), "forbidden");
    expect(suggestPartners(tiltak.id, { sector: null, areaId: null }).items.some((s) => s.id === shop.id)).toBe(false);
    expect(getDb().select().from(notifications).where(eq(notifications.kind, "invitation_received")).all().some((n) => n.params.initiative === tiltak.title)).toBe(true);

    // A join request from another organisation, approved with a message; one declined.
    const db = getDb();
    const [a, b] = suggestPartners(tiltak.id, { sector: null, areaId: null }).items;
    const req = (orgId: number) => db.insert(participations).values({ initiativeId: tiltak.id, organisationId: orgId, role: "partner", status: "requested" }).returning({ id: participations.id }).get().id;
    const ra = req(a!.id);
    const rb = req(b!.id);
    // An organisation that asked to join is not invited on top of its request.
    expectProblem(() => inviteToInitiative(grorud, { initiativeId: tiltak.id, organisationId: a!.id, role: "partner", message: "" }), "alreadyOpen");
    decideParticipation(grorud, { initiativeId: tiltak.id, participationId: ra, approve: true, message: "Velkommen" });
    decideParticipation(grorud, { initiativeId: tiltak.id, participationId: rb, approve: false, message: "Ikke nå" });
    expect(db.select().from(participations).where(eq(participations.id, ra)).get()).toMatchObject({ status: "active", decisionMessage: "Velkommen", decidedByUserId: grorud.id });
    expect(db.select().from(participations).where(eq(participations.id, rb)).get()?.status).toBe("declined");
    expectProblem(() => decideParticipation(grorud, { initiativeId: tiltak.id, participationId: ra, approve: true, message: "" }), "notOpen");
    endParticipation(grorud, { initiativeId: tiltak.id, participationId: ra });
    expect(db.select().from(participations).where(eq(participations.id, ra)).get()).toMatchObject({ status: "ended" });
    expect(initiativeHistory(tiltak.id).map((h) => h.action)).toEqual(
      expect.arrayContaining(["participation.invited", "participation.approved", "participation.declined", "participation.ended"]),
    );
    // The reverse view offers tiltak the shop is not in yet.
    expect(suggestInitiatives(shop.id, [groruddalen]).some((t) => t.slug === slug)).toBe(false);
    expect(reportParticipations({ programmeId: groruddalen, areaId: null, sector: null }).some((p) => p.initiativeSlug === slug && p.status === "invited")).toBe(true);
  });
});
