/**
 * A grant scheme to test against, on the demo data: Levekårsløftet's coordinator administers a
 * Storhaug scheme (voluntary organisations and residents' groups, private persons allowed, at most
 * kr 40 000, 20 % own share, report 60 days after the activity), with a group of four, an open round
 * and three applicants of their own — an approved voluntary organisation, a pending one and a
 * private person. One call per test file, in its beforeAll; `names` keeps each call's rows apart.
 */
import { eq } from "drizzle-orm";
import { areas, memberships, organisations, programmes, users } from "../../db/schema";
import { createDraft, submitApplication } from "~/models/grant/application.server";
import { declare } from "~/models/grant/assessment.server";
import { openMeeting, recordDecision, sendDecisionLetters } from "~/models/grant/decision.server";
import { addGroupMember, createRound, createScheme, releaseRound } from "~/models/grant/scheme.server";
import { getDb } from "~/utils/db.server";
import { advanceClock, now, todayInNorway } from "~/utils/clock.server";
import type { ApplicationDraftInput } from "~/validation/grants";
import { actorFor, seedForCoordination } from "./coordination-fixture.server";

const DAY = 86_400_000;

function person(email: string, name: string): number {
  return getDb().insert(users).values({ email, name, passwordHash: "unused" }).returning({ id: users.id }).get().id;
}

function organisation(name: string, sector: "voluntary" | "business" | "residents_group", status: "approved" | "pending", ownerId: number, orgNumber: string | null): number {
  const db = getDb();
  const id = db
    .insert(organisations)
    .values({ slug: name.toLowerCase().replace(/[^a-z0-9]+/g, "-"), name, sector, status, orgNumber })
    .returning({ id: organisations.id })
    .get().id;
  db.insert(memberships).values({ userId: ownerId, organisationId: id, role: "owner", status: "active" }).run();
  return id;
}

export async function seedGrantScheme() {
  const base = await seedForCoordination();
  const db = getDb();
  const areaId = (slug: string) => db.select({ id: areas.id }).from(areas).where(eq(areas.slug, slug)).get()!.id;
  const levekarsloftet = db.select({ id: programmes.id }).from(programmes).where(eq(programmes.slug, "levekarsloftet")).get()!.id;
  const ids = {
    storhaug: areaId("storhaug"),
    lervig: areaId("lervig"),
    hillevag: areaId("hillevag"),
    romsas: areaId("romsas"),
    levekarsloftet,
  };

  const members = ["anne", "bjorn", "cecilie", "dag"].map((n) => person(`${n}.gruppe@laget.test`, `${n[0]!.toUpperCase()}${n.slice(1)} Gruppe`));
  const ownerId = person("eier.velforening@laget.test", "Eva Eier");
  const pendingOwnerId = person("eier.ny@laget.test", "Nils Ny");
  person("ildsjel@laget.test", "Ine Ildsjel");
  const velforening = organisation("Lervig velforening test", "voluntary", "approved", ownerId, "910000012");
  const pending = organisation("Ny forening test", "voluntary", "pending", pendingOwnerId, "910000020");
  const business = organisation("Lervig kiosk test", "business", "approved", ownerId, "910000039");

  const admin = base.stavanger;
  const scheme = createScheme(admin, {
    programmeId: levekarsloftet,
    name: "Nærmiljøtilskudd test",
    description: "Tilskudd til møteplasser.",
    criteria: "Åpent for alle.",
    areaIds: [ids.storhaug],
    sectors: ["voluntary", "residents_group"],
    allowsPrivatePersons: true,
    maxAmount: 4_000_000,
    ownSharePercent: 20,
    quorum: null,
    appealBody: "Klagenemnda i Stavanger kommune",
    reportDueDays: 60,
    isContinuous: false,
    decisionWithinDays: null,
  });
  for (const userId of members) {
    const email = db.select({ email: users.email }).from(users).where(eq(users.id, userId)).get()!.email;
    addGroupMember(admin, scheme.id, { email, role: "member" });
  }
  const round = createRound(admin, scheme.id, {
    name: "Høst test",
    opensAt: now() - 10 * DAY,
    deadlineAt: now() + 10 * DAY,
    plannedDecisionDate: null,
    budgetOre: 10_000_000,
  });

  return {
    ...base,
    ids,
    scheme,
    round,
    schemeAdmin: admin,
    members: members.map((id) => ({ id, actor: () => actorFor(db.select({ email: users.email }).from(users).where(eq(users.id, id)).get()!.email) })),
    applicant: () => actorFor("eier.velforening@laget.test"),
    pendingApplicant: () => actorFor("eier.ny@laget.test"),
    privatePerson: () => actorFor("ildsjel@laget.test"),
    organisations: { velforening, pending, business },
  };
}

/** A complete application within the scheme's rules: kr 12 500 of a kr 20 000 budget, kr 5 000 own share (25 %), in Lervig. */
export function completeDraft(ids: { lervig: number }, title = "Sommerfest i Lervig"): ApplicationDraftInput {
  return {
    title,
    description: "En fest for alle i nabolaget.",
    targetGroup: "Beboere i Lervig",
    expectedParticipants: 150,
    startDate: "2027-06-20",
    endDate: "2027-06-20",
    areaId: ids.lervig,
    amountApplied: 1_250_000,
    ownShare: 500_000,
    contactName: "Eva Eier",
    contactEmail: "eva@example.org",
    contactPhone: "",
    initiativeId: null,
    budgetLines: [
      { description: "Leie av telt", amountOre: 1_000_000 },
      { description: "Mat", amountOre: 750_000 },
      { description: "Musikk", amountOre: 250_000 },
    ],
  };
}

type Fixture = Awaited<ReturnType<typeof seedGrantScheme>>;

/**
 * Takes the fixture's round from submission to letters sent: one application per given decision
 * (the first member steps aside from the first application), decided in a meeting of all members.
 * Moves the clock past the deadline. Returns the applications' ids in the order given.
 */
export function decideRound(
  f: Fixture,
  decisions: { title: string; privatePerson?: boolean; outcome: "granted" | "partly_granted" | "rejected"; amountOre?: number; reason?: string }[],
): number[] {
  const ids = decisions.map((d) =>
    d.privatePerson
      ? createDraft(f.privatePerson(), f.round.id, { kind: "private_person" }, completeDraft(f.ids, d.title))
      : createDraft(f.applicant(), f.round.id, { kind: "organisation", organisationId: f.organisations.velforening }, completeDraft(f.ids, d.title)),
  );
  ids.forEach((id, i) => submitApplication(decisions[i]!.privatePerson ? f.privatePerson() : f.applicant(), id));
  advanceClock(11 * DAY);
  releaseRound(f.schemeAdmin, f.round.id);
  f.members.forEach((m, mi) =>
    ids.forEach((id, ai) => declare(m.actor(), id, mi === 0 && ai === 0 ? { hasConflict: true, reason: "Styremedlem" } : { hasConflict: false, reason: null })),
  );
  const meetingId = openMeeting(f.schemeAdmin, f.round.id, { heldOn: todayInNorway(), place: "Elefant", present: f.members.map((m) => m.id) });
  decisions.forEach((d, i) =>
    recordDecision(f.schemeAdmin, { applicationId: ids[i]!, meetingId, outcome: d.outcome, amountOre: d.amountOre ?? null, reason: d.reason ?? (d.outcome === "granted" ? "" : "Begrunnelse"), conditions: "" }),
  );
  sendDecisionLetters(f.schemeAdmin, f.round.id);
  return ids;
}
