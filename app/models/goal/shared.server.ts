/**
 * What the goal modules share: the reasons a change is refused, the lookups every write starts with
 * (the goal or indicator and its programme), and the rule that a coordinator changes only their own
 * programmes' goals (admins all) and nobody changes a closed programme's (issue 21: after closing,
 * the programme is a read-only archive).
 */
import { eq } from "drizzle-orm";
import type { Db } from "../../../db/connection";
import { goalIndicators, programmeGoals, programmes } from "../../../db/schema";
import { canCoordinateProgramme, type Actor } from "~/services/permissions";
import { RefusalError, type RefusalKind } from "~/utils/refusal.server";

/** Why a change to the goals is refused; each is a key of t.planning.goals.problems. */
export type GoalProblem =
  | "notFound"
  | "forbidden"
  | "closed"
  | "hasSubGoals"
  | "hasIndicators"
  | "hasInitiatives"
  | "inPlan"
  | "parentNotMain"
  | "subprogrammeOutside"
  | "areaOutside"
  | "initiativeOutside"
  | "notSubGoal"
  | "valueBeforeBaseline"
  | "targetBeforeBaseline"
  | "targetIncomplete"
  | "noValue";

const KIND: Record<GoalProblem, RefusalKind> = {
  notFound: "notFound",
  forbidden: "forbidden",
  closed: "conflict",
  hasSubGoals: "conflict",
  hasIndicators: "conflict",
  hasInitiatives: "conflict",
  inPlan: "conflict",
  parentNotMain: "invalid",
  subprogrammeOutside: "invalid",
  areaOutside: "invalid",
  initiativeOutside: "invalid",
  notSubGoal: "conflict",
  valueBeforeBaseline: "invalid",
  targetBeforeBaseline: "invalid",
  targetIncomplete: "invalid",
  noValue: "notFound",
};

/** Throws the refusal; `field` names the form field it concerns. */
export function refuse(reason: GoalProblem, field?: string): never {
  throw new RefusalError<GoalProblem>(reason, KIND[reason], field);
}

export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type Reader = Pick<Db, "select">;
export const immediate = { behavior: "immediate" } as const;

/**
 * The programme a change is about, if the person may change it: forbidden for another's, closed
 * when its period has been closed. One query.
 */
export function writableProgramme(db: Reader, actor: Actor, programmeId: number) {
  const programme = db
    .select({ id: programmes.id, closedAt: programmes.closedAt })
    .from(programmes)
    .where(eq(programmes.id, programmeId))
    .get();
  if (!programme) refuse("notFound");
  if (!canCoordinateProgramme(actor, programme.id)) refuse("forbidden");
  if (programme.closedAt) refuse("closed");
  return programme;
}

const goalColumns = {
  id: programmeGoals.id,
  programmeId: programmeGoals.programmeId,
  parentId: programmeGoals.parentId,
  subprogrammeId: programmeGoals.subprogrammeId,
  areaId: programmeGoals.areaId,
  title: programmeGoals.title,
  description: programmeGoals.description,
  position: programmeGoals.position,
};

/** A goal the person may change (notFound, forbidden or closed otherwise). Two queries. */
export function writableGoal(db: Reader, actor: Actor, goalId: number) {
  const goal = db.select(goalColumns).from(programmeGoals).where(eq(programmeGoals.id, goalId)).get();
  if (!goal) refuse("notFound");
  writableProgramme(db, actor, goal.programmeId);
  return goal;
}

/** An indicator the person may change, with its goal's programme. Two queries. */
export function writableIndicator(db: Reader, actor: Actor, indicatorId: number) {
  const indicator = db
    .select({
      id: goalIndicators.id,
      goalId: goalIndicators.goalId,
      programmeId: programmeGoals.programmeId,
      name: goalIndicators.name,
      unit: goalIndicators.unit,
      source: goalIndicators.source,
      baselineYear: goalIndicators.baselineYear,
      baselineValue: goalIndicators.baselineValue,
      targetYear: goalIndicators.targetYear,
      targetValue: goalIndicators.targetValue,
    })
    .from(goalIndicators)
    .innerJoin(programmeGoals, eq(programmeGoals.id, goalIndicators.goalId))
    .where(eq(goalIndicators.id, indicatorId))
    .get();
  if (!indicator) refuse("notFound");
  writableProgramme(db, actor, indicator.programmeId);
  return indicator;
}
