/**
 * An adopted plan's history (issue 21): adoption writes revision 0, the whole plan as adopted; every
 * later change writes the next revision with who, when, why and the whole plan after it (written by
 * changePlan in ./shared.server.ts, in the change's own transaction). Any revision reads back as it
 * stood — "the adopted version stays readable" — however the plan or its tiltak changed since.
 */
import { sql } from "drizzle-orm";
import { planRevisions } from "../../../db/schema";
import type { Actor } from "~/services/permissions";
import { now } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { planSums, readPlanContent, type PlanContent, type PlanSums } from "./content.server";
import { findPlan, loadPlan, refuse, requireProgramme, type Reader, type Tx } from "./shared.server";

/** Keeps the plan as it now stands as its next revision (0 at adoption); returns the revision's number. */
export function recordRevision(tx: Tx, actorId: number, planId: number, reason: string): number {
  const plan = loadPlan(tx, planId)!;
  const next = tx.get<{ n: number }>(sql`SELECT COALESCE(MAX(revision), -1) + 1 AS n FROM plan_revisions WHERE plan_id = ${planId}`)!.n;
  const snapshot = JSON.stringify(readPlanContent(tx, plan));
  tx.insert(planRevisions).values({ planId, revision: next, reason, snapshot, changedByUserId: actorId, changedAt: new Date(now()) }).run();
  return next;
}

export type RevisionEntry = { revision: number; reason: string; changedAt: number; changedBy: string | null };

/** The plan's revisions, oldest first, with who made each (for the coordinators; the public list names nobody). */
export function listRevisions(db: Reader, planId: number): RevisionEntry[] {
  return db.all<RevisionEntry>(sql`SELECT r.revision, r.reason, r.created_at AS changedAt, u.name AS changedBy
    FROM plan_revisions r LEFT JOIN users u ON u.id = r.changed_by_user_id WHERE r.plan_id = ${planId} ORDER BY r.revision`);
}

/** A revision's plan, parsed. */
export function revisionContent(snapshot: string): PlanContent {
  return JSON.parse(snapshot) as PlanContent;
}

export type PlanVersion = {
  programme: { slug: string; name: string };
  year: number;
  adoptedBy: string | null;
  adoptedOn: string | null;
  revision: RevisionEntry;
  latest: number;
  content: PlanContent;
  sums: PlanSums;
};

/**
 * One revision of a programme's plan for a year, as it stood, for a coordinator of the programme:
 * an unknown plan or revision is notFound. Two statements.
 */
export function getPlanVersion(actor: Actor, programmeId: number, year: number, revision: number): PlanVersion {
  const db = getDb();
  const programme = requireProgramme(db, actor, programmeId, false);
  const plan = findPlan(db, programmeId, year);
  if (!plan || !Number.isInteger(revision) || revision < 0) refuse("notFound", "notFound");
  const row = db.get<RevisionEntry & { snapshot: string; latest: number }>(sql`SELECT r.revision, r.reason, r.created_at AS changedAt, u.name AS changedBy, r.snapshot,
      (SELECT MAX(revision) FROM plan_revisions WHERE plan_id = r.plan_id) AS latest
    FROM plan_revisions r LEFT JOIN users u ON u.id = r.changed_by_user_id WHERE r.plan_id = ${plan.id} AND r.revision = ${revision}`);
  if (!row) refuse("notFound", "notFound");
  const { snapshot, latest, ...entry } = row;
  const content = revisionContent(snapshot);
  return { programme: { slug: programme.slug, name: programme.name }, year, adoptedBy: plan.adoptedBy, adoptedOn: plan.adoptedOn, revision: entry, latest, content, sums: planSums(content) };
}
