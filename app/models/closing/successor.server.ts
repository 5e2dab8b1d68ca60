/**
 * The successor programme (issue 21): a new programme made from a closed or ending one (its last year
 * has come), with the predecessor's sub-programmes, areas and coordinators, and chosen tiltak carried
 * over as new tiltak linked to their history (initiatives.predecessor_id) with their active partners.
 * Each carried tiltak's outcome becomes "successor", pointing at the new one. One immediate
 * transaction with its audit entries. A programme has at most one successor.
 */
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import {
  coordinatorAssignments,
  initiativeOutcomes,
  initiatives,
  initiativeSoughtOffers,
  initiativeSoughtSectors,
  participations,
  programmeAreas,
  programmes,
  subprogrammes,
} from "../../../db/schema";
import { audit } from "~/services/audit.server";
import { canCoordinateProgramme, type Actor } from "~/services/permissions";
import { now } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { RefusalError, type RefusalKind } from "~/utils/refusal.server";
import { RESERVED_SLUGS, slugify, uniqueSlug } from "~/utils/slug";
import { thisYearInOslo } from "./period.server";

/** Why creating a successor refuses; each is a key of t.planning.closing.successor.problems. */
export type SuccessorProblem =
  | "notFound"
  | "forbidden"
  | "notEnding"
  | "hasSuccessor"
  | "slugTaken"
  | "startTooEarly"
  | "unknownInitiative";
const KIND: Record<SuccessorProblem, RefusalKind> = {
  notFound: "notFound",
  forbidden: "forbidden",
  notEnding: "conflict",
  hasSuccessor: "conflict",
  slugTaken: "invalid",
  startTooEarly: "invalid",
  unknownInitiative: "invalid",
};
const successorRefusal = (reason: SuccessorProblem, field?: string) =>
  new RefusalError<SuccessorProblem>(reason, KIND[reason], field);

type Reader = Pick<ReturnType<typeof getDb>, "select">;

/** The tiltak a successor may carry over: the predecessor's, not archived, not carried over already. One query. */
export function listCarryableInitiatives(
  programmeId: number,
  db: Reader = getDb()
) {
  return db
    .select({
      id: initiatives.id,
      slug: initiatives.slug,
      title: initiatives.title,
      outcome: initiativeOutcomes.outcome,
    })
    .from(initiatives)
    .leftJoin(
      initiativeOutcomes,
      eq(initiativeOutcomes.initiativeId, initiatives.id)
    )
    .where(
      and(
        eq(initiatives.programmeId, programmeId),
        isNull(initiatives.archivedAt)
      )
    )
    .orderBy(asc(initiatives.title))
    .all()
    .filter((i) => i.outcome !== "successor")
    .map(({ outcome: _o, ...i }) => i);
}

export type SuccessorInput = {
  name: string;
  slug: string;
  periodStart: number;
  periodEnd: number | null;
  initiativeIds: number[];
};

/** Whether the programme may get a successor now: its last year has come (or it is closed) and it has none. */
export function successorBlocker(programme: {
  closedAt: number | null;
  periodEnd: number | null;
  successor: unknown;
}): SuccessorProblem | null {
  if (programme.successor) return "hasSuccessor";
  if (
    programme.closedAt === null &&
    (programme.periodEnd === null || programme.periodEnd > thisYearInOslo())
  )
    return "notEnding";
  return null;
}

type Tx = Parameters<Parameters<ReturnType<typeof getDb>["transaction"]>[0]>[0];

/** Creates the successor of `predecessorId`; returns its id and slug. One immediate transaction. */
export function createSuccessor(
  actor: Actor,
  predecessorId: number,
  input: SuccessorInput
): { id: number; slug: string; carried: number } {
  return getDb().transaction(
    (tx) => createSuccessorIn(tx, actor, predecessorId, input),
    { behavior: "immediate" }
  );
}

/** The same inside the caller's transaction (the demo data's seed makes the demo's successor with it). */
export function createSuccessorIn(
  tx: Tx,
  actor: Actor,
  predecessorId: number,
  input: SuccessorInput
): { id: number; slug: string; carried: number } {
  {
    {
      const old = tx
        .select()
        .from(programmes)
        .where(eq(programmes.id, predecessorId))
        .get();
      if (!old) throw successorRefusal("notFound");
      if (!canCoordinateProgramme(actor, old.id))
        throw successorRefusal("forbidden");
      const existing = tx
        .select({ id: programmes.id })
        .from(programmes)
        .where(eq(programmes.predecessorId, old.id))
        .get();
      const blocker = successorBlocker({
        closedAt: old.closedAt?.getTime() ?? null,
        periodEnd: old.periodEnd,
        successor: existing ?? null,
      });
      if (blocker) throw successorRefusal(blocker);
      // The new period starts after the old one's last year.
      if (old.periodEnd !== null && input.periodStart <= old.periodEnd)
        throw successorRefusal("startTooEarly", "periodStart");
      const taken = (s: string) =>
        !!tx
          .select({ id: programmes.id })
          .from(programmes)
          .where(eq(programmes.slug, s))
          .get();
      if (input.slug && taken(input.slug))
        throw successorRefusal("slugTaken", "slug");
      const slug = input.slug || uniqueSlug(slugify(input.name), taken);

      const wanted = [...new Set(input.initiativeIds)];
      const carryable = new Map(
        listCarryableInitiatives(old.id, tx).map((i) => [i.id, i])
      );
      if (wanted.some((id) => !carryable.has(id)))
        throw successorRefusal("unknownInitiative", "initiativeIds");

      const id = tx
        .insert(programmes)
        .values({
          slug,
          name: input.name,
          municipality: old.municipality,
          periodStart: input.periodStart,
          periodEnd: input.periodEnd,
          description: old.description,
          predecessorId: old.id,
        })
        .returning({ id: programmes.id })
        .get().id;

      // Sub-programmes by slug, so each carried tiltak lands in its sub-programme's copy.
      const subs = tx
        .select()
        .from(subprogrammes)
        .where(eq(subprogrammes.programmeId, old.id))
        .all();
      const subMap = new Map<number, number>();
      for (const s of subs) {
        const newId = tx
          .insert(subprogrammes)
          .values({
            programmeId: id,
            slug: s.slug,
            name: s.name,
            description: s.description,
            position: s.position,
          })
          .returning({ id: subprogrammes.id })
          .get().id;
        subMap.set(s.id, newId);
      }
      const areaIds = tx
        .select({ areaId: programmeAreas.areaId })
        .from(programmeAreas)
        .where(eq(programmeAreas.programmeId, old.id))
        .all();
      if (areaIds.length)
        tx.insert(programmeAreas)
          .values(areaIds.map((a) => ({ programmeId: id, areaId: a.areaId })))
          .run();
      const coordinators = tx
        .select({ userId: coordinatorAssignments.userId })
        .from(coordinatorAssignments)
        .where(eq(coordinatorAssignments.programmeId, old.id))
        .all();
      if (coordinators.length)
        tx.insert(coordinatorAssignments)
          .values(
            coordinators.map((c) => ({ userId: c.userId, programmeId: id }))
          )
          .run();

      const at = new Date(now());
      const sources = wanted.length
        ? tx
            .select()
            .from(initiatives)
            .where(inArray(initiatives.id, wanted))
            .orderBy(asc(initiatives.title))
            .all()
        : [];
      const carried: { from: number; to: number; title: string }[] = [];
      for (const source of sources) {
        const newSlug = uniqueSlug(
          slugify(source.title),
          (s) =>
            RESERVED_SLUGS.has(s) ||
            !!tx
              .select({ id: initiatives.id })
              .from(initiatives)
              .where(eq(initiatives.slug, s))
              .get()
        );
        const newId = tx
          .insert(initiatives)
          .values({
            slug: newSlug,
            title: source.title,
            summary: source.summary,
            description: source.description,
            programmeId: id,
            subprogrammeId: subMap.get(source.subprogrammeId)!,
            areaId: source.areaId,
            status:
              input.periodStart > thisYearInOslo() ? "planned" : "ongoing",
            startDate: `${input.periodStart}-01-01`,
            endDate: null,
            leadOrganisationId: source.leadOrganisationId,
            isPublic: source.isPublic,
            predecessorId: source.id,
            createdByUserId: actor.id,
          })
          .returning({ id: initiatives.id })
          .get().id;
        const sectors = tx
          .select({ sector: initiativeSoughtSectors.sector })
          .from(initiativeSoughtSectors)
          .where(eq(initiativeSoughtSectors.initiativeId, source.id))
          .all();
        if (sectors.length)
          tx.insert(initiativeSoughtSectors)
            .values(
              sectors.map((s) => ({ initiativeId: newId, sector: s.sector }))
            )
            .run();
        const offers = tx
          .select({ offer: initiativeSoughtOffers.offer })
          .from(initiativeSoughtOffers)
          .where(eq(initiativeSoughtOffers.initiativeId, source.id))
          .all();
        if (offers.length)
          tx.insert(initiativeSoughtOffers)
            .values(
              offers.map((o) => ({ initiativeId: newId, offer: o.offer }))
            )
            .run();
        // The active partners come along; requests and invitations stay with the old tiltak (closing ends them).
        const partners = tx
          .select({
            organisationId: participations.organisationId,
            role: participations.role,
          })
          .from(participations)
          .where(
            and(
              eq(participations.initiativeId, source.id),
              eq(participations.status, "active")
            )
          )
          .all();
        if (partners.length) {
          tx.insert(participations)
            .values(
              partners.map((p) => ({
                initiativeId: newId,
                organisationId: p.organisationId,
                role: p.role,
                status: "active" as const,
                decidedByUserId: actor.id,
                decidedAt: at,
                startedAt: at,
              }))
            )
            .run();
        }
        const outcome = {
          outcome: "successor" as const,
          organisationId: null,
          organisationName: "",
          fromDate: `${input.periodStart}-01-01`,
          reason: "",
          successorInitiativeId: newId,
          recordedByUserId: actor.id,
          recordedAt: at,
        };
        tx.insert(initiativeOutcomes)
          .values({ initiativeId: source.id, ...outcome })
          .onConflictDoUpdate({
            target: initiativeOutcomes.initiativeId,
            set: outcome,
          })
          .run();
        audit(
          {
            actorUserId: actor.id,
            action: "initiative.created",
            entityType: "initiative",
            entityId: newId,
            details: {
              title: source.title,
              status: "carried_over",
              predecessorId: source.id,
              partners: partners.length,
            },
          },
          tx
        );
        audit(
          {
            actorUserId: actor.id,
            action: "initiative.outcome_recorded",
            entityType: "initiative",
            entityId: source.id,
            details: { outcome: "successor", successorInitiativeId: newId },
          },
          tx
        );
        carried.push({ from: source.id, to: newId, title: source.title });
      }

      audit(
        {
          actorUserId: actor.id,
          action: "programme.successor_created",
          entityType: "programme",
          entityId: id,
          details: {
            name: input.name,
            slug,
            predecessorId: old.id,
            periodStart: input.periodStart,
            periodEnd: input.periodEnd,
            subprogrammes: subs.length,
            areas: areaIds.length,
            coordinators: coordinators.length,
            carried,
          },
        },
        tx
      );
      return { id, slug, carried: carried.length };
    }
  }
}
