/**
 * A tiltak past its end date (the last day, in Norway) has ended whatever its stored status says:
 * every list and page shows it as completed, the status filter agrees, it takes no join requests,
 * and its coordinators see it on the dashboard to close or extend. The dates are set relative to
 * today, so the test means the same on any day.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { initiatives, organisations, programmes, users } from "../../../db/schema";
import { seedDemoData } from "../../../db/seed";
import { todayInNorway } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { getAreaOverview } from "../area.server";
import { getDashboard, reportInitiatives } from "../coordination-insight.server";
import { listProgrammeInitiatives } from "./management.server";
import { getPublicInitiative, listFilterOptions, listPublicInitiatives, parseInitiativeFilters, resolveInitiativeFilters } from "./public.server";
import { getPublicOrganisationProfile } from "../organisation.server";
import { listJoinableInitiatives, ParticipationRuleError, requestParticipation } from "../participation.server";

const SLUG = "jobbsjansen-grorud";
const db = () => getDb();
const dayBefore = (iso: string) => new Date(Date.parse(`${iso}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

function setEndDate(endDate: string) {
  db().update(initiatives).set({ status: "ongoing", startDate: "2020-01-01", endDate }).where(eq(initiatives.slug, SLUG)).run();
}
const tiltak = () => db().select().from(initiatives).where(eq(initiatives.slug, SLUG)).get()!;
const userId = (email: string) => db().select({ id: users.id }).from(users).where(eq(users.email, email)).get()!.id;
const orgId = (name: string) => db().select({ id: organisations.id }).from(organisations).where(eq(organisations.name, name)).get()!.id;
const groruddalen = () => db().select({ id: programmes.id }).from(programmes).where(eq(programmes.slug, "groruddalssatsingen")).get()!.id;

function listed(query: string) {
  const filters = resolveInitiativeFilters(parseInitiativeFilters(new URL(`http://x/tiltak?${query}`)), listFilterOptions());
  return listPublicInitiatives(filters, 1, 500).items;
}

beforeAll(async () => {
  await seedDemoData(db(), { passwordHash: "unused" });
});

describe("a tiltak past its end date", () => {
  it("is still running on its last day", () => {
    setEndDate(todayInNorway());
    expect(getPublicInitiative(SLUG)?.status).toBe("ongoing");
    expect(listed("status=ongoing").map((i) => i.slug)).toContain(SLUG);
    expect(listJoinableInitiatives(orgId("Leksehjelpa Romsås"), "").map((i) => i.slug)).toContain(SLUG);
    expect(getDashboard(groruddalen(), null, []).periodOver.map((p) => p.slug)).not.toContain(SLUG);
  });

  it("shows as completed everywhere from the day after, and the status filter agrees", () => {
    const yesterday = dayBefore(todayInNorway());
    setEndDate(yesterday);
    expect(tiltak().status).toBe("ongoing");
    expect(getPublicInitiative(SLUG)?.status).toBe("completed");
    expect(listed("").find((i) => i.slug === SLUG)?.status).toBe("completed");
    expect(listed("status=ongoing").map((i) => i.slug)).not.toContain(SLUG);
    expect(listed("status=completed").map((i) => i.slug)).toContain(SLUG);
    const leadSlug = db().select({ slug: organisations.slug }).from(organisations).where(eq(organisations.id, tiltak().leadOrganisationId!)).get()!.slug;
    expect(getPublicOrganisationProfile(leadSlug)!.initiatives.find((i) => i.slug === SLUG)?.status).toBe("completed");
    const area = getAreaOverview("grorud")!;
    expect(area.tiltakGroups.flatMap((g) => g.initiatives).find((i) => i.slug === SLUG)?.status).toBe("completed");
    const coordinatorRow = listProgrammeInitiatives(groruddalen(), false).find((i) => i.slug === SLUG)!;
    expect(coordinatorRow).toMatchObject({ status: "completed", periodOver: true });
    expect(reportInitiatives({ programmeId: groruddalen(), areaId: null }).find((i) => i.slug === SLUG)?.status).toBe("completed");
  });

  it("takes no join request: not offered, and refused on the server", () => {
    setEndDate(dayBefore(todayInNorway()));
    const org = orgId("Leksehjelpa Romsås");
    expect(listJoinableInitiatives(org, "").map((i) => i.slug)).not.toContain(SLUG);
    const attempt = () => requestParticipation({ actorUserId: userId("partner@laget.test"), organisationId: org, initiativeId: tiltak().id, role: "partner", message: "" });
    expect(attempt).toThrow(ParticipationRuleError);
    expect(attempt).toThrow("ended");
  });

  it("is on its programme's dashboard to close or extend, until a coordinator completes it", () => {
    const yesterday = dayBefore(todayInNorway());
    setEndDate(yesterday);
    expect(getDashboard(groruddalen(), null, []).periodOver).toContainEqual({ slug: SLUG, title: tiltak().title, endDate: yesterday });
    db().update(initiatives).set({ status: "completed" }).where(eq(initiatives.slug, SLUG)).run();
    expect(getDashboard(groruddalen(), null, []).periodOver.map((p) => p.slug)).not.toContain(SLUG);
  });
});
