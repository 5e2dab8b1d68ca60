/**
 * What anyone may see of the plans (issue 21): adopted plans only — never a draft. The list of a
 * programme's adopted plans with their totals (for /satsinger/:slug and the open data), and one
 * adopted plan as it now stands with its revision history (dates and reasons; nobody's name). A
 * tiltak that is not public keeps its number and money, not its name (./content.server.ts
 * publicContent). Both are aggregates kept per public data version (every plan table moves it,
 * migration 0010), so a change shows in the very next read.
 */
import { sql } from "drizzle-orm";
import { getDb } from "~/utils/db.server";
import { memoisePerDataVersion } from "~/utils/derived-cache.server";
import type { BudgetSource } from "~/validation/enums";
import { planSums, publicContent, readPlanContent, type Amounts, type PlanContent, type PlanSums } from "./content.server";

export type AdoptedPlanSummary = {
  year: number;
  adoptedBy: string;
  adoptedOn: string;
  /** Changes after adoption (revisions after 0). */
  revisions: number;
  total: Amounts;
  bySource: ({ source: BudgetSource; sourceName: string } & Amounts)[];
  bySubprogramme: ({ name: string | null } & Amounts)[];
};

type SummaryRow = { year: number; adoptedBy: string; adoptedOn: string; revisions: number; lines: string };
type LineSum = { source: BudgetSource; sourceName: string; subprogramme: string | null; planned: number; granted: number; spent: number };

/**
 * A programme's adopted plans by year, each with its totals per source and sub-programme. One
 * statement (the lines summed per plan inside it), once per data version and programme.
 */
export function listAdoptedPlans(programmeId: number): AdoptedPlanSummary[] {
  return memoisePerDataVersion(`adopted-plans:${programmeId}`, () => adoptedPlansOf([programmeId]).get(programmeId) ?? []);
}

/**
 * Several programmes' adopted plans, by programme id (the open data's page of programmes): the same
 * statement as listAdoptedPlans, for all of them at once. Added by H1 (the open data, /api/v1/programmes).
 */
export function adoptedPlansOf(programmeIds: readonly number[]): Map<number, AdoptedPlanSummary[]> {
  const result = new Map<number, AdoptedPlanSummary[]>(programmeIds.map((id) => [id, []]));
  if (programmeIds.length === 0) return result;
  {
    const rows = getDb().all<SummaryRow & { programmeId: number }>(sql`
      SELECT pp.programme_id AS programmeId, pp.year, pp.adopted_by AS adoptedBy, pp.adopted_on AS adoptedOn,
        (SELECT COUNT(*) FROM plan_revisions r WHERE r.plan_id = pp.id AND r.revision > 0) AS revisions,
        (SELECT json_group_array(json_object('source', source, 'sourceName', sourceName, 'subprogramme', subprogramme, 'planned', planned, 'granted', granted, 'spent', spent))
          FROM (SELECT l.source, l.source_name AS sourceName, s.name AS subprogramme, SUM(l.planned_ore) AS planned,
              COALESCE(SUM(l.granted_ore), 0) AS granted, COALESCE(SUM(l.spent_ore), 0) AS spent
            FROM plan_budget_lines l
            LEFT JOIN plan_items pi ON pi.id = l.plan_item_id
            LEFT JOIN initiatives i ON i.id = pi.initiative_id
            LEFT JOIN subprogrammes s ON s.id = COALESCE(l.subprogramme_id, i.subprogramme_id)
            WHERE l.plan_id = pp.id GROUP BY l.source, l.source_name, s.name)) AS lines
      FROM programme_plans pp WHERE pp.programme_id IN (${sql.join(
        [...new Set(programmeIds)].map((id) => sql`${id}`),
        sql`, `,
      )}) AND pp.status = 'adopted' ORDER BY pp.year DESC`);
    for (const { lines, programmeId, ...row } of rows) {
      const sums = JSON.parse(lines) as LineSum[];
      const total = { plannedOre: 0, grantedOre: 0, spentOre: 0 };
      const bySource = new Map<string, AdoptedPlanSummary["bySource"][number]>();
      const bySub = new Map<string, AdoptedPlanSummary["bySubprogramme"][number]>();
      for (const l of sums) {
        const amounts = { plannedOre: l.planned, grantedOre: l.granted, spentOre: l.spent };
        for (const [map, key, base] of [
          [bySource, `${l.source}:${l.sourceName}`, { source: l.source, sourceName: l.sourceName }],
          [bySub, String(l.subprogramme), { name: l.subprogramme }],
        ] as const) {
          const entry = (map as Map<string, Amounts>).get(key) ?? { ...base, plannedOre: 0, grantedOre: 0, spentOre: 0 };
          entry.plannedOre += amounts.plannedOre;
          entry.grantedOre += amounts.grantedOre;
          entry.spentOre += amounts.spentOre;
          (map as Map<string, Amounts>).set(key, entry);
        }
        total.plannedOre += amounts.plannedOre;
        total.grantedOre += amounts.grantedOre;
        total.spentOre += amounts.spentOre;
      }
      const ORDER = { state: 0, municipality: 1, other: 2 } as const;
      result.get(programmeId)?.push({
        ...row,
        total,
        bySource: [...bySource.values()].sort((a, b) => ORDER[a.source] - ORDER[b.source] || a.sourceName.localeCompare(b.sourceName, "nb")),
        bySubprogramme: [...bySub.values()].sort((a, b) => (a.name === null ? 1 : 0) - (b.name === null ? 1 : 0) || (a.name ?? "").localeCompare(b.name ?? "", "nb")),
      });
    }
  }
  return result;
}

export type PublicPlan = {
  programme: { slug: string; name: string; municipality: string; closed: boolean };
  year: number;
  adoptedBy: string;
  adoptedOn: string;
  content: PlanContent;
  sums: PlanSums;
  /** Revision 0 is the adoption; each later one a change with its date and reason. */
  revisions: { revision: number; reason: string; changedAt: number }[];
};

type PlanHead = {
  id: number;
  programmeId: number;
  year: number;
  introduction: string;
  status: string;
  adoptedBy: string;
  adoptedOn: string;
  slug: string;
  name: string;
  municipality: string;
  closedAt: number | null;
  revisions: string;
};

/**
 * A programme's adopted plan for a year as it now stands, or undefined for an unknown programme, a
 * year without a plan and a draft alike. Four statements, once per data version, programme and year.
 */
export function getAdoptedPlan(programmeSlug: string, year: number): PublicPlan | undefined {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) return undefined;
  return memoisePerDataVersion(
    `adopted-plan:${programmeSlug}:${year}`,
    () => {
      const db = getDb();
      const head = db.get<PlanHead>(sql`
        SELECT pp.id, pp.programme_id AS programmeId, pp.year, pp.introduction, pp.status, pp.adopted_by AS adoptedBy, pp.adopted_on AS adoptedOn,
          p.slug, p.name, p.municipality, p.closed_at AS closedAt,
          (SELECT json_group_array(json_object('revision', revision, 'reason', reason, 'changedAt', created_at)) FROM (
            SELECT revision, reason, created_at FROM plan_revisions WHERE plan_id = pp.id ORDER BY revision)) AS revisions
        FROM programmes p JOIN programme_plans pp ON pp.programme_id = p.id AND pp.year = ${year}
        WHERE p.slug = ${programmeSlug}`);
      if (!head || head.status !== "adopted") return undefined;
      const content = publicContent(readPlanContent(db, head));
      return {
        programme: { slug: head.slug, name: head.name, municipality: head.municipality, closed: head.closedAt !== null },
        year: head.year,
        adoptedBy: head.adoptedBy,
        adoptedOn: head.adoptedOn,
        content,
        sums: planSums(content),
        revisions: JSON.parse(head.revisions),
      };
    },
    // Keyed by what a visitor types: weighed, so unknown slugs cannot fill the cache.
    { weight: () => 1 },
  );
}
