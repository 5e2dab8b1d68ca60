/**
 * The demo's grants (issue 20), inserted by db/seed.ts after the organisations and people:
 *
 * - Levekårsløftet's "Nærmiljøtilskudd Storhaug", decided by Storhaug's bydelsgruppe (the demo
 *   account bydelsgruppe@laget.test, Emil Emmaus from the voluntary sector, Sindre Sykkel from local
 *   business and Aud Arbeidsutvalg from the district committee's working committee). Its spring
 *   round 2026 is decided: a grant in full, a partial grant (Emil stepped aside: he sits on the
 *   applicant's board), a rejection and a private person's grant; letters sent, payments recorded,
 *   one report approved, one received and one overdue. Its spring round 2027 is open (until
 *   15 March 2027, 12:00 Oslo time) with a draft and a submitted application. Its autumn round 2026
 *   ("Høstrunden 2026") is closed, released to the group and not yet decided: three submitted
 *   applications with recommendations, declared on by every member but the demo account (Emil
 *   stepped aside from Emmaus Nabolagsforening's), so the chair's meeting can be held in the demo.
 *   Lervig Kaffebrenneri's rejection in the spring round is appealed and back with the group.
 * - Groruddalssatsingen's "Bomiljøtilskudd i Groruddalen": 50 % own share, housing co-ops and
 *   associations only, no private persons, one deadline a year (15 April 2027); Viktor Vel chairs
 *   its group (a group member of another scheme than Storhaug's).
 *
 * Fixed calendar dates, as the rest of the seed; amounts in øre.
 */
import { eq } from "drizzle-orm";
import { nb } from "../app/i18n/nb";
import { osloLocalToInstant } from "../app/validation/grants";
import type { Db } from "./connection";
import {
  grantAppeals,
  grantApplications,
  grantAssessments,
  grantBudgetLines,
  grantDeclarations,
  grantDecisions,
  grantGroupMembers,
  grantLetters,
  grantMeetingAttendees,
  grantMeetings,
  grantPayments,
  grantReports,
  grantRounds,
  grantSchemeAreas,
  grantSchemeSectors,
  grantSchemes,
  users,
} from "./schema";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** The demo's group member; the same demo password as the other accounts. */
export const DEMO_GROUP_MEMBER = "bydelsgruppe@laget.test";

/** People the grants add: the bydelsgruppe's demo account, one more member, and a private applicant. */
export const GRANT_USERS = [
  { email: DEMO_GROUP_MEMBER, name: "Bente Bydelsgruppe" },
  { email: "aud.arbeidsutvalg@laget.test", name: "Aud Arbeidsutvalg" },
  { email: "ida.ildsjel@laget.test", name: "Ida Ildsjel" },
] as const;

export type GrantSeedContext = {
  userId: (email: string) => number;
  organisationId: (name: string) => number;
  areaId: (slug: string) => number;
  programmeId: (slug: string) => number;
  coordinatorId: (programmeSlug: string) => number;
  passwordHash: string;
};

export type GrantSeedSummary = { grantSchemes: number; grantRounds: number; grantApplications: number };

const at = (iso: string, hour = 10) => new Date(`${iso}T${String(hour).padStart(2, "0")}:00:00Z`);
const kr = (n: number) => n * 100;

type ApplicationSeed = {
  round: number;
  organisation: string | null;
  privatePerson?: string;
  by: string | null;
  title: string;
  description: string;
  targetGroup: string;
  participants: number;
  start: string;
  end: string;
  area: string;
  applied: number;
  ownShare: number;
  budget: [string, number][];
  status: "draft" | "submitted" | "decided";
  submitted?: string;
};

export function insertGrants(tx: Tx, seeded: GrantSeedContext): GrantSeedSummary {
  const own = new Map<string, number>();
  for (const u of GRANT_USERS) {
    own.set(u.email, tx.insert(users).values({ email: u.email, name: u.name, passwordHash: seeded.passwordHash, role: "none", createdAt: at("2026-01-10") }).returning({ id: users.id }).get().id);
  }
  const ctx = { ...seeded, userId: (email: string) => own.get(email) ?? seeded.userId(email) };
  const stavangerCoordinator = ctx.coordinatorId("levekarsloftet");

  // --- Storhaug ------------------------------------------------------------------------------
  const storhaug = tx
    .insert(grantSchemes)
    .values({
      programmeId: ctx.programmeId("levekarsloftet"),
      slug: "naermiljotilskudd-storhaug",
      name: "Nærmiljøtilskudd Storhaug",
      description:
        "Tilskudd til små og store arrangementer og aktiviteter som skaper møteplasser, aktivitet og lokalt engasjement i levekårssonene på Storhaug. Bydelsgruppen vurderer og avgjør søknadene etter vedtatte kriterier.",
      criteria:
        "1. Aktiviteten skjer i Badedammen, Emmaus, Lervig, Bergeland eller nærliggende deler av Storhaug.\n2. Den er åpen for alle og skaper en møteplass.\n3. Beboere er med og planlegger.\n4. Det gis ikke tilskudd til drift eller til aktivitet som allerede er gjennomført.",
      allowsPrivatePersons: true,
      maxAmountOre: kr(40_000),
      ownSharePercent: 0,
      quorum: null,
      appealBody: "Klageutvalget i Stavanger kommune",
      reportDueDays: 60,
      createdByUserId: stavangerCoordinator,
      createdAt: at("2026-01-05"),
    })
    .returning({ id: grantSchemes.id })
    .get().id;
  tx.insert(grantSchemeAreas).values(["storhaug"].map((slug) => ({ schemeId: storhaug, areaId: ctx.areaId(slug) }))).run();
  tx.insert(grantSchemeSectors).values((["voluntary", "residents_group", "business"] as const).map((sector) => ({ schemeId: storhaug, sector }))).run();
  const group = [
    { email: DEMO_GROUP_MEMBER, role: "chair" as const },
    { email: "emil.emmaus@laget.test", role: "member" as const },
    { email: "sindre.sykkel@laget.test", role: "member" as const },
    { email: "aud.arbeidsutvalg@laget.test", role: "member" as const },
  ];
  tx.insert(grantGroupMembers)
    .values(group.map((m) => ({ schemeId: storhaug, userId: ctx.userId(m.email), role: m.role, addedByUserId: stavangerCoordinator, createdAt: at("2026-01-06") })))
    .run();

  const spring2026 = tx
    .insert(grantRounds)
    .values({
      schemeId: storhaug,
      slug: "varrunden-2026",
      name: "Vårrunden 2026",
      opensAt: new Date(osloLocalToInstant("2026-01-15", "00:00")),
      deadlineAt: new Date(osloLocalToInstant("2026-03-15", "12:00")),
      plannedDecisionDate: "2026-04-20",
      budgetOre: kr(150_000),
      releasedAt: at("2026-03-25"),
      lettersSentAt: at("2026-04-22"),
      createdByUserId: stavangerCoordinator,
      createdAt: at("2026-01-05"),
    })
    .returning({ id: grantRounds.id })
    .get().id;
  const spring2027 = tx
    .insert(grantRounds)
    .values({
      schemeId: storhaug,
      slug: "varrunden-2027",
      name: "Vårrunden 2027",
      opensAt: new Date(osloLocalToInstant("2026-08-15", "00:00")),
      deadlineAt: new Date(osloLocalToInstant("2027-03-15", "12:00")),
      plannedDecisionDate: "2027-04-19",
      budgetOre: kr(150_000),
      createdByUserId: stavangerCoordinator,
      createdAt: at("2026-08-10"),
    })
    .returning({ id: grantRounds.id })
    .get().id;
  // Closed on 1 October 2026 and released to the group; the meeting has not been held.
  const autumn2026 = tx
    .insert(grantRounds)
    .values({
      schemeId: storhaug,
      slug: "hostrunden-2026",
      name: "Høstrunden 2026",
      opensAt: new Date(osloLocalToInstant("2026-06-01", "00:00")),
      deadlineAt: new Date(osloLocalToInstant("2026-10-01", "12:00")),
      plannedDecisionDate: "2026-12-15",
      budgetOre: kr(100_000),
      releasedAt: at("2026-10-12"),
      createdByUserId: stavangerCoordinator,
      createdAt: at("2026-05-20"),
    })
    .returning({ id: grantRounds.id })
    .get().id;

  const applications: ApplicationSeed[] = [
    {
      round: spring2026,
      organisation: "Lervig Kajakklubb",
      by: "lise.lervig@laget.test",
      title: "Kajakkdag for alle i Lervig",
      description: "En gratis dag på sjøen med introduksjonskurs, utlån av kajakker og grilling på kaia. Frivillige fra klubben og naboer står for gjennomføringen.",
      targetGroup: "Barn, unge og familier i Lervig og Badedammen",
      participants: 120,
      start: "2026-06-06",
      end: "2026-06-06",
      area: "lervig",
      applied: 25_000,
      ownShare: 5_000,
      budget: [["Instruktører og sikkerhetsbåt", 14_000], ["Leie av ekstra kajakker", 8_000], ["Mat til grillingen", 8_000]],
      status: "decided",
      submitted: "2026-03-02",
    },
    {
      round: spring2026,
      organisation: "Emmaus Nabolagsforening",
      by: "emil.emmaus@laget.test",
      title: "Nabolagsfest i Emmaus",
      description: "Gatefest med loppemarked, aktiviteter for barn og mat fra nabolagets mange kjøkken. Beboerne planlegger festen sammen på to åpne møter.",
      targetGroup: "Alle som bor i Emmaus",
      participants: 300,
      start: "2026-06-13",
      end: "2026-06-13",
      area: "emmaus",
      applied: 30_000,
      ownShare: 4_000,
      budget: [["Leie av telt og bord", 12_000], ["Mat og drikke", 14_000], ["Honorar til musikere", 8_000]],
      status: "decided",
      submitted: "2026-03-10",
    },
    {
      round: spring2026,
      organisation: "Lervig Kaffebrenneri AS",
      by: null,
      title: "Kaffekurs for nabolaget",
      description: "Fire kvelder med kaffekurs i brenneriet.",
      targetGroup: "Voksne i Lervig",
      participants: 40,
      start: "2026-05-05",
      end: "2026-05-26",
      area: "lervig",
      applied: 15_000,
      ownShare: 5_000,
      budget: [["Kursholder", 12_000], ["Råvarer", 8_000]],
      status: "decided",
      submitted: "2026-03-14",
    },
    {
      round: spring2026,
      organisation: null,
      privatePerson: "ida.ildsjel@laget.test",
      by: "ida.ildsjel@laget.test",
      title: "Bokbytte i Badedammen",
      description: "Et bokskap ved lekeplassen og en bokbyttedag med høytlesning for barna.",
      targetGroup: "Barnefamilier i Badedammen",
      participants: 60,
      start: "2026-05-20",
      end: "2026-05-20",
      area: "badedammen",
      applied: 5_000,
      ownShare: 0,
      budget: [["Bokskap", 3_500], ["Saft og boller", 1_500]],
      status: "decided",
      submitted: "2026-02-20",
    },
    {
      round: spring2027,
      organisation: "Lervig Kajakklubb",
      by: "lise.lervig@laget.test",
      title: "Vinterpadling og badstue",
      description: "Padleturer i vinterferien med badstue på kaia etterpå.",
      targetGroup: "Unge voksne i Storhaug",
      participants: 80,
      start: "2027-02-20",
      end: "2027-02-28",
      area: "lervig",
      applied: 20_000,
      ownShare: 2_000,
      budget: [["Leie av mobil badstue", 12_000], ["Instruktører", 10_000]],
      status: "draft",
    },
    {
      round: spring2027,
      organisation: "Emmaus Nabolagsforening",
      by: "emil.emmaus@laget.test",
      title: "Ryddeaksjon og vårfest i Emmaus",
      description: "Ryddeaksjon i gatene og parken, med vårfest og premier for barna etterpå.",
      targetGroup: "Alle som bor i Emmaus",
      participants: 150,
      start: "2027-04-24",
      end: "2027-04-24",
      area: "emmaus",
      applied: 12_000,
      ownShare: 1_000,
      budget: [["Utstyr og sekker", 3_000], ["Mat og premier", 10_000]],
      status: "submitted",
      submitted: "2026-11-20",
    },
    {
      round: autumn2026,
      organisation: "Emmaus Nabolagsforening",
      by: "emil.emmaus@laget.test",
      title: "Julemarked i Emmaus",
      description: "Julemarked i gata med boder fra naboene, gløgg, juletrenning og korsang. Overskuddet går til vårfesten.",
      targetGroup: "Alle som bor i Emmaus",
      participants: 250,
      start: "2026-12-12",
      end: "2026-12-12",
      area: "emmaus",
      applied: 18_000,
      ownShare: 3_000,
      budget: [["Leie av boder og lys", 9_000], ["Gløgg og pepperkaker", 6_000], ["Juletre og pynt", 6_000]],
      status: "submitted",
      submitted: "2026-09-20",
    },
    {
      round: autumn2026,
      organisation: "Lervig Kajakklubb",
      by: "lise.lervig@laget.test",
      title: "Padlekurs for nye i Storhaug",
      description: "Tre kurskvelder for nybegynnere, med vekt på dem som nylig har flyttet til bydelen. Klubben låner ut utstyr.",
      targetGroup: "Nye innbyggere i Storhaug",
      participants: 30,
      start: "2027-05-04",
      end: "2027-05-18",
      area: "lervig",
      applied: 12_000,
      ownShare: 2_000,
      budget: [["Instruktører", 9_000], ["Leie av ekstra utstyr", 5_000]],
      status: "submitted",
      submitted: "2026-09-28",
    },
    {
      round: autumn2026,
      organisation: null,
      privatePerson: "ida.ildsjel@laget.test",
      by: "ida.ildsjel@laget.test",
      title: "Leksehjelp på biblioteket i Badedammen",
      description: "Frivillig leksehjelp to ettermiddager i uka, med frukt og saft.",
      targetGroup: "Skoleelever i Badedammen",
      participants: 25,
      start: "2027-01-11",
      end: "2027-06-14",
      area: "badedammen",
      applied: 6_000,
      ownShare: 0,
      budget: [["Frukt og saft", 4_000], ["Skrivesaker", 2_000]],
      status: "submitted",
      submitted: "2026-09-30",
    },
  ];

  const ids: number[] = [];
  for (const a of applications) {
    const id = tx
      .insert(grantApplications)
      .values({
        roundId: a.round,
        applicantKind: a.organisation ? "organisation" : "private_person",
        organisationId: a.organisation ? ctx.organisationId(a.organisation) : null,
        createdByUserId: a.by ? ctx.userId(a.by) : null,
        status: a.status,
        title: a.title,
        description: a.description,
        targetGroup: a.targetGroup,
        expectedParticipants: a.participants,
        startDate: a.start,
        endDate: a.end,
        areaId: ctx.areaId(a.area),
        amountAppliedOre: kr(a.applied),
        ownShareOre: kr(a.ownShare),
        contactName: a.organisation ?? "Ida Ildsjel",
        contactEmail: a.by ?? "post@lervigkaffe.example",
        submittedAt: a.submitted ? at(a.submitted) : null,
        createdAt: at(a.submitted ?? "2026-11-25"),
      })
      .returning({ id: grantApplications.id })
      .get().id;
    tx.insert(grantBudgetLines).values(a.budget.map(([description, amount], position) => ({ applicationId: id, position, description, amountOre: kr(amount) }))).run();
    ids.push(id);
  }
  const [kajakk, fest, kaffe, bokbytte] = ids as [number, number, number, number];
  const [julemarked, padlekurs, leksehjelp] = ids.slice(6) as [number, number, number];

  // Assessment, declarations, the meeting of 20 April 2026.
  const recommendations: [number, "granted" | "partly_granted" | "rejected", number, string][] = [
    [kajakk, "granted", kr(25_000), "Åpen møteplass på sjøen, godt forankret i klubben."],
    [fest, "partly_granted", kr(20_000), "Støtte til leie og mat; honorar dekkes ikke."],
    [kaffe, "rejected", 0, "Kurs i bedriftens egen regi, ikke en åpen møteplass."],
    [bokbytte, "granted", kr(5_000), "Lite og lavterskel, etter kriteriene."],
  ];
  tx.insert(grantAssessments)
    .values(
      recommendations.map(([applicationId, recommendation, amount, text]) => ({
        applicationId,
        isComplete: true,
        checkedByUserId: stavangerCoordinator,
        checkedAt: at("2026-03-20"),
        recommendation,
        recommendedAmountOre: amount,
        recommendationText: text,
        recommendedByUserId: stavangerCoordinator,
        recommendedAt: at("2026-03-24"),
      })),
    )
    .run();
  const emil = ctx.userId("emil.emmaus@laget.test");
  tx.insert(grantDeclarations)
    .values(
      group.flatMap((m) =>
        [kajakk, fest, kaffe, bokbytte].map((applicationId) => {
          const steppedAside = ctx.userId(m.email) === emil && applicationId === fest;
          return {
            applicationId,
            userId: ctx.userId(m.email),
            hasConflict: steppedAside,
            reason: steppedAside ? "Jeg sitter i styret i Emmaus Nabolagsforening." : null,
            declaredAt: at("2026-04-14"),
          };
        }),
      ),
    )
    .run();
  const meeting = tx
    .insert(grantMeetings)
    .values({ roundId: spring2026, heldOn: "2026-04-20", place: "Nærmiljøkontoret i Elefant", createdByUserId: stavangerCoordinator, createdAt: at("2026-04-20", 17) })
    .returning({ id: grantMeetings.id })
    .get().id;
  tx.insert(grantMeetingAttendees).values(group.map((m) => ({ meetingId: meeting, userId: ctx.userId(m.email) }))).run();

  const decisions: [number, "granted" | "partly_granted" | "rejected", number, string, string | null][] = [
    [kajakk, "granted", kr(25_000), "", "2026-08-05"],
    [fest, "partly_granted", kr(20_000), "Rammen for våren er fordelt på mange gode søknader. Festen får støtte til leie og mat, men ikke til honorar.", "2026-08-12"],
    [kaffe, "rejected", 0, "Kurset er i bedriftens egen regi og skaper ikke en åpen møteplass, slik kriteriene krever.", null],
    [bokbytte, "granted", kr(5_000), "", "2026-07-19"],
  ];
  const titles = new Map(applications.map((a, i) => [ids[i]!, a]));
  for (const [applicationId, outcome, amount, reason, reportDueOn] of decisions) {
    const decisionId = tx
      .insert(grantDecisions)
      .values({
        applicationId,
        roundId: spring2026,
        meetingId: meeting,
        outcome,
        amountGrantedOre: amount,
        reason,
        conditions: outcome === "rejected" ? "" : "Nevn Levekårsløftet Storhaug på plakater og i sosiale medier.",
        reportDueOn,
        decidedOn: "2026-04-20",
        decidedByUserId: stavangerCoordinator,
        letterSentAt: at("2026-04-22"),
        createdAt: at("2026-04-20", 19),
      })
      .returning({ id: grantDecisions.id })
      .get().id;
    const a = titles.get(applicationId)!;
    if (a.by) {
      const letter = {
        applicant: a.organisation ?? "Ida Ildsjel",
        title: a.title,
        scheme: "Nærmiljøtilskudd Storhaug",
        round: "Vårrunden 2026",
        outcome,
        amountAppliedOre: kr(a.applied),
        amountGrantedOre: amount,
        reason,
        conditions: outcome === "rejected" ? "" : "Nevn Levekårsløftet Storhaug på plakater og i sosiale medier.",
        reportDueOn,
        decidedOn: "2026-04-20",
        appealDeadline: "2026-05-13",
        appealBody: "Klageutvalget i Stavanger kommune",
        link: `/min-side/tilskudd/${applicationId}`,
      };
      tx.insert(grantLetters)
        .values({ decisionId, recipientUserId: ctx.userId(a.by), language: "nb", subject: nb.mail.grants.decisionSubject(a.title), body: nb.mail.grants.decisionText(letter), sentAt: at("2026-04-22") })
        .run();
    }
    if (reportDueOn) {
      tx.insert(grantPayments).values({ applicationId, paidOn: "2026-05-04", amountOre: amount, recordedByUserId: stavangerCoordinator }).run();
    }
  }
  tx.insert(grantReports)
    .values([
      {
        applicationId: kajakk,
        dueOn: "2026-08-05",
        status: "approved",
        text: "Kajakkdagen samlet rundt 140 store og små. 35 barn padlet for første gang, og åtte nye medlemmer har meldt seg inn i klubben.",
        participantsReached: 140,
        spentOre: kr(25_000),
        unspentOre: 0,
        submittedByUserId: ctx.userId("lise.lervig@laget.test"),
        submittedAt: at("2026-07-01"),
        decidedByUserId: stavangerCoordinator,
        decidedAt: at("2026-07-08"),
      },
      // Overdue: due 12 August 2026, not received.
      { applicationId: fest, dueOn: "2026-08-12", status: "due", weekReminderSentAt: at("2026-08-05", 6), dueReminderSentAt: at("2026-08-12", 6) },
      {
        applicationId: bokbytte,
        dueOn: "2026-07-19",
        status: "submitted",
        text: "Bokskapet står ved lekeplassen og fylles opp av naboene. Bokbyttedagen hadde rundt 50 besøkende.",
        participantsReached: 50,
        spentOre: kr(4_600),
        unspentOre: kr(400),
        submittedByUserId: ctx.userId("ida.ildsjel@laget.test"),
        submittedAt: at("2026-07-15"),
      },
    ])
    .run();

  // The autumn round: checked and recommended, declared on by all but the demo account.
  const autumnRecommendations: [number, "granted" | "partly_granted" | "rejected", number, string][] = [
    [julemarked, "partly_granted", kr(12_000), "Åpen møteplass i adventstida. Juletreet dekkes ikke."],
    [padlekurs, "granted", kr(12_000), "Godt tiltak for nye i bydelen, etter kriteriene."],
    [leksehjelp, "granted", kr(6_000), "Lite og lavterskel."],
  ];
  tx.insert(grantAssessments)
    .values(
      autumnRecommendations.map(([applicationId, recommendation, amount, text]) => ({
        applicationId,
        isComplete: true,
        checkedByUserId: stavangerCoordinator,
        checkedAt: at("2026-10-05"),
        recommendation,
        recommendedAmountOre: amount,
        recommendationText: text,
        recommendedByUserId: stavangerCoordinator,
        recommendedAt: at("2026-10-09"),
      })),
    )
    .run();
  tx.insert(grantDeclarations)
    .values(
      group
        .filter((m) => m.email !== DEMO_GROUP_MEMBER)
        .flatMap((m) =>
          [julemarked, padlekurs, leksehjelp].map((applicationId) => {
            const steppedAside = ctx.userId(m.email) === emil && applicationId === julemarked;
            return {
              applicationId,
              userId: ctx.userId(m.email),
              hasConflict: steppedAside,
              reason: steppedAside ? "Jeg sitter i styret i Emmaus Nabolagsforening." : null,
              declaredAt: at("2026-10-20"),
            };
          }),
        ),
    )
    .run();
  // Lervig Kaffebrenneri appealed its rejection in time; the appeal is back with the group.
  const kaffeDecision = tx.select({ id: grantDecisions.id }).from(grantDecisions).where(eq(grantDecisions.applicationId, kaffe)).get()!.id;
  tx.insert(grantAppeals)
    .values({
      applicationId: kaffe,
      decisionId: kaffeDecision,
      text: "Kurset er gratis og åpent for alle naboer, ikke bare kunder. Vi ber gruppen se på saken igjen.",
      lodgedByUserId: null,
      lodgedAt: at("2026-05-06"),
    })
    .run();

  // --- Groruddalen ---------------------------------------------------------------------------
  const bomiljo = tx
    .insert(grantSchemes)
    .values({
      programmeId: ctx.programmeId("groruddalssatsingen"),
      slug: "bomiljotilskudd-groruddalen",
      name: "Bomiljøtilskudd i Groruddalen",
      description:
        "Tilskudd til tiltak som gjør uteområder og fellesarealer bedre å bo og møtes i. Borettslag, sameier, velforeninger og andre ikke-kommersielle aktører kan søke; privatpersoner og offentlige virksomheter kan ikke.",
      criteria:
        "1. Tiltaket ligger i eller ved innsatsområdene Romsås og Grorud.\n2. Søkeren dekker minst 50 % av kostnadene selv (dugnadstimer regnes ikke med).\n3. Arbeidet er ikke påbegynt når søknaden sendes.",
      allowsPrivatePersons: false,
      maxAmountOre: kr(150_000),
      ownSharePercent: 50,
      quorum: null,
      appealBody: "Klagenemnda i Oslo kommune",
      reportDueDays: 90,
      createdByUserId: ctx.coordinatorId("groruddalssatsingen"),
      createdAt: at("2026-10-01"),
    })
    .returning({ id: grantSchemes.id })
    .get().id;
  tx.insert(grantSchemeAreas).values(["romsas", "grorud"].map((slug) => ({ schemeId: bomiljo, areaId: ctx.areaId(slug) }))).run();
  tx.insert(grantGroupMembers)
    .values({ schemeId: bomiljo, userId: ctx.userId("viktor.vel@laget.test"), role: "chair", addedByUserId: ctx.coordinatorId("groruddalssatsingen"), createdAt: at("2026-10-02") })
    .run();
  tx.insert(grantSchemeSectors).values((["voluntary", "residents_group", "business"] as const).map((sector) => ({ schemeId: bomiljo, sector }))).run();
  tx.insert(grantRounds)
    .values({
      schemeId: bomiljo,
      slug: "bomiljotilskudd-2027",
      name: "Bomiljøtilskudd 2027",
      opensAt: new Date(osloLocalToInstant("2026-11-01", "00:00")),
      deadlineAt: new Date(osloLocalToInstant("2027-04-15", "12:00")),
      plannedDecisionDate: "2027-06-01",
      budgetOre: kr(1_000_000),
      createdByUserId: ctx.coordinatorId("groruddalssatsingen"),
      createdAt: at("2026-10-01"),
    })
    .run();

  return { grantSchemes: 2, grantRounds: 4, grantApplications: applications.length };
}
