/**
 * What the plan models share (issue 21): the transaction type, refusals with the plan's reasons, the
 * programme a plan belongs to (its period, whether it is closed, whether the person coordinates it),
 * and the one path every change to a plan takes — checked, done, then (for an adopted plan) kept as
 * the next revision with its reason, and audited, in one transaction. Not for routes: they call the
 * sub-topic modules.
 */
import { sql } from "drizzle-orm";
import { programmePlans } from "../../../db/schema";
import { audit } from "~/services/audit.server";
import { canCoordinateProgramme, type Actor } from "~/services/permissions";
import { now } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { RefusalError, type RefusalKind } from "~/utils/refusal.server";
import type { PlanStatus } from "~/validation/enums";
import { recordRevision } from "./revision.server";

export type Tx = Parameters<Parameters<ReturnType<typeof getDb>["transaction"]>[0]>[0];
export type Reader = Pick<Tx, "all" | "get">;
export const immediate = { behavior: "immediate" } as const;

export type PlanRefusal = keyof typeof import("~/i18n/nb.planning.plan").plan.refusals;

/** Throws a RefusalError with one of the plan's reasons (a key of messages.planning.plan.refusals). */
export function refuse(reason: PlanRefusal, kind: RefusalKind = "conflict", field?: string): never {
  throw new RefusalError<PlanRefusal>(reason, kind, field);
}

/** The years any plan may have (the table's check): a typed year outside them is refused before the period is. */
export const PLAN_YEARS = { min: 2000, max: 2100 } as const;

export type PlanProgramme = { id: number; slug: string; name: string; periodStart: number; periodEnd: number | null; closedAt: number | null };

export function loadProgramme(db: Reader, programmeId: number): PlanProgramme | undefined {
  return db.get<PlanProgramme>(sql`SELECT id, slug, name, period_start AS periodStart, period_end AS periodEnd, closed_at AS closedAt
    FROM programmes WHERE id = ${programmeId}`);
}

/**
 * The programme, if the person coordinates it: unknown is notFound, another's forbidden, and for a
 * change (`write`) a closed programme is refused — its plans stay as they were when it closed.
 */
export function requireProgramme(db: Reader, actor: Actor, programmeId: number, write: boolean): PlanProgramme {
  const programme = loadProgramme(db, programmeId);
  if (!programme) refuse("notFound", "notFound");
  if (!canCoordinateProgramme(actor, programme.id)) refuse("forbidden", "forbidden");
  if (write && programme.closedAt !== null) refuse("programmeClosed");
  return programme;
}

/** A plan's year must be a year (2000–2100) and lie in the programme's period. */
export function checkYear(programme: Pick<PlanProgramme, "periodStart" | "periodEnd">, year: number): void {
  if (!Number.isInteger(year) || year < PLAN_YEARS.min || year > PLAN_YEARS.max) refuse("yearOutOfRange", "invalid", "year");
  if (year < programme.periodStart || (programme.periodEnd !== null && year > programme.periodEnd)) refuse("yearOutsidePeriod", "invalid", "year");
}

export type PlanRow = {
  id: number;
  programmeId: number;
  year: number;
  status: PlanStatus;
  introduction: string;
  adoptedBy: string | null;
  adoptedOn: string | null;
  carriedFromPlanId: number | null;
};

const planColumns = sql`id, programme_id AS programmeId, year, status, introduction, adopted_by AS adoptedBy, adopted_on AS adoptedOn, carried_from_plan_id AS carriedFromPlanId`;

export function loadPlan(db: Reader, planId: number): PlanRow | undefined {
  return db.get<PlanRow>(sql`SELECT ${planColumns} FROM programme_plans WHERE id = ${planId}`);
}

export function findPlan(db: Reader, programmeId: number, year: number): PlanRow | undefined {
  return db.get<PlanRow>(sql`SELECT ${planColumns} FROM programme_plans WHERE programme_id = ${programmeId} AND year = ${year}`);
}

/** What every change to a plan says about itself: after adoption, why (empty before). */
export type ChangeReason = { reason?: string };

/**
 * The one way a plan changes: the person must coordinate its programme (not closed); an adopted plan
 * changes only with a reason. `change` does the work and says what to audit; then the plan is
 * touched, an adopted plan gets its next revision (the whole plan after the change, who, why), and
 * the audit entry is written — all in one immediate transaction, so a refusal anywhere changes nothing.
 */
export function changePlan<T>(
  actor: Actor,
  planId: number,
  why: ChangeReason,
  action: string,
  change: (tx: Tx, plan: PlanRow, programme: PlanProgramme) => { result: T; details: Record<string, unknown> },
): T {
  return getDb().transaction((tx) => {
    const plan = loadPlan(tx, planId);
    if (!plan) refuse("notFound", "notFound");
    const programme = requireProgramme(tx, actor, plan.programmeId, true);
    const reason = (why.reason ?? "").trim();
    if (plan.status === "adopted" && reason === "") refuse("reasonRequired", "invalid", "reason");
    const { result, details } = change(tx, plan, programme);
    tx.update(programmePlans).set({ updatedAt: new Date(now()) }).where(sql`${programmePlans.id} = ${plan.id}`).run();
    const revision = plan.status === "adopted" ? recordRevision(tx, actor.id, plan.id, reason) : null;
    audit(
      {
        actorUserId: actor.id,
        action,
        entityType: "programme_plan",
        entityId: plan.id,
        details: { programmeId: plan.programmeId, year: plan.year, ...details, ...(revision === null ? {} : { revision, reason }) },
      },
      tx,
    );
    return result;
  }, immediate);
}
