/** The demo's grants (db/seed-grants.ts), read back through the grant models as the pages will. */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { grantMeetings, organisations } from "./schema";
import { seedDemoData } from "./seed";
import { DEMO_GROUP_MEMBER } from "./seed-grants";
import { hasOverdueReport } from "~/models/grant/application.server";
import { getRoundMinutes } from "~/models/grant/decision.server";
import { getPublicScheme } from "~/models/grant/public.server";
import { getGroupRound } from "~/models/grant/round.server";
import { listGroupSchemes, listOpenSchemes } from "~/models/grant/scheme.server";
import { actorFor } from "~/testing/coordination-fixture.server";
import { getDb } from "~/utils/db.server";

beforeAll(async () => {
  await seedDemoData(getDb(), { passwordHash: "unused" });
});

describe("the demo's grants", () => {
  it("puts bydelsgruppe@laget.test in Storhaug's bydelsgruppe, with the decided round to read", () => {
    const member = actorFor(DEMO_GROUP_MEMBER);
    const schemes = listGroupSchemes(member.id);
    expect(schemes.map((s) => s.slug)).toEqual(["naermiljotilskudd-storhaug"]);
    expect(schemes[0]!.rounds.map((r) => r.slug)).toEqual(["hostrunden-2026", "varrunden-2026"]);
    const round = getGroupRound(member, schemes[0]!.rounds[1]!.id);
    expect(round.applications).toHaveLength(4);
    expect(round.applications.every((a) => a.assessment !== null)).toBe(true);
  });

  it("has a decided round with a grant, a partial grant, a rejection and a member who stepped aside", () => {
    const page = getPublicScheme("naermiljotilskudd-storhaug")!;
    expect(page.grants.map((g) => [g.title, g.outcome]).sort()).toEqual([
      ["Bokbytte i Badedammen", "granted"],
      ["Kajakkdag for alle i Lervig", "granted"],
      ["Nabolagsfest i Emmaus", "partly_granted"],
    ]);
    expect(page.grants.find((g) => g.title === "Bokbytte i Badedammen")).toMatchObject({ privatePerson: true, organisationName: null });
    expect(JSON.stringify(page)).not.toMatch(/Ida Ildsjel|Kaffekurs/);
    const meeting = getDb().select().from(grantMeetings).get()!;
    const minutes = getRoundMinutes(actorFor(DEMO_GROUP_MEMBER), meeting.roundId).meetings.find((m) => m.id === meeting.id)!;
    expect(minutes.items.map((i) => i.outcome)).toEqual(["granted", "partly_granted", "rejected", "granted"]);
    expect(minutes.items.find((i) => i.title === "Nabolagsfest i Emmaus")?.steppedAside.map((s) => s.name)).toEqual(["Emil Emmaus"]);
  });

  it("has one report received and one overdue", () => {
    const org = (name: string) => getDb().select({ id: organisations.id }).from(organisations).where(eq(organisations.name, name)).get()!.id;
    expect(hasOverdueReport({ organisationId: org("Emmaus Nabolagsforening") }, "2026-09-01")).toBe(true);
    expect(hasOverdueReport({ organisationId: org("Lervig Kajakklubb") }, "2026-09-01")).toBe(false);
  });

  it("has Storhaug's spring round 2027 and Oslo's bomiljøtilskudd (50 % own share) open in December 2026", () => {
    const open = listOpenSchemes(Date.parse("2026-12-07T12:00:00Z"));
    expect(open.map((o) => o.roundSlug).sort()).toEqual(["bomiljotilskudd-2027", "varrunden-2027"]);
    expect(open.find((o) => o.slug === "bomiljotilskudd-groruddalen")).toMatchObject({ ownSharePercent: 50, allowsPrivatePersons: false, programmeName: "Groruddalssatsingen" });
    expect(open.find((o) => o.slug === "naermiljotilskudd-storhaug")?.deadlineAt?.toISOString()).toBe("2027-03-15T11:00:00.000Z");
  });
});
