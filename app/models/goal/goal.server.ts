/**
 * Changes to a programme's goals (issue 21): creating a main goal or a sub-goal (one level), editing
 * it, moving it up or down among its siblings (which renumbers them: 1.2 becomes 1.1), deleting it
 * when nothing refers to it, and linking the programme's tiltak to the sub-goals they serve. Each
 * change is one immediate transaction with its audit row; refusals are RefusalErrors (shared.server.ts).
 */
import { and, asc, count, eq, isNull, max } from "drizzle-orm";
import { areas, goalIndicators, initiativeGoals, initiatives, planItems, programmeAreas, programmeGoals, subprogrammes } from "../../../db/schema";
import { audit } from "~/services/audit.server";
import type { Actor } from "~/services/permissions";
import { getDb } from "~/utils/db.server";
import { immediate, refuse, writableGoal, writableProgramme, type Tx } from "./shared.server";

export type GoalInput = {
  title: string;
  description: string;
  /** The main goal a sub-goal sits under; null for a main goal. Fixed once the goal exists. */
  parentId: number | null;
  subprogrammeId: number | null;
  areaId: number | null;
};

/** A sub-programme and an area must be the programme's own. */
function checkNarrowing(tx: Tx, programmeId: number, input: Pick<GoalInput, "subprogrammeId" | "areaId">) {
  if (input.subprogrammeId !== null) {
    const sub = tx.select({ programmeId: subprogrammes.programmeId }).from(subprogrammes).where(eq(subprogrammes.id, input.subprogrammeId)).get();
    if (sub?.programmeId !== programmeId) refuse("subprogrammeOutside", "subprogrammeId");
  }
  if (input.areaId !== null) {
    const area = tx
      .select({ id: areas.id })
      .from(programmeAreas)
      .innerJoin(areas, eq(areas.id, programmeAreas.areaId))
      .where(and(eq(programmeAreas.programmeId, programmeId), eq(programmeAreas.areaId, input.areaId)))
      .get();
    if (!area) refuse("areaOutside", "areaId");
  }
}

const siblingsOf = (parentId: number | null, programmeId: number) =>
  and(eq(programmeGoals.programmeId, programmeId), parentId === null ? isNull(programmeGoals.parentId) : eq(programmeGoals.parentId, parentId));

/** Creates a goal at the end of its siblings; returns its id. */
export function createGoal(actor: Actor, programmeId: number, input: GoalInput): number {
  return getDb().transaction((tx) => {
    writableProgramme(tx, actor, programmeId);
    if (input.parentId !== null) {
      const parent = tx.select({ programmeId: programmeGoals.programmeId, parentId: programmeGoals.parentId }).from(programmeGoals).where(eq(programmeGoals.id, input.parentId)).get();
      // Another programme's goal is as unknown here as a made-up id.
      if (!parent || parent.programmeId !== programmeId) refuse("notFound", "parentId");
      if (parent.parentId !== null) refuse("parentNotMain", "parentId");
    }
    checkNarrowing(tx, programmeId, input);
    const last = tx.select({ n: max(programmeGoals.position) }).from(programmeGoals).where(siblingsOf(input.parentId, programmeId)).get()?.n;
    const id = tx
      .insert(programmeGoals)
      .values({ programmeId, ...input, position: last === null || last === undefined ? 0 : last + 1 })
      .returning({ id: programmeGoals.id })
      .get().id;
    audit({ actorUserId: actor.id, action: "goal.created", entityType: "programme_goal", entityId: id, details: { programmeId, title: input.title, parentId: input.parentId } }, tx);
    return id;
  }, immediate);
}

/** Changes a goal's title, description and narrowing (its place in the structure stays). */
export function updateGoal(actor: Actor, goalId: number, input: Omit<GoalInput, "parentId">): void {
  getDb().transaction((tx) => {
    const goal = writableGoal(tx, actor, goalId);
    checkNarrowing(tx, goal.programmeId, input);
    const changed = (["title", "description", "subprogrammeId", "areaId"] as const).filter((k) => goal[k] !== input[k]);
    if (changed.length === 0) return;
    tx.update(programmeGoals)
      .set({ title: input.title, description: input.description, subprogrammeId: input.subprogrammeId, areaId: input.areaId, updatedAt: new Date() })
      .where(eq(programmeGoals.id, goalId))
      .run();
    audit({ actorUserId: actor.id, action: "goal.updated", entityType: "programme_goal", entityId: goalId, details: { changed, title: input.title } }, tx);
  }, immediate);
}

/**
 * Moves a goal one place up or down among its siblings; at the top (or bottom) nothing changes.
 * The siblings are renumbered 0…n−1 on the way, so equal or missing positions cannot stall a move.
 */
export function moveGoal(actor: Actor, goalId: number, direction: "up" | "down"): void {
  getDb().transaction((tx) => {
    const goal = writableGoal(tx, actor, goalId);
    const siblings = tx
      .select({ id: programmeGoals.id })
      .from(programmeGoals)
      .where(siblingsOf(goal.parentId, goal.programmeId))
      .orderBy(asc(programmeGoals.position), asc(programmeGoals.id))
      .all()
      .map((s) => s.id);
    const from = siblings.indexOf(goalId);
    const to = direction === "up" ? from - 1 : from + 1;
    if (from < 0 || to < 0 || to >= siblings.length) return;
    [siblings[from], siblings[to]] = [siblings[to]!, siblings[from]!];
    siblings.forEach((id, position) => tx.update(programmeGoals).set({ position }).where(eq(programmeGoals.id, id)).run());
    audit({ actorUserId: actor.id, action: "goal.moved", entityType: "programme_goal", entityId: goalId, details: { direction, title: goal.title } }, tx);
  }, immediate);
}

/**
 * Deletes a goal when nothing refers to it: no sub-goals, no indicators, no linked tiltak, no plan
 * item under it. Otherwise refused with the first reason, so the coordinator knows what to move first.
 */
export function deleteGoal(actor: Actor, goalId: number): void {
  getDb().transaction((tx) => {
    const goal = writableGoal(tx, actor, goalId);
    const n = (q: { n: number } | undefined) => q?.n ?? 0;
    if (n(tx.select({ n: count() }).from(programmeGoals).where(eq(programmeGoals.parentId, goalId)).get())) refuse("hasSubGoals");
    if (n(tx.select({ n: count() }).from(goalIndicators).where(eq(goalIndicators.goalId, goalId)).get())) refuse("hasIndicators");
    if (n(tx.select({ n: count() }).from(initiativeGoals).where(eq(initiativeGoals.goalId, goalId)).get())) refuse("hasInitiatives");
    if (n(tx.select({ n: count() }).from(planItems).where(eq(planItems.goalId, goalId)).get())) refuse("inPlan");
    tx.delete(programmeGoals).where(eq(programmeGoals.id, goalId)).run();
    audit({ actorUserId: actor.id, action: "goal.deleted", entityType: "programme_goal", entityId: goalId, details: { programmeId: goal.programmeId, title: goal.title } }, tx);
  }, immediate);
}

/** Links a tiltak of the goal's programme to a sub-goal; linking it again changes nothing. */
export function linkInitiative(actor: Actor, goalId: number, initiativeId: number): void {
  getDb().transaction((tx) => {
    const goal = writableGoal(tx, actor, goalId);
    if (goal.parentId === null) refuse("notSubGoal");
    const tiltak = tx.select({ programmeId: initiatives.programmeId, title: initiatives.title }).from(initiatives).where(eq(initiatives.id, initiativeId)).get();
    if (!tiltak || tiltak.programmeId !== goal.programmeId) refuse("initiativeOutside", "initiativeId");
    const inserted = tx.insert(initiativeGoals).values({ initiativeId, goalId }).onConflictDoNothing().run();
    if (inserted.changes === 0) return;
    audit({ actorUserId: actor.id, action: "goal.initiative_linked", entityType: "programme_goal", entityId: goalId, details: { initiativeId, initiative: tiltak.title } }, tx);
  }, immediate);
}

/** Takes a tiltak off a goal; one that is not linked changes nothing. */
export function unlinkInitiative(actor: Actor, goalId: number, initiativeId: number): void {
  getDb().transaction((tx) => {
    writableGoal(tx, actor, goalId);
    const removed = tx.delete(initiativeGoals).where(and(eq(initiativeGoals.goalId, goalId), eq(initiativeGoals.initiativeId, initiativeId))).run();
    if (removed.changes === 0) return;
    audit({ actorUserId: actor.id, action: "goal.initiative_unlinked", entityType: "programme_goal", entityId: goalId, details: { initiativeId } }, tx);
  }, immediate);
}
