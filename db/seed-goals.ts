/**
 * The demo's goal structures (issue 21), inserted by db/seed.ts after the grants:
 *
 * - Groruddalssatsingen: the main goal of the 2017–2026 period, "varig bedre tjenestetilbud og
 *   levekår", with a sub-goal per sub-programme (more people in work, more young people completing
 *   upper secondary, more people taking part locally) and one narrowed to Romsås; indicators with a
 *   2017 baseline, values for 2018–2025 and targets for 2026. Sources named as the programmes name
 *   them: SSB, Levekårsundersøkelsen, the district's own figures. The numbers are invented.
 * - Levekårsløftet: its main goal with a sub-goal per sub-programme, baselines from 2017 and
 *   targets for 2028 (the programme has no end year).
 *
 * The demo's tiltak are linked to the sub-goals they serve. Looks its programmes, sub-programmes,
 * areas and tiltak up by slug, so it depends on nothing of db/seed.ts but the slugs.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "./connection";
import { areas, goalIndicators, indicatorValues, initiativeGoals, initiatives, programmeGoals, programmes, subprogrammes } from "./schema";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export type GoalSeedContext = { coordinatorId: (programmeSlug: string) => number };
export type GoalSeedSummary = { programmeGoals: number; goalIndicators: number; indicatorValues: number };

type IndicatorSeed = {
  name: string;
  unit: string;
  source: string;
  baseline: [year: number, value: number];
  /** Yearly values from the year after the baseline, one a year. */
  values: number[];
  target: [year: number, value: number] | null;
};
type GoalSeed = {
  title: string;
  description: string;
  subprogramme?: string;
  area?: string;
  indicators?: IndicatorSeed[];
  tiltak?: string[];
  subGoals?: GoalSeed[];
};

const GOALS: Record<string, GoalSeed[]> = {
  groruddalssatsingen: [
    {
      title: "Varig bedre tjenestetilbud og levekår i Groruddalen, slik at flere blir aktive deltakere i arbeids- og samfunnsliv",
      description:
        "Satsingens hovedmål for 2017–2026: bedre levekår og livskvalitet i bydelene Alna, Bjerke, Grorud og Stovner, gjennom varige forbedringer i de ordinære tjenestene og et sterkere samarbeid med innbyggerne.",
      indicators: [
        {
          name: "Andel husholdninger med vedvarende lavinntekt",
          unit: "%",
          source: "SSB",
          baseline: [2017, 16.8],
          values: [16.6, 16.3, 16.5, 16.1, 15.7, 15.9, 15.4, 15.1],
          target: [2026, 14],
        },
      ],
      subGoals: [
        {
          title: "Flere i ordinært arbeid med varig tilknytning til arbeidslivet",
          description: "Flere voksne i Groruddalen har fast arbeid, og færre står utenfor arbeid, utdanning og opplæring.",
          subprogramme: "sysselsetting",
          indicators: [
            {
              name: "Andel sysselsatte 20–66 år",
              unit: "%",
              source: "SSB",
              baseline: [2017, 63.1],
              values: [63.6, 64.2, 62.9, 63.8, 65.1, 65.6, 65.9, 66.2],
              target: [2026, 67],
            },
            {
              name: "Deltakere i arbeidsrettede tiltak som fikk jobb",
              unit: "personer",
              source: "Bydelens egne tall",
              baseline: [2017, 140],
              values: [165, 190, 150, 185, 230, 255, 270, 290],
              target: [2026, 300],
            },
          ],
          tiltak: ["jobbsjansen-grorud", "arbeidspraksis-i-lokale-butikker", "sommerjobb-for-ungdom-i-stovner", "kvinner-i-arbeid-furuset"],
        },
        {
          title: "Flere unge fullfører videregående opplæring",
          description: "Gode oppvekstvilkår og støtte gjennom skoleløpet, så flere unge fullfører og består videregående.",
          subprogramme: "oppvekst-og-utdanning",
          indicators: [
            {
              name: "Andel som fullfører videregående innen fem år",
              unit: "%",
              source: "SSB",
              baseline: [2017, 68.4],
              values: [69.1, 70.3, 71.8, 72.5, 71.9, 73.2, 73.8, 74.1],
              target: [2026, 75],
            },
          ],
          tiltak: ["leksehjelp-pa-romsas", "mentorordning-for-elever-i-videregaende", "sommeraktiviteter-for-ungdom", "foreldrenettverk-for-nyankomne-familier", "lesestund-og-bibliotekkvelder-pa-grorud"],
        },
        {
          title: "Flere deltar i lokale aktiviteter og fellesskap",
          description: "Sterkere lokale kvaliteter og inkluderende lokalsamfunn der flere deltar: møteplasser, frivillighet, kultur og idrett.",
          subprogramme: "narmiljo",
          indicators: [
            {
              name: "Andel barn og unge som deltar i organiserte fritidsaktiviteter",
              unit: "%",
              source: "Levekårsundersøkelsen",
              baseline: [2017, 41],
              values: [42.5, 43, 38.5, 40, 44.5, 46, 47.5, 48.5],
              target: [2026, 50],
            },
            {
              name: "Besøk på lokale møteplasser",
              unit: "besøk",
              source: "Bydelens egne tall",
              baseline: [2017, 18500],
              values: [19800, 21200, 12400, 15900, 21800, 23100, 24000, 24600],
              target: [2026, 25000],
            },
          ],
          tiltak: ["sprakkafe-pa-furuset", "grorud-torg-som-moteplass", "vardugnad-pa-veitvet", "alle-med-i-idretten-pa-romsas", "nattbasket-pa-haugenstua", "jentekraft-aktivitetskvelder-for-jenter"],
        },
        {
          title: "Et tryggere og grønnere Romsås",
          description: "Områdeløftet på Romsås: trygge uterom, grønne møteplasser og et senterområde folk bruker.",
          subprogramme: "narmiljo",
          area: "romsas",
          indicators: [
            {
              name: "Andel som føler seg trygge ute om kvelden",
              unit: "%",
              source: "Levekårsundersøkelsen",
              baseline: [2017, 72],
              values: [72.5, 73.5, 74, 74.5, 76, 77.5, 78, 78.5],
              target: [2026, 80],
            },
          ],
          tiltak: ["oppgradering-av-romsas-senter-parken", "naermiljohage-pa-romsas"],
        },
      ],
    },
  ],
  levekarsloftet: [
    {
      title: "Bedre levekår og trygge, inkluderende nabolag på Storhaug og i Hillevåg",
      description: "Levekårsløftets hovedmål: at levekårssonene med de største utfordringene nærmer seg resten av byen, med beboerne som medspillere.",
      subGoals: [
        {
          title: "Tryggere og triveligere uterom",
          description: "Parker, lekeplasser, skoleveier og belysning utviklet sammen med dem som bor der.",
          subprogramme: "fysiske-tiltak-og-byrom",
          indicators: [
            {
              name: "Andel beboere som er fornøyd med uterommene i nærmiljøet",
              unit: "%",
              source: "Levekårsundersøkelsen",
              baseline: [2017, 54],
              values: [55, 57, 58, 60, 61, 63, 64, 66],
              target: [2028, 70],
            },
          ],
          tiltak: ["belysning-og-sitteplasser-ved-badedammen", "trygg-og-gronn-skolevei-i-bergeland"],
        },
        {
          title: "Flere beboere deltar i nabolaget",
          description: "Møteplasser, nærmiljøtilskudd og lokale arrangementer som gjør det lettere å delta.",
          subprogramme: "narmiljo-og-deltakelse",
          indicators: [
            {
              name: "Deltakere på arrangementer med nærmiljøtilskudd",
              unit: "personer",
              source: "Bydelens egne tall",
              baseline: [2017, 1200],
              values: [1450, 1600, 700, 1100, 1900, 2150, 2300, 2450],
              target: [2028, 3000],
            },
          ],
          tiltak: ["kajakk-for-alle-i-lervig", "naermiljotilskudd-storhaug-2026", "mobilt-kontor-i-hillevag", "gatefest-i-emmaus"],
        },
        {
          title: "Gode oppvekstvilkår for barn og unge",
          description: "Leksehjelp, fritidstilbud og støtte til familier som trenger det.",
          subprogramme: "oppvekst-og-levekar",
          indicators: [
            {
              name: "Andel barn i husholdninger med vedvarende lavinntekt",
              unit: "%",
              source: "SSB",
              baseline: [2017, 21.5],
              values: [21.2, 20.8, 21, 20.1, 19.6, 19.2, 18.9, 18.4],
              target: [2028, 16],
            },
          ],
          tiltak: ["leksehjelp-og-foreldrekafe-pa-storhaug", "ferieaktiviteter-i-hillevag"],
        },
      ],
    },
  ],
};

const RECORDED_AT = new Date("2026-03-01T10:00:00Z");

export function insertGoals(tx: Tx, ctx: GoalSeedContext): GoalSeedSummary {
  const summary: GoalSeedSummary = { programmeGoals: 0, goalIndicators: 0, indicatorValues: 0 };
  for (const [slug, mains] of Object.entries(GOALS)) {
    const programme = tx.select({ id: programmes.id }).from(programmes).where(eq(programmes.slug, slug)).get();
    if (!programme) throw new Error(`seed-goals: no programme ${slug}`);
    const coordinator = ctx.coordinatorId(slug);
    const subIds = new Map(tx.select({ slug: subprogrammes.slug, id: subprogrammes.id }).from(subprogrammes).where(eq(subprogrammes.programmeId, programme.id)).all().map((s) => [s.slug, s.id]));
    const all = (seeds: GoalSeed[]): GoalSeed[] => seeds.flatMap((g) => [g, ...all(g.subGoals ?? [])]);
    const areaSlugs = all(mains).flatMap((g) => (g.area ? [g.area] : []));
    const areaIds = new Map(areaSlugs.length ? tx.select({ slug: areas.slug, id: areas.id }).from(areas).where(inArray(areas.slug, areaSlugs)).all().map((a) => [a.slug, a.id]) : []);
    const tiltakSlugs = all(mains).flatMap((g) => g.tiltak ?? []);
    const tiltakIds = new Map(
      tx
        .select({ slug: initiatives.slug, id: initiatives.id })
        .from(initiatives)
        .where(and(eq(initiatives.programmeId, programme.id), inArray(initiatives.slug, tiltakSlugs)))
        .all()
        .map((i) => [i.slug, i.id]),
    );
    const must = <V>(map: Map<string, V>, key: string, what: string) => {
      const value = map.get(key);
      if (value === undefined) throw new Error(`seed-goals: no ${what} ${key} in ${slug}`);
      return value;
    };

    const insert = (goal: GoalSeed, parentId: number | null, position: number) => {
      const id = tx
        .insert(programmeGoals)
        .values({
          programmeId: programme.id,
          parentId,
          subprogrammeId: goal.subprogramme ? must(subIds, goal.subprogramme, "sub-programme") : null,
          areaId: goal.area ? must(areaIds, goal.area, "area") : null,
          title: goal.title,
          description: goal.description,
          position,
          createdAt: RECORDED_AT,
        })
        .returning({ id: programmeGoals.id })
        .get().id;
      summary.programmeGoals++;
      (goal.indicators ?? []).forEach((indicator, i) => {
        const indicatorId = tx
          .insert(goalIndicators)
          .values({
            goalId: id,
            name: indicator.name,
            unit: indicator.unit,
            source: indicator.source,
            baselineYear: indicator.baseline[0],
            baselineValue: indicator.baseline[1],
            targetYear: indicator.target?.[0] ?? null,
            targetValue: indicator.target?.[1] ?? null,
            position: i,
            createdAt: RECORDED_AT,
          })
          .returning({ id: goalIndicators.id })
          .get().id;
        summary.goalIndicators++;
        if (indicator.values.length) {
          tx.insert(indicatorValues)
            .values(indicator.values.map((value, k) => ({ indicatorId, year: indicator.baseline[0] + k + 1, value, recordedByUserId: coordinator, recordedAt: RECORDED_AT })))
            .run();
          summary.indicatorValues += indicator.values.length;
        }
      });
      const links = (goal.tiltak ?? []).map((t) => ({ initiativeId: must(tiltakIds, t, "tiltak"), goalId: id }));
      if (links.length) tx.insert(initiativeGoals).values(links).run();
      (goal.subGoals ?? []).forEach((sub, k) => insert(sub, id, k));
    };
    mains.forEach((goal, i) => insert(goal, null, i));
  }
  return summary;
}
