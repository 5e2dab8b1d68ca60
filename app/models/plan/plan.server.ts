/**
 * A programme's plan for a year (issue 21, handlingsprogram): a draft for a year inside the
 * programme's period (one per year), its introduction, its tiltak under the goals they serve (with a
 * position and a note), and adoption by a named body on a date — which writes revision 0. After
 * adoption every change needs a reason and becomes the next revision (./shared.server.ts changePlan).
 * Scoped to the programmes the person coordinates; a closed programme's plans are read-only.
 * The coordinator's page reads everything it shows through getPlanPage.
 */
import { sql } from "drizzle-orm";
import { planItems, programmePlans } from "../../../db/schema";
import { audit } from "~/services/audit.server";
import { canCoordinateProgramme, type Actor } from "~/services/permissions";
import { todayInNorway } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import type { InitiativeStatus, PlanStatus } from "~/validation/enums";
import type { AddItemInput, AdoptInput, UpdateItemInput } from "~/validation/plan";
import { numberGoals, planSums, readPlanContent, type GoalRow, type PlanContent, type PlanSums } from "./content.server";
import { recordRevision, type RevisionEntry } from "./revision.server";
import {
  changePlan,
  checkYear,
  findPlan,
  immediate,
  loadPlan,
  refuse,
  requireProgramme,
  type ChangeReason,
  type PlanRow,
  type Reader,
  type Tx,
} from "./shared.server";

/** Creates the draft plan of a year; refused outside the programme's period and for a year that has one. */
export function createPlan(actor: Actor, programmeId: number, year: number, introduction = ""): number {
  return getDb().transaction((tx) => {
    const programme = requireProgramme(tx, actor, programmeId, true);
    checkYear(programme, year);
    if (findPlan(tx, programmeId, year)) refuse("planExists", "conflict", "year");
    const id = tx.insert(programmePlans).values({ programmeId, year, introduction, createdByUserId: actor.id }).returning({ id: programmePlans.id }).get().id;
    audit({ actorUserId: actor.id, action: "plan.created", entityType: "programme_plan", entityId: id, details: { programmeId, year } }, tx);
    return id;
  }, immediate);
}

export function updateIntroduction(actor: Actor, planId: number, input: { introduction: string } & ChangeReason): void {
  changePlan(actor, planId, input, "plan.introduction_changed", (tx, plan) => {
    tx.update(programmePlans).set({ introduction: input.introduction }).where(sql`${programmePlans.id} = ${plan.id}`).run();
    return { result: undefined, details: {} };
  });
}

/** The goal must be one of the programme's (or none). */
function checkGoal(tx: Tx, programmeId: number, goalId: number | null) {
  if (goalId === null) return;
  const goal = tx.get<{ programmeId: number }>(sql`SELECT programme_id AS programmeId FROM programme_goals WHERE id = ${goalId}`);
  if (!goal || goal.programmeId !== programmeId) refuse("goalNotInProgramme", "invalid", "goalId");
}

/** Adds a tiltak of the programme to the plan, last under its goal (given, none, or — undefined — the sub-goal it is linked to). */
export function addItem(actor: Actor, planId: number, input: AddItemInput): number {
  return changePlan(actor, planId, input, "plan.item_added", (tx, plan) => {
    const initiative = tx.get<{ programmeId: number; title: string }>(sql`SELECT programme_id AS programmeId, title FROM initiatives WHERE id = ${input.initiativeId}`);
    if (!initiative || initiative.programmeId !== plan.programmeId) refuse("initiativeNotInProgramme", "invalid", "initiativeId");
    // No goal chosen: the sub-goal the tiltak is linked to (the first, in the structure's order), if any.
    const goalId =
      input.goalId !== undefined
        ? input.goalId
        : (tx.get<{ id: number }>(sql`SELECT g.id FROM initiative_goals ig JOIN programme_goals g ON g.id = ig.goal_id
            WHERE ig.initiative_id = ${input.initiativeId} AND g.programme_id = ${plan.programmeId} ORDER BY g.position, g.id LIMIT 1`)?.id ?? null);
    checkGoal(tx, plan.programmeId, goalId);
    if (tx.get(sql`SELECT 1 FROM plan_items WHERE plan_id = ${plan.id} AND initiative_id = ${input.initiativeId}`)) refuse("itemExists", "conflict", "initiativeId");
    const position = tx.get<{ n: number }>(sql`SELECT COALESCE(MAX(position), 0) + 1 AS n FROM plan_items WHERE plan_id = ${plan.id} AND goal_id IS ${goalId}`)!.n;
    const id = tx
      .insert(planItems)
      .values({ planId: plan.id, initiativeId: input.initiativeId, goalId, position, note: input.note })
      .returning({ id: planItems.id })
      .get().id;
    return { result: id, details: { itemId: id, initiativeId: input.initiativeId, title: initiative.title } };
  });
}

/** The plan's item, or notFound (another plan's item included). */
export function itemOf(db: Reader, planId: number, itemId: number) {
  const item = db.get<{ id: number; initiativeId: number; goalId: number | null; position: number; note: string }>(
    sql`SELECT id, initiative_id AS initiativeId, goal_id AS goalId, position, note FROM plan_items WHERE id = ${itemId} AND plan_id = ${planId}`,
  );
  if (!item) refuse("notFound", "notFound");
  return item;
}

/** Moves an item to another goal or position, or changes its note. */
export function updateItem(actor: Actor, planId: number, input: UpdateItemInput): void {
  changePlan(actor, planId, input, "plan.item_changed", (tx, plan) => {
    const item = itemOf(tx, plan.id, input.itemId);
    checkGoal(tx, plan.programmeId, input.goalId);
    const position = input.position ?? (input.goalId === item.goalId ? item.position : tx.get<{ n: number }>(sql`SELECT COALESCE(MAX(position), 0) + 1 AS n FROM plan_items WHERE plan_id = ${plan.id} AND goal_id IS ${input.goalId}`)!.n);
    tx.update(planItems).set({ goalId: input.goalId, note: input.note, position }).where(sql`${planItems.id} = ${item.id}`).run();
    return { result: undefined, details: { itemId: item.id, goalId: input.goalId, position } };
  });
}

/** Takes a tiltak out of the plan, with its budget lines. */
export function removeItem(actor: Actor, planId: number, input: { itemId: number } & ChangeReason): void {
  changePlan(actor, planId, input, "plan.item_removed", (tx, plan) => {
    const item = itemOf(tx, plan.id, input.itemId);
    tx.delete(planItems).where(sql`${planItems.id} = ${item.id}`).run();
    return { result: undefined, details: { itemId: item.id, initiativeId: item.initiativeId } };
  });
}

/**
 * Adopts a draft: by which body, on which date (not in the future). Revision 0 keeps the plan as
 * adopted, whatever comes after.
 */
export function adoptPlan(actor: Actor, planId: number, input: AdoptInput): void {
  getDb().transaction((tx) => {
    const plan = loadPlan(tx, planId);
    if (!plan) refuse("notFound", "notFound");
    requireProgramme(tx, actor, plan.programmeId, true);
    if (plan.status === "adopted") refuse("alreadyAdopted");
    if (input.adoptedOn > todayInNorway()) refuse("adoptedOnInFuture", "invalid", "adoptedOn");
    tx.update(programmePlans)
      .set({ status: "adopted", adoptedBy: input.adoptedBy, adoptedOn: input.adoptedOn })
      .where(sql`${programmePlans.id} = ${plan.id}`)
      .run();
    recordRevision(tx, actor.id, plan.id, "");
    audit({ actorUserId: actor.id, action: "plan.adopted", entityType: "programme_plan", entityId: plan.id, details: { programmeId: plan.programmeId, year: plan.year, adoptedBy: input.adoptedBy, adoptedOn: input.adoptedOn } }, tx);
  }, immediate);
}

// ---------------------------------------------------------------------------------------------
// The coordinator's page
// ---------------------------------------------------------------------------------------------

export type PlanChoices = {
  initiatives: { id: number; title: string; status: InitiativeStatus }[];
  schemes: { id: number; name: string }[];
  /** Main goals and their sub-goals in order, numbered as the plan numbers them. */
  goals: { id: number; number: string; title: string; parentId: number | null }[];
};

export type PlanPage = {
  programme: { id: number; periodStart: number; periodEnd: number | null; closed: boolean };
  years: { year: number; status: PlanStatus }[];
  plan: (Omit<PlanRow, "programmeId"> & { content: PlanContent; sums: PlanSums; revisions: RevisionEntry[] }) | null;
  choices: PlanChoices;
};

type ContextRow = {
  periodStart: number;
  periodEnd: number | null;
  closedAt: number | null;
  years: string;
  plan: string | null;
  revisions: string;
  initiatives: string;
  schemes: string;
  goals: string;
};

/**
 * What /koordinator/plan shows for a programme the person coordinates and a year: the programme's
 * years with a plan, the plan (or null) with its content, sums and revisions, and what its forms
 * choose from. Three statements whatever the size: the programme with its plan, choices and
 * revisions as JSON, then the plan's tiltak and its budget lines.
 */
export function getPlanPage(actor: Actor, programmeId: number, year: number): PlanPage {
  const db = getDb();
  const ctx = db.get<ContextRow>(sql`SELECT period_start AS periodStart, period_end AS periodEnd, closed_at AS closedAt,
      (SELECT json_group_array(json_object('year', year, 'status', status)) FROM (SELECT year, status FROM programme_plans WHERE programme_id = p.id ORDER BY year)) AS years,
      (SELECT json_object('id', id, 'programmeId', programme_id, 'year', year, 'status', status, 'introduction', introduction, 'adoptedBy', adopted_by,
        'adoptedOn', adopted_on, 'carriedFromPlanId', carried_from_plan_id) FROM programme_plans WHERE programme_id = p.id AND year = ${year}) AS plan,
      (SELECT json_group_array(json_object('revision', revision, 'reason', reason, 'changedAt', changedAt, 'changedBy', changedBy)) FROM (
        SELECT r.revision, r.reason, r.created_at AS changedAt, u.name AS changedBy FROM plan_revisions r
        JOIN programme_plans pp ON pp.id = r.plan_id LEFT JOIN users u ON u.id = r.changed_by_user_id
        WHERE pp.programme_id = p.id AND pp.year = ${year} ORDER BY r.revision)) AS revisions,
      (SELECT json_group_array(json_object('id', id, 'title', title, 'status', status)) FROM (SELECT id, title, status FROM initiatives
        WHERE programme_id = p.id AND archived_at IS NULL ORDER BY title)) AS initiatives,
      (SELECT json_group_array(json_object('id', id, 'name', name)) FROM (SELECT id, name FROM grant_schemes WHERE programme_id = p.id AND archived_at IS NULL ORDER BY name)) AS schemes,
      (SELECT json_group_array(json_object('id', id, 'parentId', parent_id, 'title', title, 'position', position)) FROM programme_goals WHERE programme_id = p.id) AS goals
    FROM programmes p WHERE p.id = ${programmeId}`);
  if (!ctx) refuse("notFound", "notFound");
  if (!canCoordinateProgramme(actor, programmeId)) refuse("forbidden", "forbidden");
  const goals = JSON.parse(ctx.goals) as GoalRow[];
  const found = ctx.plan === null ? null : (JSON.parse(ctx.plan) as PlanRow);
  let plan: PlanPage["plan"] = null;
  if (found) {
    const { programmeId: _, ...row } = found;
    const content = readPlanContent(db, found, goals);
    plan = { ...row, content, sums: planSums(content), revisions: JSON.parse(ctx.revisions) as RevisionEntry[] };
  }
  return {
    programme: { id: programmeId, periodStart: ctx.periodStart, periodEnd: ctx.periodEnd, closed: ctx.closedAt !== null },
    years: JSON.parse(ctx.years),
    plan,
    choices: { initiatives: JSON.parse(ctx.initiatives), schemes: JSON.parse(ctx.schemes), goals: goalChoices(goals) },
  };
}

function goalChoices(goals: GoalRow[]): PlanChoices["goals"] {
  const { numbers } = numberGoals(goals);
  return goals
    .filter((g) => numbers.has(g.id))
    .map((g) => ({ id: g.id, number: numbers.get(g.id)!.number, title: g.title, parentId: g.parentId }))
    .sort((a, b) => a.number.localeCompare(b.number, "nb", { numeric: true }));
}

/** The plan of a programme's year, or notFound: what the page's forms change. */
export function planIdFor(actor: Actor, programmeId: number, year: number): number {
  const db = getDb();
  requireProgramme(db, actor, programmeId, false);
  const plan = findPlan(db, programmeId, year);
  if (!plan) refuse("noPlan", "notFound");
  return plan.id;
}
