/**
 * Area outlines (issue 25): what an administrator's boundary import matches, the draft it previews,
 * and the save. The file itself is read by app/services/geojson-import.server.ts; this module owns
 * the area_boundaries table.
 *
 * The preview keeps working without JavaScript by keeping the checked, simplified shapes in a
 * server-side draft: a file under UPLOAD_DIR/boundary-drafts named by 32 random bytes, holding who
 * made it, for which area and when. The save form posts only that name. Why a file and not the
 * session or the page: the shapes are up to a few hundred kB (too much for a cookie or a hidden field
 * to carry back safely, and the server would have to check them all again), and a file is seen by
 * every worker process, where memory would not be. A draft lives an hour and is gone once saved.
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { areaBoundaries } from "../../db/schema";
import { audit } from "~/services/audit.server";
import type { ImportedShape, Outline } from "~/services/geojson-import.server";
import { uploadDir } from "~/services/logo.server";
import { now } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { slugify } from "~/utils/slug";
import { areaSubtreeIds, listAreaTree } from "./area.server";

export const DRAFT_LIFETIME_MS = 60 * 60_000;

export type ScopeArea = { id: number; slug: string; name: string; depth: number; hasBoundary: boolean };

/** The area and every area below it, in tree order, each with whether it has an outline (one query). */
export function boundaryScope(areaId: number): ScopeArea[] {
  const rows = getDb().all<{ id: number; has: number }>(sql`
    WITH RECURSIVE subtree(id) AS (SELECT ${areaId} UNION SELECT areas.id FROM areas JOIN subtree ON areas.parent_id = subtree.id)
    SELECT subtree.id AS id, EXISTS (SELECT 1 FROM ${areaBoundaries} WHERE ${areaBoundaries.areaId} = subtree.id) AS has FROM subtree`);
  const withOutline = new Map(rows.map((r) => [r.id, r.has === 1]));
  const inScope = listAreaTree().filter((a) => withOutline.has(a.id));
  const top = Math.min(...inScope.map((a) => a.depth));
  return inScope.map((a) => ({ id: a.id, slug: a.slug, name: a.name, depth: a.depth - top, hasBoundary: withOutline.get(a.id)! }));
}

/** A name as people write it: case, spacing and a leading "Bydel" do not matter. */
function normalName(name: string): string {
  return name.normalize("NFC").toLocaleLowerCase("nb").replace(/\s+/g, " ").trim().replace(/^bydel /, "");
}

export type ShapeMatch = { label: string; areaId: number | null; areaName: string | null; by: "name" | "code" | null; replaces: boolean };

/**
 * Each shape to the area it names: by name (Norwegian letters and case as people write them), else
 * by code (the area's slug, which is what Laget has for one: "bydel-grorud"). Shapes naming the same
 * area are its parts (islands), and are saved together.
 */
export function matchShapes(shapes: { label: string }[], scope: ScopeArea[]): ShapeMatch[] {
  const byName = new Map(scope.map((a) => [normalName(a.name), a]));
  const bySlug = new Map(scope.map((a) => [a.slug, a]));
  return shapes.map(({ label }) => {
    const named = byName.get(normalName(label));
    const coded = named ? undefined : bySlug.get(slugify(label));
    const area = named ?? coded;
    return { label, areaId: area?.id ?? null, areaName: area?.name ?? null, by: named ? "name" : coded ? "code" : null, replaces: area?.hasBoundary ?? false };
  });
}

export type BoundaryDraft = {
  userId: number;
  areaId: number;
  createdAt: number;
  source: string;
  licence: string;
  matches: ShapeMatch[];
  /** The outline per matched area (parts joined), in WGS84. */
  outlines: Record<string, Outline>;
};

function draftDir(): string {
  return path.join(uploadDir(), "boundary-drafts");
}

const DRAFT_ID = /^[A-Za-z0-9_-]{43}$/;

/** Keeps the checked shapes for the preview's save button; returns the draft's name. Old drafts go on the way. */
export function createBoundaryDraft(input: Omit<BoundaryDraft, "createdAt" | "outlines"> & { shapes: ImportedShape[] }): string {
  const dir = draftDir();
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    try {
      if (statSync(file).mtimeMs < now() - DRAFT_LIFETIME_MS) rmSync(file, { force: true });
    } catch {
      // Another process removed it first.
    }
  }
  const outlines: Record<string, Outline> = {};
  input.matches.forEach((m, i) => {
    if (m.areaId === null) return;
    const shape = input.shapes[i]!.geometry;
    const polygons = shape.type === "Polygon" ? [shape.coordinates] : shape.coordinates;
    const before = outlines[m.areaId];
    const all = before ? [...(before.type === "Polygon" ? [before.coordinates] : before.coordinates), ...polygons] : polygons;
    outlines[m.areaId] = all.length === 1 ? { type: "Polygon", coordinates: all[0]! } : { type: "MultiPolygon", coordinates: all };
  });
  const id = randomBytes(32).toString("base64url");
  const draft: BoundaryDraft = { userId: input.userId, areaId: input.areaId, createdAt: now(), source: input.source, licence: input.licence, matches: input.matches, outlines };
  writeFileSync(path.join(dir, `${id}.json`), JSON.stringify(draft), { flag: "wx" });
  return id;
}

/** The draft, if it exists, is this person's, for this area, and not older than an hour. */
export function readBoundaryDraft(id: string, userId: number, areaId: number): BoundaryDraft | null {
  if (!DRAFT_ID.test(id)) return null;
  let draft: BoundaryDraft;
  try {
    draft = JSON.parse(readFileSync(path.join(draftDir(), `${id}.json`), "utf8")) as BoundaryDraft;
  } catch {
    return null;
  }
  if (draft.userId !== userId || draft.areaId !== areaId || draft.createdAt < now() - DRAFT_LIFETIME_MS) return null;
  return draft;
}

/**
 * Stores the draft's outlines (replacing those the areas had) in one transaction with its audit
 * entry, then removes the draft. Only areas in the area's subtree: a draft cannot reach elsewhere.
 */
export function saveBoundaryDraft(actorId: number, areaId: number, draftId: string): { ok: true; saved: number } | { ok: false } {
  const draft = readBoundaryDraft(draftId, actorId, areaId);
  if (!draft) return { ok: false };
  const allowed = new Set(areaSubtreeIds(areaId));
  const rows = Object.entries(draft.outlines)
    .map(([id, geometry]) => ({ areaId: Number(id), geometry }))
    .filter((r) => allowed.has(r.areaId));
  if (rows.length === 0) return { ok: false };
  getDb().transaction(
    (tx) => {
      for (const row of rows) {
        const values = { areaId: row.areaId, geometry: JSON.stringify(row.geometry), source: draft.source, licence: draft.licence, importedByUserId: actorId, importedAt: new Date(now()) };
        tx.insert(areaBoundaries)
          .values(values)
          .onConflictDoUpdate({ target: areaBoundaries.areaId, set: { geometry: values.geometry, source: values.source, licence: values.licence, importedByUserId: actorId, importedAt: values.importedAt } })
          .run();
      }
      audit(
        {
          actorUserId: actorId,
          action: "area.boundaries_imported",
          entityType: "area",
          entityId: areaId,
          details: { areas: rows.map((r) => r.areaId), source: draft.source, licence: draft.licence },
        },
        tx,
      );
    },
    { behavior: "immediate" },
  );
  rmSync(path.join(draftDir(), `${draftId}.json`), { force: true });
  return { ok: true, saved: rows.length };
}
