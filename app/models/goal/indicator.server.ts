/**
 * Changes to a goal's indicators (issue 21): an indicator (name, unit, source, baseline year and
 * value, an optional target year and value), and its yearly values — a year's value added, changed
 * (the same year again) or removed. Each change is one immediate transaction with its audit row;
 * refusals are RefusalErrors (shared.server.ts).
 */
import { and, eq, lt, max } from "drizzle-orm";
import { goalIndicators, indicatorValues } from "../../../db/schema";
import { audit } from "~/services/audit.server";
import type { Actor } from "~/services/permissions";
import { getDb } from "~/utils/db.server";
import { immediate, refuse, writableGoal, writableIndicator } from "./shared.server";

export type IndicatorInput = {
  name: string;
  unit: string;
  source: string;
  baselineYear: number;
  baselineValue: number;
  /** Both or neither (the form and the database say so too). */
  targetYear: number | null;
  targetValue: number | null;
};

function checkInput(input: IndicatorInput) {
  if (input.targetYear !== null && input.targetYear < input.baselineYear) refuse("targetBeforeBaseline", "targetYear");
  if ((input.targetYear === null) !== (input.targetValue === null)) refuse("targetIncomplete", input.targetYear === null ? "targetYear" : "targetValue");
}

/** Adds an indicator to a goal, after its others; returns its id. */
export function createIndicator(actor: Actor, goalId: number, input: IndicatorInput): number {
  checkInput(input);
  return getDb().transaction((tx) => {
    writableGoal(tx, actor, goalId);
    const last = tx.select({ n: max(goalIndicators.position) }).from(goalIndicators).where(eq(goalIndicators.goalId, goalId)).get()?.n;
    const id = tx
      .insert(goalIndicators)
      .values({ goalId, ...input, position: last === null || last === undefined ? 0 : last + 1 })
      .returning({ id: goalIndicators.id })
      .get().id;
    audit({ actorUserId: actor.id, action: "indicator.created", entityType: "goal_indicator", entityId: id, details: { goalId, ...input } }, tx);
    return id;
  }, immediate);
}

/**
 * Changes an indicator. A later baseline year would leave earlier yearly values before it, so it is
 * refused while such values exist.
 */
export function updateIndicator(actor: Actor, indicatorId: number, input: IndicatorInput): void {
  checkInput(input);
  getDb().transaction((tx) => {
    const current = writableIndicator(tx, actor, indicatorId);
    const changed = (["name", "unit", "source", "baselineYear", "baselineValue", "targetYear", "targetValue"] as const).filter((k) => current[k] !== input[k]);
    if (changed.length === 0) return;
    const earlier = tx
      .select({ year: indicatorValues.year })
      .from(indicatorValues)
      .where(and(eq(indicatorValues.indicatorId, indicatorId), lt(indicatorValues.year, input.baselineYear)))
      .get();
    if (earlier) refuse("valueBeforeBaseline", "baselineYear");
    tx.update(goalIndicators).set(input).where(eq(goalIndicators.id, indicatorId)).run();
    audit({
      actorUserId: actor.id,
      action: "indicator.updated",
      entityType: "goal_indicator",
      entityId: indicatorId,
      details: Object.fromEntries(changed.map((k) => [k, { from: current[k], to: input[k] }])),
    }, tx);
  }, immediate);
}

/** Deletes an indicator with its yearly values (they mean nothing without it). */
export function deleteIndicator(actor: Actor, indicatorId: number): void {
  getDb().transaction((tx) => {
    const current = writableIndicator(tx, actor, indicatorId);
    tx.delete(goalIndicators).where(eq(goalIndicators.id, indicatorId)).run();
    audit({ actorUserId: actor.id, action: "indicator.deleted", entityType: "goal_indicator", entityId: indicatorId, details: { goalId: current.goalId, name: current.name } }, tx);
  }, immediate);
}

/**
 * Records an indicator's value for a year: added, or changed when the year has one. A year before
 * the baseline is refused (the baseline is where the line starts).
 */
export function setIndicatorValue(actor: Actor, indicatorId: number, year: number, value: number): "added" | "changed" | "unchanged" {
  return getDb().transaction((tx) => {
    const indicator = writableIndicator(tx, actor, indicatorId);
    if (year < indicator.baselineYear) refuse("valueBeforeBaseline", "year");
    const current = tx
      .select({ value: indicatorValues.value })
      .from(indicatorValues)
      .where(and(eq(indicatorValues.indicatorId, indicatorId), eq(indicatorValues.year, year)))
      .get();
    if (current?.value === value) return "unchanged";
    tx.insert(indicatorValues)
      .values({ indicatorId, year, value, recordedByUserId: actor.id })
      .onConflictDoUpdate({ target: [indicatorValues.indicatorId, indicatorValues.year], set: { value, recordedByUserId: actor.id, recordedAt: new Date() } })
      .run();
    audit({
      actorUserId: actor.id,
      action: "indicator.value_set",
      entityType: "goal_indicator",
      entityId: indicatorId,
      details: { year, value, ...(current ? { previous: current.value } : {}) },
    }, tx);
    return current ? "changed" : "added";
  }, immediate);
}

/** Removes a year's value; a year without one is refused (noValue). */
export function removeIndicatorValue(actor: Actor, indicatorId: number, year: number): void {
  getDb().transaction((tx) => {
    writableIndicator(tx, actor, indicatorId);
    const removed = tx
      .delete(indicatorValues)
      .where(and(eq(indicatorValues.indicatorId, indicatorId), eq(indicatorValues.year, year)))
      .returning({ value: indicatorValues.value })
      .get();
    if (!removed) refuse("noValue");
    audit({ actorUserId: actor.id, action: "indicator.value_removed", entityType: "goal_indicator", entityId: indicatorId, details: { year, value: removed.value } }, tx);
  }, immediate);
}
