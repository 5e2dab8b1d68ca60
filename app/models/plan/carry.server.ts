/**
 * Carrying a year forward (issue 21): a new year's draft starts from the last adopted plan before it —
 * the tiltak that continue into the new year (not completed, not archived, their period reaching into
 * it) under the same goals, in the same order, with their notes, and the budget lines' planned
 * amounts (granted and spent are the new year's to fill in). The lines of grant schemes still in use
 * and of the programme itself come along too. One transaction with its audit entry.
 */
import { sql } from "drizzle-orm";
import { planBudgetLines, planItems, programmePlans } from "../../../db/schema";
import { audit } from "~/services/audit.server";
import type { Actor } from "~/services/permissions";
import { getDb } from "~/utils/db.server";
import { checkYear, findPlan, immediate, refuse, requireProgramme, type PlanRow } from "./shared.server";

export type CarryResult = { planId: number; fromYear: number; items: number; lines: number };

/** Creates the draft of `year` from the last adopted plan before it; refused when the year has a plan or nothing is adopted before it. */
export function carryForward(actor: Actor, programmeId: number, year: number): CarryResult {
  return getDb().transaction((tx) => {
    const programme = requireProgramme(tx, actor, programmeId, true);
    checkYear(programme, year);
    if (findPlan(tx, programmeId, year)) refuse("planExists", "conflict", "year");
    const from = tx.get<PlanRow>(sql`SELECT id, year, introduction FROM programme_plans
      WHERE programme_id = ${programmeId} AND status = 'adopted' AND year < ${year} ORDER BY year DESC LIMIT 1`);
    if (!from) refuse("nothingToCarry", "conflict", "year");
    const planId = tx
      .insert(programmePlans)
      .values({ programmeId, year, introduction: from.introduction, carriedFromPlanId: from.id, createdByUserId: actor.id })
      .returning({ id: programmePlans.id })
      .get().id;

    const continuing = tx.all<{ id: number; initiativeId: number; goalId: number | null; position: number; note: string }>(sql`
      SELECT pi.id, pi.initiative_id AS initiativeId, pi.goal_id AS goalId, pi.position, pi.note
      FROM plan_items pi JOIN initiatives i ON i.id = pi.initiative_id
      WHERE pi.plan_id = ${from.id} AND i.status <> 'completed' AND i.archived_at IS NULL
        AND (i.end_date IS NULL OR i.end_date >= ${`${year}-01-01`})
      ORDER BY pi.id`);
    const newItem = new Map<number, number>();
    for (const item of continuing) {
      const id = tx
        .insert(planItems)
        .values({ planId, initiativeId: item.initiativeId, goalId: item.goalId, position: item.position, note: item.note })
        .returning({ id: planItems.id })
        .get().id;
      newItem.set(item.id, id);
    }

    const lines = tx.all<{ planItemId: number | null; grantSchemeId: number | null; subprogrammeId: number | null; description: string; source: "state" | "municipality" | "other"; sourceName: string; plannedOre: number; position: number }>(sql`
      SELECT l.plan_item_id AS planItemId, l.grant_scheme_id AS grantSchemeId, l.subprogramme_id AS subprogrammeId, l.description, l.source,
        l.source_name AS sourceName, l.planned_ore AS plannedOre, l.position
      FROM plan_budget_lines l LEFT JOIN grant_schemes gs ON gs.id = l.grant_scheme_id
      WHERE l.plan_id = ${from.id} AND (l.grant_scheme_id IS NULL OR gs.archived_at IS NULL)
      ORDER BY l.position, l.id`);
    const carried = lines
      .filter((l) => l.planItemId === null || newItem.has(l.planItemId))
      .map((l) => ({ ...l, planId, planItemId: l.planItemId === null ? null : newItem.get(l.planItemId)!, grantedOre: null, spentOre: null }));
    if (carried.length > 0) tx.insert(planBudgetLines).values(carried).run();

    audit(
      {
        actorUserId: actor.id,
        action: "plan.carried_forward",
        entityType: "programme_plan",
        entityId: planId,
        details: { programmeId, year, fromYear: from.year, items: newItem.size, lines: carried.length },
      },
      tx,
    );
    return { planId, fromYear: from.year, items: newItem.size, lines: carried.length };
  }, immediate);
}
