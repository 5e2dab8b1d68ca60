/**
 * A year's plan's money (issue 21), in øre: budget lines for a tiltak in the plan, for a grant scheme
 * of the programme (the grants it decides draw on the line), or for the programme itself with an
 * optional sub-programme; from the state, the municipality or another source named by the line;
 * planned, granted and spent. A change to an adopted plan's money is a revision with its reason
 * (./shared.server.ts changePlan). The sums are read with the plan (./content.server.ts planSums).
 */
import { sql } from "drizzle-orm";
import { planBudgetLines } from "../../../db/schema";
import type { Actor } from "~/services/permissions";
import type { AddLineInput, UpdateLineInput } from "~/validation/plan";
import { itemOf } from "./plan.server";
import { changePlan, refuse, type ChangeReason, type PlanRow, type Tx } from "./shared.server";

type LineMoney = Pick<AddLineInput, "description" | "source" | "sourceName" | "planned" | "granted" | "spent" | "subprogrammeId">;

/** The sub-programme must be the programme's (or none). */
function checkSubprogramme(tx: Tx, programmeId: number, subprogrammeId: number | null) {
  if (subprogrammeId === null) return;
  const sub = tx.get<{ programmeId: number }>(sql`SELECT programme_id AS programmeId FROM subprogrammes WHERE id = ${subprogrammeId}`);
  if (!sub || sub.programmeId !== programmeId) refuse("subprogrammeNotInProgramme", "invalid", "subprogrammeId");
}

const columns = (input: LineMoney, forItem: boolean) => ({
  description: input.description,
  source: input.source,
  // Only another source has a name (the table's check): a name typed before choosing the state is dropped.
  sourceName: input.source === "other" ? input.sourceName : "",
  plannedOre: input.planned,
  grantedOre: input.granted,
  spentOre: input.spent,
  // A tiltak's line counts under the tiltak's own sub-programme.
  subprogrammeId: forItem ? null : input.subprogrammeId,
});

/** Adds a line for a tiltak in the plan, a grant scheme of the programme, or the programme. */
export function addLine(actor: Actor, planId: number, input: AddLineInput): number {
  return changePlan(actor, planId, input, "plan.budget_line_added", (tx, plan) => {
    let planItemId: number | null = null;
    let grantSchemeId: number | null = null;
    if (input.target === "item") planItemId = itemOf(tx, plan.id, input.itemId!).id;
    if (input.target === "scheme") {
      const scheme = tx.get<{ programmeId: number }>(sql`SELECT programme_id AS programmeId FROM grant_schemes WHERE id = ${input.schemeId}`);
      if (!scheme || scheme.programmeId !== plan.programmeId) refuse("schemeNotInProgramme", "invalid", "schemeId");
      grantSchemeId = input.schemeId;
    }
    checkSubprogramme(tx, plan.programmeId, input.target === "item" ? null : input.subprogrammeId);
    const position = tx.get<{ n: number }>(sql`SELECT COALESCE(MAX(position), 0) + 1 AS n FROM plan_budget_lines WHERE plan_id = ${plan.id}`)!.n;
    const id = tx
      .insert(planBudgetLines)
      .values({ planId: plan.id, planItemId, grantSchemeId, position, ...columns(input, input.target === "item") })
      .returning({ id: planBudgetLines.id })
      .get().id;
    return { result: id, details: { lineId: id, target: input.target, source: input.source, plannedOre: input.planned } };
  });
}

function lineOf(tx: Tx, plan: PlanRow, lineId: number) {
  const line = tx.get<{ id: number; planItemId: number | null; plannedOre: number; grantedOre: number | null; spentOre: number | null }>(
    sql`SELECT id, plan_item_id AS planItemId, planned_ore AS plannedOre, granted_ore AS grantedOre, spent_ore AS spentOre FROM plan_budget_lines WHERE id = ${lineId} AND plan_id = ${plan.id}`,
  );
  if (!line) refuse("notFound", "notFound");
  return line;
}

/** Changes a line's source, description and amounts (what it is for stays). */
export function updateLine(actor: Actor, planId: number, input: UpdateLineInput): void {
  changePlan(actor, planId, input, "plan.budget_line_changed", (tx, plan) => {
    const line = lineOf(tx, plan, input.lineId);
    const forItem = line.planItemId !== null;
    checkSubprogramme(tx, plan.programmeId, forItem ? null : input.subprogrammeId);
    tx.update(planBudgetLines).set(columns(input, forItem)).where(sql`${planBudgetLines.id} = ${line.id}`).run();
    return {
      result: undefined,
      details: { lineId: line.id, before: { plannedOre: line.plannedOre, grantedOre: line.grantedOre, spentOre: line.spentOre }, after: { plannedOre: input.planned, grantedOre: input.granted, spentOre: input.spent } },
    };
  });
}

export function removeLine(actor: Actor, planId: number, input: { lineId: number } & ChangeReason): void {
  changePlan(actor, planId, input, "plan.budget_line_removed", (tx, plan) => {
    const line = lineOf(tx, plan, input.lineId);
    tx.delete(planBudgetLines).where(sql`${planBudgetLines.id} = ${line.id}`).run();
    return { result: undefined, details: { lineId: line.id, plannedOre: line.plannedOre } };
  });
}
