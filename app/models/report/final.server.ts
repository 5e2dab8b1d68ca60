/**
 * The final report (sluttrapport) of a programme's whole period (issue 21), built once as data
 * (./types.ts) for the page and the Word document: every tiltak with its outcome (recorded when the
 * period is closed, initiative_outcomes), the partners per sector in each year of the period, the
 * money per source in each year's plan, and the indicators from their baseline to their last value,
 * each section with the coordinator's narrative (kind "final", year = the period's last year).
 *
 * Available once the period has ended or ends this year, or the programme is closed: before that
 * there is nothing final to report. Statements: the programme pick (1), the sources (1), the outcomes
 * (1) and the participations (1).
 */
import { sql } from "drizzle-orm";
import { pickProgramme, type CoordinatedProgramme } from "~/models/programme.server";
import type { Actor } from "~/services/permissions";
import { now, todayInNorway } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { SECTORS, type InitiativeOutcome, type InitiativeStatus, type PlanStatus, type Sector } from "~/validation/enums";
import { addMoney, bySource, goalViews, reportProgramme, zeroMoney } from "./shared.server";
import { readReportSources } from "./sources.server";
import type { FinalReportData } from "./types";

/** The final report of the programme `slug` (or the person's first); another programme is refused as forbidden. */
export function getFinalReportData(actor: Actor, slug: string | null): { report: FinalReportData; programmes: CoordinatedProgramme[] } {
  const { programme, programmes } = pickProgramme(actor, slug);
  const thisYear = Number(todayInNorway().slice(0, 4));
  const sources = readReportSources(programme.id, { kind: "final", year: { periodEndOr: thisYear } }, null);
  const info = reportProgramme(programme, sources);
  // A programme without an end year reports up to this year (it can be closed at any time).
  const lastYear = info.periodEnd ?? thisYear;
  const years: number[] = [];
  for (let y = info.periodStart; y <= lastYear; y++) years.push(y);
  const available = info.closed || (info.periodEnd !== null && info.periodEnd <= thisYear);

  const plansByYear = new Map(sources.plans.map((p) => [p.year, p]));
  const moneyByYear = years
    .filter((y) => plansByYear.has(y))
    .map((year) => {
      const plan = plansByYear.get(year)!;
      const lines = sources.lines.filter((l) => l.planId === plan.id);
      return { year, status: plan.status as PlanStatus, bySource: bySource(lines), total: lines.reduce(addMoney, zeroMoney()) };
    });

  const report: FinalReportData = {
    kind: "final",
    programme: info,
    year: lastYear,
    years,
    available,
    generatedAt: now(),
    narratives: sources.narratives,
    outcomes: outcomesOf(programme.id),
    partnersByYear: partnersByYear(programme.id, years),
    moneyByYear,
    goals: goalViews(sources, lastYear),
  };
  return { report, programmes };
}

/** Every tiltak of the programme (archived too: a closed period archives them) with its outcome, if recorded. */
function outcomesOf(programmeId: number): FinalReportData["outcomes"] {
  return getDb()
    .all<{ title: string; slug: string; status: InitiativeStatus; subprogramme: string; outcome: InitiativeOutcome | null; by: string; from: string | null; reason: string | null }>(sql`
      SELECT i.title, i.slug, i.status, coalesce(s.name, '') AS subprogramme, o.outcome,
          coalesce(org.name, nullif(o.organisation_name, ''), '') AS "by", o.from_date AS "from", coalesce(o.reason, '') AS reason
        FROM initiatives i
        LEFT JOIN subprogrammes s ON s.id = i.subprogramme_id
        LEFT JOIN initiative_outcomes o ON o.initiative_id = i.id
        LEFT JOIN organisations org ON org.id = o.organisation_id
        WHERE i.programme_id = ${programmeId}
        ORDER BY s.position, s.name, i.title COLLATE NOCASE`)
    .map((r) => ({ ...r, reason: r.reason ?? "" }));
}

/**
 * Distinct partner organisations per sector with a participation active at some time in each year
 * (the årsmelding's rule: started before the year's end, not ended before its start).
 */
function partnersByYear(programmeId: number, years: number[]): FinalReportData["partnersByYear"] {
  const rows = getDb().all<{ organisationId: number; sector: Sector; startedAt: number; endedAt: number | null }>(sql`
    SELECT p.organisation_id AS organisationId, o.sector, p.started_at AS startedAt, p.ended_at AS endedAt
      FROM initiatives i
      JOIN participations p ON p.initiative_id = i.id AND p.started_at IS NOT NULL
      JOIN organisations o ON o.id = p.organisation_id
      WHERE i.programme_id = ${programmeId}`);
  return years.map((year) => {
    const from = Date.UTC(year, 0, 1);
    const to = Date.UTC(year + 1, 0, 1);
    const seen = new Set<number>();
    const bySector = Object.fromEntries(SECTORS.map((s) => [s, 0])) as Record<Sector, number>;
    for (const r of rows) {
      if (r.startedAt >= to || (r.endedAt !== null && r.endedAt < from) || seen.has(r.organisationId)) continue;
      seen.add(r.organisationId);
      bySector[r.sector] += 1;
    }
    return { year, bySector, total: seen.size };
  });
}
