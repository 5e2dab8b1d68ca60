/**
 * The demo's plans of the year (issue 21), inserted by db/seed.ts after the goals:
 *
 * - Groruddalssatsingen 2025, adopted by its steering group in January: the year's tiltak under the
 *   sub-goals they serve (db/seed-goals.ts links them), each with a state and a municipal budget line
 *   — planned, granted and spent, the year being over — one line from another named source, a line
 *   for the bomiljøtilskudd scheme and one for the programme's own administration.
 * - Groruddalssatsingen 2026, adopted in January, changed once in June (Grorud torg taken in, with the
 *   reason), so its adopted version and the plan as it now stands differ; granted filled, spent not.
 * - Levekårsløftet 2026, adopted by the municipality's committee, with a line for the
 *   nærmiljøtilskudd scheme.
 *
 * Revision 0 and 1 keep the whole plan as JSON, read the same way the model reads it
 * (app/models/plan/content.server.ts), so the seeded history is what the app itself would have kept.
 * Deterministic: fixed amounts and dates; looks its programmes, tiltak and schemes up by slug.
 * (The 2027 draft of Groruddalssatsingen's successor is db/seed-closing's, not this file's.)
 */
import { eq, inArray } from "drizzle-orm";
import { readPlanContent } from "../app/models/plan/content.server";
import type { BudgetSource } from "../app/validation/enums";
import type { Db } from "./connection";
import { grantSchemes, initiativeGoals, initiatives, planBudgetLines, planItems, planRevisions, programmePlans, programmes } from "./schema";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export type PlanSeedContext = { coordinatorId: (programmeSlug: string) => number };
export type PlanSeedSummary = { programmePlans: number; planItems: number; planBudgetLines: number; planRevisions: number };

/** Kroner as øre. */
const kr = (kroner: number) => kroner * 100;

type LineSeed = { source: BudgetSource; sourceName?: string; description?: string; planned: number; granted?: number; spent?: number };
type ItemSeed = { tiltak: string; note: string; lines: LineSeed[] };
type PlanSeed = {
  programme: string;
  year: number;
  introduction: string;
  adoptedBy: string;
  adoptedOn: string;
  items: ItemSeed[];
  scheme?: { slug: string; lines: LineSeed[] };
  programmeLines?: LineSeed[];
  /** A change after adoption: tiltak taken in, with why and when. */
  revision?: { on: string; reason: string; items: ItemSeed[] };
};

/** A tiltak's usual pair of lines: the state's and the municipality's share, with what was granted and spent when given. */
const pair = (state: number, municipality: number, done?: { grantedShare: number; spentShare: number }): LineSeed[] =>
  (
    [
      ["state", state],
      ["municipality", municipality],
    ] as const
  ).map(([source, planned]) => ({
    source,
    planned,
    ...(done ? { granted: Math.round(planned * done.grantedShare), spent: Math.round(planned * done.spentShare) } : {}),
  }));

const DONE = { grantedShare: 1, spentShare: 0.94 };
const GRANTED = { grantedShare: 1, spentShare: 0 };

const PLANS: PlanSeed[] = [
  {
    programme: "groruddalssatsingen",
    year: 2025,
    introduction:
      "Handlingsprogrammet for 2025 følger opp satsingens hovedmål om varig bedre tjenestetilbud og levekår. Året prioriterer tiltak som kan videreføres i ordinær drift når perioden slutter i 2026, og et tettere samarbeid med frivillige lag og lokalt næringsliv.",
    adoptedBy: "Styringsgruppen for Groruddalssatsingen",
    adoptedOn: "2025-01-28",
    items: [
      { tiltak: "leksehjelp-pa-romsas", note: "Tre kvelder i uka i skoleåret, med frivillige leksehjelpere.", lines: pair(kr(450_000), kr(300_000), DONE) },
      { tiltak: "mentorordning-for-elever-i-videregaende", note: "Mentorer for elever i første klasse på videregående.", lines: pair(kr(380_000), kr(200_000), DONE) },
      { tiltak: "alle-med-i-idretten-pa-romsas", note: "Kontingentfri deltakelse fra høsten.", lines: pair(kr(150_000), kr(150_000), DONE) },
      { tiltak: "jobbsjansen-grorud", note: "Kvalifisering og språkopplæring for hjemmeværende.", lines: pair(kr(900_000), kr(400_000), DONE) },
      { tiltak: "arbeidspraksis-i-lokale-butikker", note: "Praksisplasser i butikkene på Grorud senter.", lines: pair(kr(250_000), kr(250_000), DONE) },
      {
        tiltak: "kvinner-i-arbeid-furuset",
        note: "Arbeidstrening og norskopplæring for kvinner.",
        lines: [...pair(kr(500_000), kr(250_000), DONE), { source: "other", sourceName: "Sparebankstiftelsen DNB", description: "Gaveforsterkning til mentorprogrammet", planned: kr(120_000), granted: kr(120_000), spent: kr(104_500) }],
      },
      { tiltak: "sprakkafe-pa-furuset", note: "Ukentlig språkkafé på biblioteket.", lines: pair(kr(60_000), kr(60_000), DONE) },
      { tiltak: "naermiljohage-pa-romsas", note: "Pallekarmer og dyrkekurs for nye naboer.", lines: pair(kr(90_000), kr(110_000), DONE) },
      { tiltak: "oppgradering-av-romsas-senter-parken", note: "Første byggetrinn: lekeplassen.", lines: pair(kr(2_000_000), kr(3_500_000), { grantedShare: 1, spentShare: 0.71 }) },
      { tiltak: "nabolagsfest-pa-furuset", note: "Nabolagsfest i august sammen med velforeningen.", lines: pair(kr(25_000), kr(15_000), DONE) },
    ],
    scheme: { slug: "bomiljotilskudd-groruddalen", lines: [{ source: "municipality", description: "Bomiljøtilskudd, to runder", planned: kr(600_000), granted: kr(600_000), spent: kr(548_000) }] },
    programmeLines: [{ source: "state", description: "Programledelse og administrasjon", planned: kr(800_000), granted: kr(800_000), spent: kr(792_300) }],
  },
  {
    programme: "groruddalssatsingen",
    year: 2026,
    introduction:
      "2026 er satsingens siste år. Handlingsprogrammet legger vekt på å avslutte tiltakene godt: hva som videreføres i ordinær drift, av hvem og fra når. Nye tiltak tas bare inn der de bygger videre på det som virker.",
    adoptedBy: "Styringsgruppen for Groruddalssatsingen",
    adoptedOn: "2026-01-27",
    items: [
      { tiltak: "leksehjelp-pa-romsas", note: "Videreføres; bydelen overtar driften fra høsten 2027.", lines: pair(kr(450_000), kr(350_000), GRANTED) },
      { tiltak: "mentorordning-for-elever-i-videregaende", note: "Utvidet til to skoler.", lines: pair(kr(420_000), kr(220_000), GRANTED) },
      { tiltak: "alle-med-i-idretten-pa-romsas", note: "Videreføres med klubbens egne midler fra 2027.", lines: pair(kr(150_000), kr(150_000), GRANTED) },
      { tiltak: "jobbsjansen-grorud", note: "Siste kull; NAV Grorud viderefører modellen.", lines: pair(kr(900_000), kr(400_000), GRANTED) },
      { tiltak: "arbeidspraksis-i-lokale-butikker", note: "Flere butikker med fra våren.", lines: pair(kr(250_000), kr(250_000), GRANTED) },
      { tiltak: "kvinner-i-arbeid-furuset", note: "Andre kull.", lines: pair(kr(500_000), kr(250_000), GRANTED) },
      { tiltak: "lesestund-og-bibliotekkvelder-pa-grorud", note: "Lesestund for barn og bibliotekkvelder for voksne.", lines: pair(kr(80_000), kr(120_000), GRANTED) },
      { tiltak: "oppgradering-av-romsas-senter-parken", note: "Andre byggetrinn: aktivitetsflaten for ungdom.", lines: pair(kr(1_500_000), kr(2_500_000), GRANTED) },
    ],
    scheme: { slug: "bomiljotilskudd-groruddalen", lines: [{ source: "municipality", description: "Bomiljøtilskudd, vår- og høstrunde", planned: kr(600_000), granted: kr(600_000) }] },
    programmeLines: [{ source: "state", description: "Programledelse og administrasjon", planned: kr(820_000), granted: kr(820_000) }],
    revision: {
      on: "2026-06-16T10:00:00Z",
      reason: "Bydelsutvalget i Bydel Grorud vedtok 11. juni å bruke ubrukte midler på Grorud torg som møteplass. Tiltaket tas inn i planen.",
      items: [{ tiltak: "grorud-torg-som-moteplass", note: "Forprosjekt og medvirkning høsten 2026.", lines: [{ source: "municipality", description: "Omdisponert fra 2025", planned: kr(300_000), granted: kr(300_000) }] }],
    },
  },
  {
    programme: "levekarsloftet",
    year: 2026,
    introduction:
      "Levekårsløftets plan for 2026 for Storhaug og Hillevåg. Bydelsgruppene fordeler nærmiljøtilskudd, og tiltakene for barn og unge prioriteres.",
    adoptedBy: "Utvalg for levekår, Stavanger kommune",
    adoptedOn: "2026-02-10",
    items: [
      { tiltak: "leksehjelp-og-foreldrekafe-pa-storhaug", note: "To kvelder i uka, foreldrekafé annenhver uke.", lines: pair(kr(200_000), kr(350_000), GRANTED) },
      { tiltak: "kajakk-for-alle-i-lervig", note: "Sommersesongen, gratis utlån.", lines: pair(kr(0), kr(120_000), GRANTED) },
      { tiltak: "mobilt-kontor-i-hillevag", note: "Kontorvognen i levekårssonene fire dager i uka.", lines: pair(kr(150_000), kr(450_000), GRANTED) },
      { tiltak: "naermiljotilskudd-storhaug-2026", note: "Bydelsgruppens arbeid med tilskuddene.", lines: pair(kr(0), kr(80_000), GRANTED) },
    ],
    scheme: { slug: "naermiljotilskudd-storhaug", lines: [{ source: "municipality", description: "Nærmiljøtilskudd Storhaug", planned: kr(500_000), granted: kr(500_000) }] },
  },
];

export function insertPlans(tx: Tx, ctx: PlanSeedContext): PlanSeedSummary {
  const programmeIds = new Map(tx.select({ id: programmes.id, slug: programmes.slug }).from(programmes).all().map((p) => [p.slug, p.id]));
  const slugs = PLANS.flatMap((p) => [...p.items, ...(p.revision?.items ?? [])].map((i) => i.tiltak));
  const tiltak = new Map(tx.select({ id: initiatives.id, slug: initiatives.slug }).from(initiatives).where(inArray(initiatives.slug, slugs)).all().map((i) => [i.slug, i.id]));
  // The sub-goal each tiltak serves (db/seed-goals.ts links them); the first when it serves several.
  const goalOf = new Map<number, number>();
  for (const link of tx.select({ initiativeId: initiativeGoals.initiativeId, goalId: initiativeGoals.goalId }).from(initiativeGoals).orderBy(initiativeGoals.goalId).all()) {
    if (!goalOf.has(link.initiativeId)) goalOf.set(link.initiativeId, link.goalId);
  }
  const summary: PlanSeedSummary = { programmePlans: 0, planItems: 0, planBudgetLines: 0, planRevisions: 0 };
  let linePosition = 0;

  const insertLines = (planId: number, lines: LineSeed[], target: { planItemId?: number; grantSchemeId?: number }) => {
    for (const l of lines) {
      tx.insert(planBudgetLines)
        .values({
          planId,
          planItemId: target.planItemId ?? null,
          grantSchemeId: target.grantSchemeId ?? null,
          description: l.description ?? "",
          source: l.source,
          sourceName: l.sourceName ?? "",
          plannedOre: l.planned,
          grantedOre: l.granted ?? null,
          spentOre: l.spent ?? null,
          position: ++linePosition,
        })
        .run();
      summary.planBudgetLines++;
    }
  };
  const insertItems = (planId: number, items: ItemSeed[]) => {
    const positions = new Map<number | null, number>();
    for (const item of items) {
      const initiativeId = tiltak.get(item.tiltak);
      if (initiativeId === undefined) throw new Error(`Unknown tiltak ${item.tiltak}`);
      const goalId = goalOf.get(initiativeId) ?? null;
      const position = (positions.get(goalId) ?? 0) + 1;
      positions.set(goalId, position);
      const id = tx.insert(planItems).values({ planId, initiativeId, goalId, position, note: item.note }).returning({ id: planItems.id }).get().id;
      summary.planItems++;
      insertLines(planId, item.lines, { planItemId: id });
    }
  };
  const snapshot = (planId: number, programmeId: number, year: number, introduction: string, revision: number, reason: string, at: Date, userId: number) => {
    const content = readPlanContent(tx, { id: planId, programmeId, year, introduction });
    tx.insert(planRevisions).values({ planId, revision, reason, snapshot: JSON.stringify(content), changedByUserId: userId, changedAt: at }).run();
    summary.planRevisions++;
  };

  for (const plan of PLANS) {
    const programmeId = programmeIds.get(plan.programme);
    if (programmeId === undefined) throw new Error(`Unknown programme ${plan.programme}`);
    const coordinator = ctx.coordinatorId(plan.programme);
    const adoptedAt = new Date(`${plan.adoptedOn}T12:00:00Z`);
    const planId = tx
      .insert(programmePlans)
      .values({
        programmeId,
        year: plan.year,
        status: "adopted",
        introduction: plan.introduction,
        adoptedBy: plan.adoptedBy,
        adoptedOn: plan.adoptedOn,
        createdByUserId: coordinator,
        createdAt: new Date(`${plan.year - 1}-11-15T09:00:00Z`),
        updatedAt: plan.revision ? new Date(plan.revision.on) : adoptedAt,
      })
      .returning({ id: programmePlans.id })
      .get().id;
    summary.programmePlans++;
    insertItems(planId, plan.items);
    if (plan.scheme) {
      const scheme = tx.select({ id: grantSchemes.id }).from(grantSchemes).where(eq(grantSchemes.slug, plan.scheme.slug)).get();
      if (!scheme) throw new Error(`Unknown grant scheme ${plan.scheme.slug}`);
      insertLines(planId, plan.scheme.lines, { grantSchemeId: scheme.id });
    }
    insertLines(planId, plan.programmeLines ?? [], {});
    snapshot(planId, programmeId, plan.year, plan.introduction, 0, "", adoptedAt, coordinator);
    if (plan.revision) {
      insertItems(planId, plan.revision.items);
      snapshot(planId, programmeId, plan.year, plan.introduction, 1, plan.revision.reason, new Date(plan.revision.on), coordinator);
    }
  }
  return summary;
}
