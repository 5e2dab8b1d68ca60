/**
 * The demo's meetings and stops (issue 22), inserted by db/seed.ts after the others:
 *
 * - Levekårsløftet på hjul's spring 2027 series in Storhaug's living-condition zones: Lervig and
 *   Emmaus every second Tuesday from 12 January, Badedammen every second Tuesday from 19 January,
 *   through June; the Lervig stop in the winter break (23 February) is cancelled with a notice.
 * - Office days at the nærmiljøkontor on Storhaug, every Wednesday from November 2026 to June 2027.
 * - Open meetings in Romsås and Grorud (Groruddalssatsingen): held ones in the autumn of 2026, closed
 *   with the number of attendees and a summary, and coming ones in 2027; and an internal partners'
 *   meeting on Romsås that Leksehjelpa Romsås (the demo partner's organisation) takes part in.
 *
 * Everything is looked up by slug or name, so this depends on nothing of db/seed.ts but those.
 * Deterministic: fixed dates, no randomness.
 */
import { and, eq, inArray } from "drizzle-orm";
import { osloLocalToInstant } from "../app/validation/grants";
import { seriesDates } from "../app/validation/meetings";
import type { MeetingKind } from "../app/validation/enums";
import type { Db } from "./connection";
import { areas, initiatives, meetingInitiatives, meetingOrganisations, meetingSeries, meetings, organisations, programmes } from "./schema";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export type MeetingSeedContext = { coordinatorId: (programmeSlug: string) => number };
export type MeetingSeedSummary = { meetings: number; meetingSeries: number };

type Common = {
  programme: string;
  area: string;
  kind: MeetingKind;
  title: string;
  description: string;
  placeName: string;
  address: string;
  startTime: string;
  endTime: string;
  isPublic?: boolean;
  stepFree?: boolean;
  interpreter?: boolean;
  languages?: string;
  organisations?: string[];
  initiatives?: string[];
};
type SeriesSeed = Common & { weekday: number; everyWeeks: number; fromDate: string; untilDate: string; cancelled?: Record<string, string> };
type MeetingSeed = Common & { date: string; slug: string; closed?: { attendees: number; summary: string; present: string[] } };

const CARAVAN = {
  programme: "levekarsloftet",
  kind: "caravan_stop" as const,
  description:
    "Levekårsløftet på hjul er en campingvogn som er gjort om til et mobilt idéverksted. Kom innom med ideer til nabolaget, still spørsmål om Levekårsløftet eller bare ta en kaffe. Du trenger ikke melde deg på.",
  stepFree: true,
  languages: "engelsk, arabisk, tigrinja",
  organisations: ["Stavanger kommune – Levekårsløftet"],
};

const SERIES: SeriesSeed[] = [
  {
    ...CARAVAN,
    area: "lervig",
    title: "Levekårsløftet på hjul på Lervig",
    placeName: "Lervigsparken, ved lekeplassen",
    address: "Lervigsveien, 4014 Stavanger",
    weekday: 2,
    everyWeeks: 2,
    fromDate: "2027-01-12",
    untilDate: "2027-06-15",
    startTime: "16:00",
    endTime: "19:00",
    organisations: ["Stavanger kommune – Levekårsløftet", "NAV Stavanger"],
    cancelled: { "2027-02-23": "Vogna står inne i vinterferien. Neste stopp på Lervig er tirsdag 9. mars." },
  },
  {
    ...CARAVAN,
    area: "emmaus",
    title: "Levekårsløftet på hjul på Emmaus",
    placeName: "Plassen ved Emmaus-kirken",
    address: "Nylundsgata, 4014 Stavanger",
    weekday: 2,
    everyWeeks: 2,
    fromDate: "2027-01-12",
    untilDate: "2027-06-15",
    startTime: "11:00",
    endTime: "14:00",
  },
  {
    ...CARAVAN,
    area: "badedammen",
    title: "Levekårsløftet på hjul ved Badedammen",
    placeName: "Badedammen, ved ballbingen",
    address: "Kvaleberggata, 4016 Stavanger",
    weekday: 2,
    everyWeeks: 2,
    fromDate: "2027-01-19",
    untilDate: "2027-06-22",
    startTime: "16:00",
    endTime: "19:00",
  },
  {
    programme: "levekarsloftet",
    area: "storhaug",
    kind: "office_day",
    title: "Kontordag på nærmiljøkontoret på Storhaug",
    description: "Nærmiljøkontoret er åpent for alle som vil snakke med Levekårsløftet: ideer, spørsmål om nærmiljøtilskudd, eller hjelp til å starte noe i nabolaget.",
    placeName: "Nærmiljøkontoret på Storhaug",
    address: "Haugesundsgata 4, 4014 Stavanger",
    weekday: 3,
    everyWeeks: 1,
    fromDate: "2026-11-04",
    untilDate: "2027-06-30",
    startTime: "10:00",
    endTime: "14:00",
    stepFree: true,
    organisations: ["Stavanger kommune – Levekårsløftet"],
  },
];

const MEETINGS: MeetingSeed[] = [
  {
    slug: "apent-mote-om-romsas-senter-2026-10-15",
    programme: "groruddalssatsingen",
    area: "romsas",
    kind: "open_meeting",
    title: "Åpent møte om Romsås senter",
    description: "Hvordan skal parken og plassen ved Romsås senter bli? Kom og si hva du mener før planene tegnes.",
    placeName: "Romsås bydelshus",
    address: "Romsåsveien 3, 0960 Oslo",
    date: "2026-10-15",
    startTime: "18:00",
    endTime: "20:00",
    stepFree: true,
    interpreter: true,
    languages: "urdu, somali",
    organisations: ["Romsås Vestre Vel", "Bydel Grorud"],
    initiatives: ["oppgradering-av-romsas-senter-parken"],
    closed: {
      attendees: 46,
      present: ["Romsås Vestre Vel", "Bydel Grorud"],
      summary: "Mange ønsket bedre belysning på stiene og flere benker i parken. Flere tok opp at det mangler et sted for ungdom om kvelden. Forslagene tas med i arbeidet med parken.",
    },
  },
  {
    slug: "apent-mote-pa-grorud-2026-11-12",
    programme: "groruddalssatsingen",
    area: "grorud",
    kind: "open_meeting",
    title: "Åpent møte: Grorud torg som møteplass",
    description: "Områdeløftet på Grorud inviterer til møte om torget og hva det kan brukes til.",
    placeName: "Deichman Grorud",
    address: "Ammerudveien 22, 0958 Oslo",
    date: "2026-11-12",
    startTime: "18:00",
    endTime: "20:00",
    stepFree: true,
    organisations: ["Deichman Grorud", "Grorud Kulturverksted"],
    initiatives: ["grorud-torg-som-moteplass"],
    closed: {
      attendees: 31,
      present: ["Deichman Grorud", "Grorud Kulturverksted"],
      summary: "Torget brukes lite om vinteren. Forslag: marked en lørdag i måneden, overdekning og lys, og aktiviteter for barn i helgene.",
    },
  },
  {
    slug: "apent-mote-om-aktiviteter-for-ungdom-pa-romsas-2027-02-04",
    programme: "groruddalssatsingen",
    area: "romsas",
    kind: "open_meeting",
    title: "Åpent møte om aktiviteter for ungdom på Romsås",
    description: "Hva mangler for ungdom på Romsås? Ungdom og foreldre er spesielt velkomne.",
    placeName: "Romsås bydelshus",
    address: "Romsåsveien 3, 0960 Oslo",
    date: "2027-02-04",
    startTime: "18:00",
    endTime: "20:00",
    stepFree: true,
    interpreter: true,
    languages: "urdu, somali, arabisk",
    organisations: ["Romsås Ballvenner IL"],
  },
  {
    slug: "verksted-grorud-torg-2027-03-11",
    programme: "groruddalssatsingen",
    area: "grorud",
    kind: "workshop",
    title: "Verksted: tegn ditt Grorud torg",
    description: "Et verksted der du tegner og bygger modeller av hvordan torget kan bli. For store og små.",
    placeName: "Grorud Kulturverksted",
    address: "Grorudveien 45, 0976 Oslo",
    date: "2027-03-11",
    startTime: "17:00",
    endTime: "19:30",
    organisations: ["Grorud Kulturverksted"],
    initiatives: ["grorud-torg-som-moteplass"],
  },
  {
    slug: "samarbeidsmote-for-partnerne-pa-romsas-2027-01-20",
    programme: "groruddalssatsingen",
    area: "romsas",
    kind: "workshop",
    title: "Samarbeidsmøte for partnerne på Romsås",
    description: "Internt arbeidsmøte: planlegging av vårens aktiviteter for barn og unge.",
    placeName: "Romsås bydelshus, møterom 2",
    address: "Romsåsveien 3, 0960 Oslo",
    date: "2027-01-20",
    startTime: "09:00",
    endTime: "11:00",
    isPublic: false,
    organisations: ["Leksehjelpa Romsås", "Romsås Ballvenner IL"],
    initiatives: ["leksehjelp-pa-romsas"],
  },
];

/** When the demo's meetings were entered: before the earliest of them, fixed. */
const ENTERED = new Date("2026-09-01T08:00:00Z");

export function insertMeetings(tx: Tx, ctx: MeetingSeedContext): MeetingSeedSummary {
  const programmeId = new Map(tx.select({ slug: programmes.slug, id: programmes.id }).from(programmes).all().map((r) => [r.slug, r.id]));
  const areaId = new Map(tx.select({ slug: areas.slug, id: areas.id }).from(areas).all().map((r) => [r.slug, r.id]));
  const names = [...new Set([...SERIES, ...MEETINGS].flatMap((m) => m.organisations ?? []))];
  const orgId = new Map(tx.select({ name: organisations.name, id: organisations.id }).from(organisations).where(inArray(organisations.name, names)).all().map((r) => [r.name, r.id]));
  const slugs = [...new Set(MEETINGS.flatMap((m) => m.initiatives ?? []))];
  const initiativeId = new Map(tx.select({ slug: initiatives.slug, id: initiatives.id }).from(initiatives).where(inArray(initiatives.slug, slugs)).all().map((r) => [r.slug, r.id]));
  const must = <K, V>(map: Map<K, V>, key: K, what: string): V => {
    const value = map.get(key);
    if (value === undefined) throw new Error(`seed-meetings: unknown ${what} ${String(key)}`);
    return value;
  };

  let count = 0;
  const insert = (m: Common, day: string, extra: { slug: string; seriesId?: number; cancelNotice?: string; closed?: MeetingSeed["closed"] }) => {
    const coordinator = ctx.coordinatorId(m.programme);
    const { id } = tx
      .insert(meetings)
      .values({
        slug: extra.slug,
        programmeId: must(programmeId, m.programme, "programme"),
        areaId: must(areaId, m.area, "area"),
        seriesId: extra.seriesId ?? null,
        seriesDate: extra.seriesId ? day : null,
        kind: m.kind,
        title: m.title,
        description: m.description,
        placeName: m.placeName,
        address: m.address,
        startsAt: new Date(osloLocalToInstant(day, m.startTime)),
        endsAt: new Date(osloLocalToInstant(day, m.endTime)),
        isPublic: m.isPublic ?? true,
        stepFree: m.stepFree ?? false,
        interpreter: m.interpreter ?? false,
        languages: m.languages ?? "",
        cancelledAt: extra.cancelNotice ? new Date("2027-01-05T09:00:00Z") : null,
        cancelNotice: extra.cancelNotice ?? "",
        sequence: extra.cancelNotice ? 1 : 0,
        attendeeCount: extra.closed?.attendees ?? null,
        summary: extra.closed?.summary ?? "",
        closedAt: extra.closed ? new Date(osloLocalToInstant(day, "21:00")) : null,
        closedByUserId: extra.closed ? coordinator : null,
        createdByUserId: coordinator,
        createdAt: ENTERED,
        updatedAt: extra.cancelNotice ? new Date("2027-01-05T09:00:00Z") : null,
      })
      .returning({ id: meetings.id })
      .get();
    for (const name of m.organisations ?? []) {
      tx.insert(meetingOrganisations)
        .values({ meetingId: id, organisationId: must(orgId, name, "organisation"), status: "confirmed", present: extra.closed?.present.includes(name) ?? false, requestedByUserId: coordinator, createdAt: ENTERED })
        .run();
    }
    for (const slug of (m as MeetingSeed).initiatives ?? []) tx.insert(meetingInitiatives).values({ meetingId: id, initiativeId: must(initiativeId, slug, "tiltak") }).run();
    count++;
  };

  for (const s of SERIES) {
    const { seriesId } = tx
      .insert(meetingSeries)
      .values({
        programmeId: must(programmeId, s.programme, "programme"),
        areaId: must(areaId, s.area, "area"),
        kind: s.kind,
        title: s.title,
        placeName: s.placeName,
        address: s.address,
        weekday: s.weekday,
        startTime: s.startTime,
        endTime: s.endTime,
        everyWeeks: s.everyWeeks,
        fromDate: s.fromDate,
        untilDate: s.untilDate,
        createdByUserId: ctx.coordinatorId(s.programme),
        createdAt: ENTERED,
      })
      .returning({ seriesId: meetingSeries.id })
      .get();
    const base = s.title.toLowerCase().replace(/æ/g, "ae").replace(/ø/g, "o").replace(/å/g, "a").replace(/[^a-z0-9]+/g, "-");
    const days = seriesDates(s);
    for (const day of Object.keys(s.cancelled ?? {})) if (!days.includes(day)) throw new Error(`seed-meetings: ${day} is no stop of ${s.title}`);
    for (const day of days) insert(s, day, { slug: `${base}-${day}`, seriesId, cancelNotice: s.cancelled?.[day] });
  }
  for (const m of MEETINGS) insert(m, m.date, { slug: m.slug, closed: m.closed });

  // The demo's pending co-host request: Romsås Ballvenner asks to join the open meeting in Grorud.
  const workshop = tx.select({ id: meetings.id }).from(meetings).where(and(eq(meetings.slug, "verksted-grorud-torg-2027-03-11"))).get()!;
  tx.insert(meetingOrganisations)
    .values({ meetingId: workshop.id, organisationId: must(orgId, "Romsås Ballvenner IL", "organisation"), status: "pending", createdAt: ENTERED })
    .run();

  return { meetings: count, meetingSeries: SERIES.length };
}
