/**
 * The demo's successor programme (issue 21), inserted by db/seed.ts after the plans:
 * "Groruddalssatsingen 2027–2036", made from Groruddalssatsingen through the model's own function
 * (createSuccessorIn: its sub-programmes and areas copied — the copied coordinator assignment is
 * taken back, since the new period's coordinators are appointed when it starts; three continuing tiltak
 * carried over with their active partners, each old tiltak's outcome "successor" pointing at the new
 * one), and its 2027 plan as a draft, carried forward from Groruddalssatsingen's adopted 2026 plan:
 * the carried tiltak with their notes and their budget lines' planned amounts.
 *
 * Groruddalssatsingen itself stays open (other specs use it). Closing the Romsås area lift with an
 * outcome per tiltak is not seeded yet: its four tiltak are joined and filtered on by other tests.
 * Deterministic: fixed names and years, and the rows' timestamps set to one fixed moment.
 */
import { and, count, eq, inArray } from "drizzle-orm";
import { createSuccessorIn } from "../app/models/closing/successor.server";
import type { Actor } from "../app/services/permissions";
import type { Db } from "./connection";
import { auditEvents, coordinatorAssignments, initiativeOutcomes, initiatives, participations, planBudgetLines, planItems, programmeAreas, programmePlans, programmes, subprogrammes } from "./schema";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export type ClosingSeedContext = { coordinatorId: (programmeSlug: string) => number };
/** The rows the successor adds to the demo's own tables (db/seed.ts adds them to its counts). */
export type ClosingSeedSummary = { programmes: number; subprogrammes: number; programmeAreas: number; coordinatorAssignments: number; initiatives: number; participations: number; draftPlanItems: number };

export const SUCCESSOR = { slug: "groruddalssatsingen-2027-2036", name: "Groruddalssatsingen 2027–2036", periodStart: 2027, periodEnd: 2036 } as const;
/** Continuing tiltak carried over, one per sub-programme (none of Romsås's, none other tests look up by title). */
export const CARRIED = ["kvinner-i-arbeid-furuset", "lesestund-og-bibliotekkvelder-pa-grorud", "trygg-skolevei-pa-haugenstua"] as const;
const AT = new Date("2026-11-20T10:00:00Z");

export function insertClosing(tx: Tx, ctx: ClosingSeedContext): ClosingSeedSummary {
  const old = tx.select({ id: programmes.id }).from(programmes).where(eq(programmes.slug, "groruddalssatsingen")).get();
  if (!old) throw new Error("seed-closing: Groruddalssatsingen is missing");
  const kari = ctx.coordinatorId("groruddalssatsingen");
  const actor: Actor = { id: kari, role: "coordinator", name: "", email: "", programmeIds: [old.id], memberships: [] };
  const sources = tx.select({ id: initiatives.id, slug: initiatives.slug }).from(initiatives).where(inArray(initiatives.slug, [...CARRIED])).all();
  if (sources.length !== CARRIED.length) throw new Error("seed-closing: a carried tiltak is missing");

  const made = createSuccessorIn(tx, actor, old.id, { name: SUCCESSOR.name, slug: SUCCESSOR.slug, periodStart: SUCCESSOR.periodStart, periodEnd: SUCCESSOR.periodEnd, initiativeIds: sources.map((s) => s.id) });

  // The new period's coordinators are appointed when it starts: the copied assignment is taken back,
  // so Kari's workspace stays Groruddalssatsingen's alone (an administrator reaches the successor).
  tx.delete(coordinatorAssignments).where(eq(coordinatorAssignments.programmeId, made.id)).run();

  // One fixed moment instead of the clock's, so every seeded database is the same.
  tx.update(programmes).set({ createdAt: AT }).where(eq(programmes.id, made.id)).run();
  const carried = tx.select({ id: initiatives.id, predecessorId: initiatives.predecessorId }).from(initiatives).where(eq(initiatives.programmeId, made.id)).all();
  const carriedIds = carried.map((c) => c.id);
  tx.update(initiatives).set({ createdAt: AT }).where(inArray(initiatives.id, carriedIds)).run();
  tx.update(participations).set({ createdAt: AT, decidedAt: AT, startedAt: AT }).where(inArray(participations.initiativeId, carriedIds)).run();
  tx.update(initiativeOutcomes).set({ recordedAt: AT }).where(inArray(initiativeOutcomes.initiativeId, sources.map((s) => s.id))).run();
  tx.update(auditEvents).set({ createdAt: AT }).where(and(inArray(auditEvents.entityType, ["programme", "initiative"]), inArray(auditEvents.action, ["programme.successor_created", "initiative.created", "initiative.outcome_recorded"]), inArray(auditEvents.entityId, [made.id, ...carriedIds, ...sources.map((s) => s.id)]))).run();

  // The 2027 draft, carried forward from the adopted 2026 plan of the predecessor.
  const from = tx.select({ id: programmePlans.id, introduction: programmePlans.introduction }).from(programmePlans).where(and(eq(programmePlans.programmeId, old.id), eq(programmePlans.year, 2026), eq(programmePlans.status, "adopted"))).get();
  const planId = tx
    .insert(programmePlans)
    .values({
      programmeId: made.id,
      year: 2027,
      status: "draft",
      introduction:
        "Første år i den nye perioden. Tiltakene som videreføres fra Groruddalssatsingen, fortsetter med de samme partnerne, mens bydelene lager nye planer for områdene sine.",
      carriedFromPlanId: from?.id ?? null,
      createdByUserId: kari,
      createdAt: AT,
    })
    .returning({ id: programmePlans.id })
    .get().id;
  let items = 0;
  carried.forEach((c, position) => {
    const oldItem = from ? tx.select({ id: planItems.id, note: planItems.note }).from(planItems).where(and(eq(planItems.planId, from.id), eq(planItems.initiativeId, c.predecessorId!))).get() : undefined;
    const itemId = tx.insert(planItems).values({ planId, initiativeId: c.id, position, note: oldItem?.note ?? "" }).returning({ id: planItems.id }).get().id;
    items++;
    if (!oldItem) return;
    const lines = tx.select().from(planBudgetLines).where(eq(planBudgetLines.planItemId, oldItem.id)).all();
    if (lines.length) {
      tx.insert(planBudgetLines)
        .values(lines.map(({ id: _id, planId: _p, planItemId: _i, grantedOre: _g, spentOre: _s, ...line }) => ({ ...line, planId, planItemId: itemId, grantedOre: null, spentOre: null })))
        .run();
    }
  });
  const n = (table: typeof subprogrammes | typeof programmeAreas | typeof coordinatorAssignments) => tx.select({ n: count() }).from(table).where(eq(table.programmeId, made.id)).get()!.n;
  return {
    programmes: 1,
    subprogrammes: n(subprogrammes),
    programmeAreas: n(programmeAreas),
    coordinatorAssignments: n(coordinatorAssignments),
    initiatives: carriedIds.length,
    participations: tx.select({ n: count() }).from(participations).where(inArray(participations.initiativeId, carriedIds)).get()!.n,
    draftPlanItems: items,
  };
}
