/**
 * Closing a period (issue 21): a programme's (programmes.period_end) or an area lift's
 * (areas.lift_end_year). Each tiltak gets an outcome (initiative_outcomes); when every tiltak has one
 * and the period's last year has come (in Oslo), the coordinator closes it: the tiltak are completed,
 * the open join requests are declined and the open invitations ended with a notice to each
 * organisation, and from then on nothing there can be joined or changed (./open.server.ts). Every
 * write is one immediate transaction with its audit entries. Scoped to the programmes the person
 * coordinates (admins: all): another programme's is refused "forbidden", an unknown thing "notFound".
 */
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { areas, initiativeOutcomes, initiatives, organisations, participations, programmeAreas, programmes } from "../../../db/schema";
import { audit } from "~/services/audit.server";
import { notify } from "~/services/notify.server";
import { canCoordinateProgramme, type Actor } from "~/services/permissions";
import { now, todayInNorway } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { RefusalError, type RefusalKind } from "~/utils/refusal.server";
import type { InitiativeOutcome, InitiativeStatus } from "~/validation/enums";
import { activeMemberIds } from "../membership.server";
import { assertInitiativeOpen } from "./open.server";

type Tx = Parameters<Parameters<ReturnType<typeof getDb>["transaction"]>[0]>[0];
type Reader = Pick<ReturnType<typeof getDb>, "select">;

/** Why closing refuses; each is a key of t.planning.closing.problems. */
export type ClosingProblem =
  | "notFound"
  | "forbidden"
  | "alreadyClosed"
  | "periodClosed"
  | "noPeriodEnd"
  | "periodNotOver"
  | "outcomesMissing"
  | "nothingToClose"
  | "organisationNotApproved"
  | "notConfirmed";
const KIND: Record<ClosingProblem, RefusalKind> = {
  notFound: "notFound",
  forbidden: "forbidden",
  alreadyClosed: "conflict",
  periodClosed: "conflict",
  noPeriodEnd: "conflict",
  periodNotOver: "conflict",
  outcomesMissing: "conflict",
  nothingToClose: "conflict",
  organisationNotApproved: "invalid",
  notConfirmed: "invalid",
};
export const closingRefusal = (reason: ClosingProblem, field?: string) => new RefusalError<ClosingProblem>(reason, KIND[reason], field);

const immediate = { behavior: "immediate" } as const;

/** This year in Oslo: a period whose last year is this year or earlier may be closed. */
export const thisYearInOslo = () => Number(todayInNorway().slice(0, 4));

/** An area lift of a programme: one of its areas with lift years. */
export type AreaLift = { id: number; slug: string; name: string; startYear: number | null; endYear: number | null; closedAt: number | null };

/** What is closed: a programme's whole period, or one of its area lifts. */
export type ClosingTarget = {
  programme: { id: number; slug: string; name: string; periodStart: number; periodEnd: number | null; closedAt: number | null; successor: { slug: string; name: string } | null };
  lift: AreaLift | null;
  lifts: AreaLift[];
};

/**
 * The programme (by id; the caller has checked the person's scope with pickProgramme) and, when
 * `liftSlug` is given, the area lift among its areas: an unknown lift is "notFound". Two queries.
 */
export function getClosingTarget(actor: Actor, programmeId: number, liftSlug: string | null, db: Reader = getDb()): ClosingTarget {
  if (!canCoordinateProgramme(actor, programmeId)) throw closingRefusal("forbidden");
  const next = alias(programmes, "successor");
  const row = db
    .select({
      id: programmes.id,
      slug: programmes.slug,
      name: programmes.name,
      periodStart: programmes.periodStart,
      periodEnd: programmes.periodEnd,
      closedAt: programmes.closedAt,
      successorSlug: next.slug,
      successorName: next.name,
    })
    .from(programmes)
    .leftJoin(next, eq(next.predecessorId, programmes.id))
    .where(eq(programmes.id, programmeId))
    .get();
  if (!row) throw closingRefusal("notFound");
  const lifts = db
    .select({ id: areas.id, slug: areas.slug, name: areas.name, startYear: areas.liftStartYear, endYear: areas.liftEndYear, closedAt: areas.liftClosedAt })
    .from(programmeAreas)
    .innerJoin(areas, eq(areas.id, programmeAreas.areaId))
    .where(and(eq(programmeAreas.programmeId, programmeId), sql`${areas.liftStartYear} IS NOT NULL`))
    .orderBy(asc(areas.name))
    .all()
    .map((a) => ({ ...a, closedAt: a.closedAt?.getTime() ?? null }));
  const lift = liftSlug ? lifts.find((l) => l.slug === liftSlug) : null;
  if (liftSlug && !lift) throw closingRefusal("notFound");
  const { successorSlug, successorName, closedAt, ...programme } = row;
  return {
    programme: { ...programme, closedAt: closedAt?.getTime() ?? null, successor: successorSlug && successorName ? { slug: successorSlug, name: successorName } : null },
    lift: lift ?? null,
    lifts,
  };
}

/** SQL: the tiltak of the target (not archived): the programme's, or those of its tiltak in the lift's area or below it. */
function targetInitiatives(programmeId: number, liftAreaId: number | null) {
  const inProgramme = and(eq(initiatives.programmeId, programmeId), isNull(initiatives.archivedAt));
  if (liftAreaId === null) return inProgramme;
  // The lift's area and the areas below it (two levels: a district's sub-districts and their zones).
  return and(
    inProgramme,
    sql`${initiatives.areaId} IN (SELECT la.id FROM ${areas} la WHERE la.id = ${liftAreaId} OR la.parent_id = ${liftAreaId}
      OR la.parent_id IN (SELECT lb.id FROM ${areas} lb WHERE lb.parent_id = ${liftAreaId}))`,
  );
}

export type RecordedOutcome = {
  outcome: InitiativeOutcome;
  organisationId: number | null;
  organisationSlug: string | null;
  organisationName: string;
  fromDate: string | null;
  reason: string;
  successorSlug: string | null;
  successorTitle: string | null;
};

export type ClosingInitiative = {
  id: number;
  slug: string;
  title: string;
  status: InitiativeStatus;
  startDate: string | null;
  endDate: string | null;
  areaName: string;
  outcome: RecordedOutcome | null;
  /** Requests and invitations still open: closing ends them. */
  openRequests: number;
  openInvitations: number;
};

/** The target's tiltak by title, each with its outcome so far and its open requests and invitations. One query. */
export function listClosingInitiatives(programmeId: number, liftAreaId: number | null, db: Reader = getDb()): ClosingInitiative[] {
  const org = alias(organisations, "outcome_org");
  const next = alias(initiatives, "successor_initiative");
  const openCount = (status: "requested" | "invited") =>
    sql<number>`(SELECT count(*) FROM ${participations} WHERE ${participations.initiativeId} = ${initiatives.id} AND ${participations.status} = ${status})`;
  return db
    .select({
      id: initiatives.id,
      slug: initiatives.slug,
      title: initiatives.title,
      status: initiatives.status,
      startDate: initiatives.startDate,
      endDate: initiatives.endDate,
      areaName: areas.name,
      outcome: initiativeOutcomes.outcome,
      organisationId: initiativeOutcomes.organisationId,
      organisationSlug: org.slug,
      organisationRegisteredName: org.name,
      organisationName: initiativeOutcomes.organisationName,
      fromDate: initiativeOutcomes.fromDate,
      reason: initiativeOutcomes.reason,
      successorSlug: next.slug,
      successorTitle: next.title,
      openRequests: openCount("requested"),
      openInvitations: openCount("invited"),
    })
    .from(initiatives)
    .innerJoin(areas, eq(areas.id, initiatives.areaId))
    .leftJoin(initiativeOutcomes, eq(initiativeOutcomes.initiativeId, initiatives.id))
    .leftJoin(org, eq(org.id, initiativeOutcomes.organisationId))
    .leftJoin(next, eq(next.id, initiativeOutcomes.successorInitiativeId))
    .where(targetInitiatives(programmeId, liftAreaId))
    .orderBy(asc(initiatives.title))
    .all()
    .map((r) => ({
      id: r.id,
      slug: r.slug,
      title: r.title,
      status: r.status,
      startDate: r.startDate,
      endDate: r.endDate,
      areaName: r.areaName,
      openRequests: r.openRequests,
      openInvitations: r.openInvitations,
      outcome: r.outcome
        ? {
            outcome: r.outcome,
            organisationId: r.organisationId,
            organisationSlug: r.organisationSlug,
            // An organisation in Laget is named as it is now; an agency as it was typed.
            organisationName: r.organisationRegisteredName ?? r.organisationName ?? "",
            fromDate: r.fromDate,
            reason: r.reason ?? "",
            successorSlug: r.successorSlug,
            successorTitle: r.successorTitle,
          }
        : null,
    }));
}

/** Why the target cannot be closed yet (in the order the page says them), or none. */
export function closingBlockers(target: ClosingTarget, tiltak: ClosingInitiative[]): ClosingProblem[] {
  const closedAt = target.lift ? target.lift.closedAt : target.programme.closedAt;
  if (closedAt !== null) return ["alreadyClosed"];
  if (target.lift && target.programme.closedAt !== null) return ["periodClosed"];
  const lastYear = target.lift ? target.lift.endYear : target.programme.periodEnd;
  const problems: ClosingProblem[] = [];
  if (lastYear === null) problems.push("noPeriodEnd");
  else if (lastYear > thisYearInOslo()) problems.push("periodNotOver");
  if (tiltak.some((i) => !i.outcome)) problems.push("outcomesMissing");
  return problems;
}

export type OutcomeInput =
  | { outcome: "ordinary_operations" | "continued_by_partner"; organisationId: number | null; organisationName: string; fromDate: string; reason: string }
  | { outcome: "ended"; reason: string };

/**
 * Records (or replaces) a tiltak's outcome while its period is open. The organisation must be an
 * approved one in Laget (refused on the field otherwise); an agency outside Laget is named in words.
 */
export function recordOutcome(actor: Actor, initiativeId: number, input: OutcomeInput): void {
  getDb().transaction((tx) => {
    const tiltak = tx.select({ id: initiatives.id, programmeId: initiatives.programmeId }).from(initiatives).where(eq(initiatives.id, initiativeId)).get();
    if (!tiltak) throw closingRefusal("notFound");
    if (!canCoordinateProgramme(actor, tiltak.programmeId)) throw closingRefusal("forbidden");
    assertInitiativeOpen(tx, tiltak.id);
    const values =
      input.outcome === "ended"
        ? { outcome: input.outcome, organisationId: null, organisationName: "", fromDate: null, reason: input.reason, successorInitiativeId: null }
        : { outcome: input.outcome, organisationId: input.organisationId, organisationName: input.organisationId ? "" : input.organisationName, fromDate: input.fromDate, reason: input.reason, successorInitiativeId: null };
    if (values.organisationId !== null) {
      const org = tx.select({ status: organisations.status }).from(organisations).where(eq(organisations.id, values.organisationId)).get();
      if (org?.status !== "approved") throw closingRefusal("organisationNotApproved", "organisationId");
    }
    const row = { ...values, recordedByUserId: actor.id, recordedAt: new Date(now()) };
    tx.insert(initiativeOutcomes)
      .values({ initiativeId: tiltak.id, ...row })
      .onConflictDoUpdate({ target: initiativeOutcomes.initiativeId, set: row })
      .run();
    audit(
      {
        actorUserId: actor.id,
        action: "initiative.outcome_recorded",
        entityType: "initiative",
        entityId: tiltak.id,
        details: { outcome: values.outcome, organisationId: values.organisationId, organisationName: values.organisationName, fromDate: values.fromDate, reason: values.reason },
      },
      tx,
    );
  }, immediate);
}

/** What closing did, for the page's message. */
export type ClosingResult = { initiatives: number; requestsDeclined: number; invitationsEnded: number };

/**
 * Closes the programme's period (liftSlug null) or one of its area lifts, once every tiltak has an
 * outcome and the last year has come. The tiltak are completed (their end date becomes the closing
 * date when they had none or a later one); open requests are declined and open invitations ended,
 * as the coordinator's own answers do, and each organisation's members are told.
 */
export function closePeriod(actor: Actor, programmeId: number, liftSlug: string | null): ClosingResult {
  return getDb().transaction((tx) => {
    const target = getClosingTarget(actor, programmeId, liftSlug, tx);
    const tiltak = listClosingInitiatives(programmeId, target.lift?.id ?? null, tx);
    const blockers = closingBlockers(target, tiltak);
    if (blockers.length) throw closingRefusal(blockers[0]!);
    const at = new Date(now());
    const today = todayInNorway();

    for (const i of tiltak) {
      // The period ends on the closing day; a tiltak that had not started yet ends on its first day.
      const endDate = i.endDate && i.endDate <= today ? i.endDate : i.startDate && i.startDate > today ? i.startDate : today;
      tx.update(initiatives).set({ status: "completed", endDate, updatedAt: at }).where(eq(initiatives.id, i.id)).run();
      if (i.status !== "completed") {
        audit({ actorUserId: actor.id, action: "initiative.status_changed", entityType: "initiative", entityId: i.id, details: { from: i.status, to: "completed", periodClosed: true } }, tx);
      }
    }

    const ids = tiltak.map((i) => i.id);
    const open = ids.length
      ? tx
          .select({ id: participations.id, status: participations.status, organisationId: participations.organisationId, organisationName: organisations.name, initiativeId: participations.initiativeId })
          .from(participations)
          .innerJoin(organisations, eq(organisations.id, participations.organisationId))
          .where(and(inArray(participations.initiativeId, ids), inArray(participations.status, ["requested", "invited"])))
          .all()
      : [];
    const byId = new Map(tiltak.map((i) => [i.id, i]));
    for (const p of open) {
      const i = byId.get(p.initiativeId)!;
      const wasRequest = p.status === "requested";
      tx.update(participations)
        .set(wasRequest ? { status: "declined", decidedByUserId: actor.id, decidedAt: at } : { status: "ended", endedAt: at })
        .where(eq(participations.id, p.id))
        .run();
      audit(
        {
          actorUserId: actor.id,
          action: wasRequest ? "participation.declined" : "participation.ended",
          entityType: "initiative",
          entityId: i.id,
          details: { organisation: p.organisationName, participationId: p.id, periodClosed: true },
        },
        tx,
      );
      notify(tx, {
        userIds: activeMemberIds(tx, p.organisationId),
        kind: "join_request_decided",
        params: { organisation: p.organisationName, initiative: i.title, approved: "0", message: "" },
        link: `/tiltak/${i.slug}`,
        mail: (t) => ({
          subject: t.planning.closing.mail.subject(i.title),
          text: t.planning.closing.mail.text(p.organisationName, i.title, wasRequest, `${getEnv().publicUrl}/tiltak/${i.slug}`),
        }),
      });
    }

    if (target.lift) {
      tx.update(areas).set({ liftClosedAt: at, liftClosedByUserId: actor.id }).where(eq(areas.id, target.lift.id)).run();
      audit({ actorUserId: actor.id, action: "area.lift_closed", entityType: "area", entityId: target.lift.id, details: { programmeId, initiatives: ids.length, requests: open.length } }, tx);
    } else {
      tx.update(programmes).set({ closedAt: at, closedByUserId: actor.id }).where(eq(programmes.id, programmeId)).run();
      audit({ actorUserId: actor.id, action: "programme.closed", entityType: "programme", entityId: programmeId, details: { initiatives: ids.length, requests: open.length } }, tx);
    }
    return {
      initiatives: ids.length,
      requestsDeclined: open.filter((p) => p.status === "requested").length,
      invitationsEnded: open.filter((p) => p.status === "invited").length,
    };
  }, immediate);
}

/** The tiltak a closing page's outcome form is for, within the target; "notFound" otherwise. */
export function findClosingInitiative(tiltak: ClosingInitiative[], slug: string | null): ClosingInitiative | null {
  if (!slug) return null;
  const found = tiltak.find((i) => i.slug === slug);
  if (!found) throw closingRefusal("notFound");
  return found;
}

export type { Tx };
