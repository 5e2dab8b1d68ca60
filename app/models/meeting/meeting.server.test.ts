/** Meetings (issue 22): the coordinator's changes, series, what the public and partners see. */
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents, meetingOrganisations, meetings, organisations, programmes } from "../../../db/schema";
import { actorFor, expectProblem, seedForCoordination } from "~/testing/coordination-fixture.server";
import { getDb } from "~/utils/db.server";
import { osloLocalToInstant } from "~/validation/grants";
import { seriesDates, seriesSchema, meetingSchema, type MeetingInput } from "~/validation/meetings";
import { addMeetingOrganisation, cancelMeeting, closeMeeting, createMeeting, getMeetingForCoordinator, linkMeetingInitiative, listProgrammeMeetings, moveMeeting, updateMeeting } from "./meeting.server";
import { askToCoHost, coHostChoices, listPartnerMeetings } from "./partner.server";
import { getMeetingPage, listFeedMeetings, listPublicMeetings, nextMeetingsInArea, resolveMeetingFilters } from "./public.server";
import { createSeries } from "./series.server";

let f: Awaited<ReturnType<typeof seedForCoordination>>;
let storhaug = 0;
let levekarsloftet = 0;
const byId = (id: number) => getDb().select().from(meetings).where(eq(meetings.id, id)).get()!;
const auditsOf = (action: string, entityId: number) => getDb().select().from(auditEvents).where(and(eq(auditEvents.action, action), eq(auditEvents.entityId, entityId))).all();

function input(over: Partial<MeetingInput> = {}): MeetingInput {
  return {
    programmeId: f.groruddalen,
    areaId: f.romsas,
    kind: "open_meeting",
    title: "Åpent møte om parken",
    description: "",
    placeName: "Romsås bydelshus",
    address: "",
    digitalUrl: "",
    isPublic: true,
    stepFree: true,
    interpreter: false,
    languages: "",
    startsAt: osloLocalToInstant("2030-05-02", "18:00"),
    endsAt: osloLocalToInstant("2030-05-02", "20:00"),
    ...over,
  };
}

beforeAll(async () => {
  f = await seedForCoordination();
  const db = getDb();
  levekarsloftet = db.select({ id: programmes.id }).from(programmes).where(eq(programmes.slug, "levekarsloftet")).get()!.id;
  storhaug = resolveMeetingFilters(new URL("http://x/moter?omrade=storhaug")).area!.id;
});

describe("a meeting", () => {
  it("is created in the coordinator's programme with an address from its title and date, audited", () => {
    const { id, slug } = createMeeting(f.grorud, input());
    expect(slug).toBe("apent-mote-om-parken-2030-05-02");
    expect(byId(id)).toMatchObject({ sequence: 0, isPublic: true, stepFree: true });
    expect(auditsOf("meeting.created", id)).toHaveLength(1);
    // The same title on the same day gets the next free address.
    expect(createMeeting(f.grorud, input()).slug).toBe("apent-mote-om-parken-2030-05-02-2");
  });

  it("is refused in another programme (forbidden) and in an area outside the programme (invalid)", () => {
    expectProblem(() => createMeeting(f.stavanger, input()), "forbidden");
    expectProblem(() => createMeeting(f.grorud, input({ areaId: storhaug })), "areaOutsideProgramme");
  });

  it("bumps its iCal sequence with each change, and once cancelled it keeps its row and takes no more changes", () => {
    const { id, slug } = createMeeting(f.grorud, input({ title: "Endres" }));
    updateMeeting(f.grorud, id, input({ title: "Endret" }));
    moveMeeting(f.grorud, id, { startsAt: osloLocalToInstant("2030-05-09", "18:00"), endsAt: osloLocalToInstant("2030-05-09", "20:00"), notice: "Flyttet en uke." });
    expect(byId(id)).toMatchObject({ sequence: 2, title: "Endret", movedNotice: "Flyttet en uke." });
    expectProblem(() => cancelMeeting(f.stavanger, id, "Nei"), "forbidden");
    cancelMeeting(f.grorud, id, "Avlyst på grunn av snøstorm.");
    expect(byId(id)).toMatchObject({ sequence: 3, cancelNotice: "Avlyst på grunn av snøstorm." });
    expect(byId(id).cancelledAt).not.toBeNull();
    expectProblem(() => cancelMeeting(f.grorud, id, "Igjen"), "cancelled");
    expectProblem(() => updateMeeting(f.grorud, id, input()), "cancelled");
    expect(auditsOf("meeting.cancelled", id)).toHaveLength(1);
    // Still in the calendar, as cancelled.
    const feed = listFeedMeetings({ area: null, programme: null });
    expect(feed.find((m) => m.slug === slug)?.cancelledAt).not.toBeNull();
  });

  it("takes organisations of its programme only, and tiltak of its programme only", () => {
    const { id } = createMeeting(f.grorud, input({ title: "Med partnere" }));
    const leksehjelpa = getDb().select({ id: organisations.id }).from(organisations).where(eq(organisations.name, "Leksehjelpa Romsås")).get()!.id;
    const navStavanger = getDb().select({ id: organisations.id }).from(organisations).where(eq(organisations.name, "NAV Stavanger")).get()!.id;
    addMeetingOrganisation(f.grorud, id, leksehjelpa);
    expectProblem(() => addMeetingOrganisation(f.grorud, id, navStavanger), "organisationOutsideProgramme");
    const page = getMeetingForCoordinator(f.grorud, byId(id).slug);
    expect(page.organisations.map((o) => o.name)).toEqual(["Leksehjelpa Romsås"]);
    const otherInitiative = getMeetingForCoordinator(f.stavanger, "levekarsloftet-pa-hjul-pa-lervig-2027-01-12").initiativeChoices[0];
    if (otherInitiative) expectProblem(() => linkMeetingInitiative(f.grorud, id, otherInitiative.id), "initiativeOutsideProgramme");
    expectProblem(() => getMeetingForCoordinator(f.stavanger, byId(id).slug), "forbidden");
    expectProblem(() => getMeetingForCoordinator(f.grorud, "finnes-ikke"), "notFound");
  });
});

describe("closing a meeting", () => {
  it("records attendees as a number, the organisations present and a summary, once the meeting has begun", () => {
    const future = createMeeting(f.grorud, input({ title: "Ikke ennå" }));
    expectProblem(() => closeMeeting(f.grorud, future.id, { attendeeCount: 3, present: [], summary: "x" }), "notStarted");
    const held = createMeeting(f.grorud, input({ title: "Holdt", startsAt: osloLocalToInstant("2024-05-02", "18:00"), endsAt: osloLocalToInstant("2024-05-02", "20:00") }));
    const leksehjelpa = getDb().select({ id: organisations.id }).from(organisations).where(eq(organisations.name, "Leksehjelpa Romsås")).get()!.id;
    addMeetingOrganisation(f.grorud, held.id, leksehjelpa);
    expectProblem(() => closeMeeting(f.stavanger, held.id, { attendeeCount: 3, present: [], summary: "x" }), "forbidden");
    expectProblem(() => closeMeeting(f.grorud, held.id, { attendeeCount: 3, present: [leksehjelpa + 100000], summary: "x" }), "notTakingPart");
    closeMeeting(f.grorud, held.id, { attendeeCount: 27, present: [leksehjelpa], summary: "Ønsker flere benker." });
    expect(byId(held.id)).toMatchObject({ attendeeCount: 27, summary: "Ønsker flere benker.", closedByUserId: f.grorud.id });
    expect(getDb().select().from(meetingOrganisations).where(eq(meetingOrganisations.meetingId, held.id)).get()?.present).toBe(true);
    expectProblem(() => closeMeeting(f.grorud, held.id, { attendeeCount: 1, present: [], summary: "igjen" }), "closed");
    expect(auditsOf("meeting.closed", held.id)).toHaveLength(1);
  });
});

describe("a series", () => {
  it("makes one meeting per date, every second Tuesday, at the same Oslo time through the change to summer time", () => {
    const value = seriesSchema.parse({
      programmeId: String(levekarsloftet), areaId: String(storhaug), kind: "caravan_stop", title: "Vogna på prøve", placeName: "Parken",
      weekday: "2", everyWeeks: "2", fromDate: "2031-03-01", untilDate: "2031-04-30", startTime: "16.00", endTime: "19:00", isPublic: "on",
    });
    expect(seriesDates(value)).toEqual(["2031-03-04", "2031-03-18", "2031-04-01", "2031-04-15", "2031-04-29"]);
    expectProblem(() => createSeries(f.grorud, value), "forbidden");
    const created = createSeries(f.stavanger, value);
    expect(created.occurrences).toBe(5);
    const rows = getDb().select().from(meetings).where(eq(meetings.seriesId, created.seriesId)).all();
    // 16:00 in Oslo: 15:00 UTC in winter time, 14:00 UTC in summer time (from 30 March 2031).
    expect(rows.map((r) => r.startsAt.toISOString().slice(11, 16))).toEqual(["15:00", "15:00", "14:00", "14:00", "14:00"]);
    expect(auditsOf("meeting_series.created", created.seriesId)).toHaveLength(1);
  });

  it("refuses an end before the start, a series of more than 53 and a year out of range", () => {
    const base = { programmeId: "1", areaId: "1", kind: "caravan_stop", title: "X", placeName: "P", weekday: "2", everyWeeks: "1", startTime: "16:00", endTime: "19:00" };
    const errors = (v: object) => seriesSchema.safeParse(v).error?.issues.map((i) => i.message);
    expect(errors({ ...base, fromDate: "2031-03-01", untilDate: "2031-02-01" })).toEqual(["untilAfterFrom"]);
    expect(errors({ ...base, fromDate: "2031-01-01", untilDate: "2032-12-31" })).toEqual(["seriesTooLong"]);
    expect(errors({ ...base, fromDate: "1999-01-01", untilDate: "2031-02-01" })).toEqual(["isoDate"]);
    expect(meetingSchema.safeParse({ ...base, kind: "open_meeting", date: "2031-01-01", startTime: "19:00", endTime: "18:00" }).error?.issues.map((i) => i.message)).toEqual(["endAfterStart"]);
  });
});

describe("what the public and partners see", () => {
  it("the public calendar shows public meetings only, by area (with the areas below it) and programme", () => {
    const all = listPublicMeetings({ area: null, programme: null });
    expect([...all.upcoming, ...all.past].every((m) => !m.slug.startsWith("samarbeidsmote"))).toBe(true);
    const inStorhaug = listPublicMeetings(resolveMeetingFilters(new URL("http://x/moter?omrade=storhaug")));
    expect(inStorhaug.upcoming.some((m) => m.areaSlug === "lervig")).toBe(true);
    expect(inStorhaug.upcoming.every((m) => ["storhaug", "lervig", "emmaus", "badedammen", "bergeland"].includes(m.areaSlug))).toBe(true);
    expect(nextMeetingsInArea("lervig").every((m) => m.areaSlug === "lervig")).toBe(true);
    expectProblem(() => resolveMeetingFilters(new URL("http://x/moter?omrade=finnes-ikke")), "notFound");
  });

  it("an internal meeting opens only for its coordinators and the organisations taking part", () => {
    const slug = "samarbeidsmote-for-partnerne-pa-romsas-2027-01-20";
    expectProblem(() => getMeetingPage(slug, null), "notFound");
    expectProblem(() => getMeetingPage(slug, f.stavanger), "notFound");
    expect(getMeetingPage(slug, f.grorud).title).toContain("Samarbeidsmøte");
    const partner = actorFor("partner@laget.test");
    expect(getMeetingPage(slug, partner).isPublic).toBe(false);
    expect(listPartnerMeetings(partner).map((m) => m.slug)).toContain(slug);
  });

  it("a partner asks to co-host a public meeting once; the coordinator confirms it", () => {
    const partner = actorFor("partner@laget.test");
    const organisationId = partner.memberships[0]!.organisationId;
    const { id } = createMeeting(f.grorud, input({ title: "Medarrangør søkes" }));
    expect(coHostChoices(partner).some((c) => c.id === id)).toBe(true);
    expectProblem(() => askToCoHost(partner, id, organisationId + 100000), "forbidden");
    askToCoHost(partner, id, organisationId);
    expectProblem(() => askToCoHost(partner, id, organisationId), "alreadyTakingPart");
    const row = () => getDb().select().from(meetingOrganisations).where(and(eq(meetingOrganisations.meetingId, id), eq(meetingOrganisations.organisationId, organisationId))).get();
    expect(row()?.status).toBe("pending");
    addMeetingOrganisation(f.grorud, id, organisationId);
    expect(row()?.status).toBe("confirmed");
    const internal = createMeeting(f.grorud, input({ title: "Internt", isPublic: false }));
    expectProblem(() => askToCoHost(partner, internal.id, organisationId), "notFound");
  });

  it("the coordinator's list splits upcoming and past", () => {
    const past = listProgrammeMeetings(f.groruddalen, "past");
    expect(past.some((m) => m.slug === "apent-mote-om-romsas-senter-2026-10-15" && m.closedAt !== null)).toBe(true);
  });
});
