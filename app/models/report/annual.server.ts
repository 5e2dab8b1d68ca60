/**
 * The årsmelding of a programme's year (issue 21), built once as data (./types.ts) for both the page
 * and the Word document: last year's status per funded tiltak with planned against spent money (the
 * year's plan), goal and indicator progress, participation per sub-programme and sector, grants, and
 * the action programme for the next year (next year's plan, drafts included: this is the
 * coordinator's own report, never a public page), each section with the coordinator's narrative.
 *
 * Statements: the programme pick (1, with the sub-programmes), the annual counts (3, coordination-insight),
 * the grants (1) and the report's own sources (1).
 */
import { getAnnualReport } from "~/models/coordination-insight.server";
import { grantsYearReport } from "~/models/grant/public.server";
import { pickProgramme, type CoordinatedProgramme } from "~/models/programme.server";
import type { Actor } from "~/services/permissions";
import { now } from "~/utils/clock.server";
import { goalViews, planView, reportProgramme } from "./shared.server";
import { readReportSources } from "./sources.server";
import type { AnnualReportData } from "./types";

/** The years a report may be asked for (as the plans' and narratives' own checks). */
export const REPORT_YEARS = { min: 2000, max: 2100 } as const;

/**
 * The årsmelding for `year` of the programme `slug` (or the person's first), with the programmes the
 * person may choose between. Another programme is refused as forbidden, an unknown one as notFound.
 */
export function getAnnualReportData(actor: Actor, slug: string | null, year: number): { report: AnnualReportData; programmes: CoordinatedProgramme[] } {
  const { programme, programmes } = pickProgramme(actor, slug);
  const sources = readReportSources(programme.id, { kind: "annual", year }, [year, year + 1]);
  const info = reportProgramme(programme, sources);
  return {
    programmes,
    report: {
      kind: "annual",
      programme: info,
      year,
      inPeriod: year >= info.periodStart && (info.periodEnd === null || year <= info.periodEnd),
      generatedAt: now(),
      narratives: sources.narratives,
      counts: getAnnualReport(programme.id, year, programme.subprogrammes),
      grants: grantsYearReport(programme.id, year),
      plan: planView(sources, year),
      nextPlan: planView(sources, year + 1),
      goals: goalViews(sources, year),
    },
  };
}
