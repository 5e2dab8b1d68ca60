/**
 * A programme's sub-programmes (delprogram): their order, how many tiltak and organisations use each,
 * and the administrators' changes (add, rename, move, remove). Every change runs in one immediate
 * transaction with its audit row; a slug is unique within its programme. Refusals come back as values
 * (`Refusal`, ADR 013) for the form to show next to its field.
 */
import { and, asc, count, eq, inArray, max, ne } from "drizzle-orm";
import { initiatives, organisationThemes, programmes, subprogrammes } from "../../db/schema";
import { audit } from "~/services/audit.server";
import { changes } from "~/utils/changes";
import { getDb } from "~/utils/db.server";
import { refusal, type Refusal } from "~/utils/refusal.server";
import { slugify, uniqueSlug } from "~/utils/slug";
import type { AdminValidationKey } from "~/validation/admin";

type Tx = Parameters<Parameters<ReturnType<typeof getDb>["transaction"]>[0]>[0];

/** A refusal of an administrator's change: a key into t.admin.validation, and the field it concerns (ADR 013). */
type AdminRefusal = Refusal<AdminValidationKey>;
const immediate = { behavior: "immediate" } as const;

/** The sub-programmes of a programme in display order, with how many tiltak and organisations use each. */
export function subprogrammesOf(programmeId: number) {
  const db = getDb();
  const rows = db
    .select({
      id: subprogrammes.id,
      slug: subprogrammes.slug,
      name: subprogrammes.name,
      description: subprogrammes.description,
    })
    .from(subprogrammes)
    .where(eq(subprogrammes.programmeId, programmeId))
    .orderBy(asc(subprogrammes.position), asc(subprogrammes.name), asc(subprogrammes.id))
    .all();
  const ids = rows.map((r) => r.id);
  if (!ids.length) return [];
  const initiativeCounts = new Map(
    db
      .select({ id: initiatives.subprogrammeId, n: count() })
      .from(initiatives)
      .where(inArray(initiatives.subprogrammeId, ids))
      .groupBy(initiatives.subprogrammeId)
      .all()
      .map((r) => [r.id, r.n])
  );
  const organisationCounts = new Map(
    db
      .select({ id: organisationThemes.subprogrammeId, n: count() })
      .from(organisationThemes)
      .where(inArray(organisationThemes.subprogrammeId, ids))
      .groupBy(organisationThemes.subprogrammeId)
      .all()
      .map((r) => [r.id, r.n])
  );
  return rows.map((r) => ({
    ...r,
    initiativeCount: initiativeCounts.get(r.id) ?? 0,
    organisationCount: organisationCounts.get(r.id) ?? 0,
  }));
}

export type SubprogrammeInput = { name: string; slug: string; description: string };

function subprogrammeSlug(tx: Tx, programmeId: number, input: SubprogrammeInput, self: { id: number; name: string; slug: string } | null) {
  const taken = (candidate: string) =>
    !!tx
      .select({ id: subprogrammes.id })
      .from(subprogrammes)
      .where(
        and(eq(subprogrammes.programmeId, programmeId), eq(subprogrammes.slug, candidate), ...(self ? [ne(subprogrammes.id, self.id)] : []))
      )
      .get();
  if (input.slug === "") {
    return { slug: self && self.name === input.name ? self.slug : uniqueSlug(slugify(input.name), taken) };
  }
  return taken(input.slug) ? null : { slug: input.slug };
}

export function addSubprogramme(actorId: number, programmeId: number, input: SubprogrammeInput): { ok: true; id: number } | AdminRefusal {
  return getDb().transaction((tx) => {
    const programme = tx.select({ name: programmes.name }).from(programmes).where(eq(programmes.id, programmeId)).get();
    if (!programme) return refusal("programmeNotFound");
    const slug = subprogrammeSlug(tx, programmeId, input, null);
    if (!slug) return refusal("slugTaken", "slug");
    const last = tx
      .select({ n: max(subprogrammes.position) })
      .from(subprogrammes)
      .where(eq(subprogrammes.programmeId, programmeId))
      .get()?.n;
    const id = tx
      .insert(subprogrammes)
      .values({ programmeId, name: input.name, slug: slug.slug, description: input.description, position: (last ?? -1) + 1 })
      .returning({ id: subprogrammes.id })
      .get().id;
    audit(
      {
        actorUserId: actorId,
        action: "subprogramme.created",
        entityType: "subprogramme",
        entityId: id,
        details: { programmeId, programme: programme.name, name: input.name, slug: slug.slug },
      },
      tx
    );
    return { ok: true as const, id };
  }, immediate);
}

/** The sub-programme, only when it belongs to this programme (a tampered form names another). */
function findSubprogramme(tx: Tx, programmeId: number, subprogrammeId: number) {
  return tx
    .select({ id: subprogrammes.id, name: subprogrammes.name, slug: subprogrammes.slug, description: subprogrammes.description })
    .from(subprogrammes)
    .where(and(eq(subprogrammes.id, subprogrammeId), eq(subprogrammes.programmeId, programmeId)))
    .get();
}

export function saveSubprogramme(
  actorId: number,
  programmeId: number,
  subprogrammeId: number,
  input: SubprogrammeInput
): { ok: true } | AdminRefusal {
  return getDb().transaction((tx) => {
    const current = findSubprogramme(tx, programmeId, subprogrammeId);
    if (!current) return refusal("subprogrammeNotFound");
    const slug = subprogrammeSlug(tx, programmeId, input, current);
    if (!slug) return refusal("slugTaken", "slug");
    const values = { name: input.name, slug: slug.slug, description: input.description };
    const changed = changes(current, { ...current, ...values }, ["name", "slug"]);
    const descriptionChanged = current.description !== values.description;
    if (Object.keys(changed).length || descriptionChanged) {
      tx.update(subprogrammes).set(values).where(eq(subprogrammes.id, subprogrammeId)).run();
      audit(
        {
          actorUserId: actorId,
          action: "subprogramme.updated",
          entityType: "subprogramme",
          entityId: subprogrammeId,
          details: { programmeId, ...changed, ...(descriptionChanged ? { descriptionChanged: true } : {}) },
        },
        tx
      );
    }
    return { ok: true as const };
  }, immediate);
}

/** Swaps a sub-programme with its neighbour and renumbers the programme's positions 0, 1, 2 … */
export function moveSubprogramme(
  actorId: number,
  programmeId: number,
  subprogrammeId: number,
  direction: "up" | "down"
): { ok: true } | AdminRefusal {
  return getDb().transaction((tx) => {
    if (!findSubprogramme(tx, programmeId, subprogrammeId)) return refusal("subprogrammeNotFound");
    const order = tx
      .select({ id: subprogrammes.id })
      .from(subprogrammes)
      .where(eq(subprogrammes.programmeId, programmeId))
      .orderBy(asc(subprogrammes.position), asc(subprogrammes.name), asc(subprogrammes.id))
      .all()
      .map((r) => r.id);
    const from = order.indexOf(subprogrammeId);
    const to = direction === "up" ? from - 1 : from + 1;
    if (to < 0) return refusal("alreadyFirst");
    if (to >= order.length) return refusal("alreadyLast");
    [order[from], order[to]] = [order[to]!, order[from]!];
    order.forEach((id, position) => {
      tx.update(subprogrammes).set({ position }).where(eq(subprogrammes.id, id)).run();
    });
    audit(
      {
        actorUserId: actorId,
        action: "subprogramme.moved",
        entityType: "subprogramme",
        entityId: subprogrammeId,
        details: { programmeId, from: from + 1, to: to + 1 },
      },
      tx
    );
    return { ok: true as const };
  }, immediate);
}

/**
 * Removes a sub-programme nobody uses. Tiltak would block it anyway (ON DELETE RESTRICT); the
 * organisations' theme choices would silently vanish (CASCADE), so they block it too.
 */
export function removeSubprogramme(
  actorId: number,
  programmeId: number,
  subprogrammeId: number
): { ok: true } | AdminRefusal | { ok: false; reason: "subprogrammeInUse"; initiatives: number; organisations: number } {
  return getDb().transaction((tx) => {
    const current = findSubprogramme(tx, programmeId, subprogrammeId);
    if (!current) return refusal("subprogrammeNotFound");
    const initiativeCount = tx.select({ n: count() }).from(initiatives).where(eq(initiatives.subprogrammeId, subprogrammeId)).get()?.n ?? 0;
    const organisationCount =
      tx.select({ n: count() }).from(organisationThemes).where(eq(organisationThemes.subprogrammeId, subprogrammeId)).get()?.n ?? 0;
    if (initiativeCount || organisationCount) {
      return { ok: false as const, reason: "subprogrammeInUse" as const, initiatives: initiativeCount, organisations: organisationCount };
    }
    tx.delete(subprogrammes).where(eq(subprogrammes.id, subprogrammeId)).run();
    audit(
      {
        actorUserId: actorId,
        action: "subprogramme.removed",
        entityType: "subprogramme",
        entityId: subprogrammeId,
        details: { programmeId, name: current.name, slug: current.slug },
      },
      tx
    );
    return { ok: true as const };
  }, immediate);
}
