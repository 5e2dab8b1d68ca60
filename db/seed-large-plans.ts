/**
 * Plans of the year at scale for db/seed-large.ts (issue 21): every programme gets an adopted plan
 * for the year before NOW and for NOW's year (where its period has them) and a draft for the next;
 * each plan takes up to 40 of the programme's tiltak that run in the year, under the sub-goal they
 * serve (db/seed-large-goals.ts links them), with a state and a municipal budget line each (granted
 * and spent filled for the past year, granted for this one), a line for the programme's grant scheme
 * and one for its administration. An adopted plan has revision 0 (the snapshot, read as the app reads
 * it) and the current year's a revision 1 with a reason, so the pages and their version views are
 * measured with history to read. Deterministic: its own PRNG. One transaction.
 */
import type Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { readPlanContent } from "../app/models/plan/content.server";
import { mulberry32, randInt } from "./seed";

export type LargePlanInput = { sqlite: Database.Database; coordinatorOf: Map<number, number>; now: number };

const ITEMS_PER_PLAN = 40;

export function seedLargePlans({ sqlite, coordinatorOf, now }: LargePlanInput): { plans: number; items: number; lines: number } {
  const rng = mulberry32(0x91a45);
  const year = new Date(now).getUTCFullYear();
  const reader = drizzle(sqlite);
  const programmes = sqlite.prepare("SELECT id, period_start AS start, period_end AS end FROM programmes ORDER BY id").all() as { id: number; start: number; end: number | null }[];
  const tiltakOf = sqlite.prepare(
    `SELECT i.id, (SELECT MIN(goal_id) FROM initiative_goals g WHERE g.initiative_id = i.id) AS goalId FROM initiatives i
     WHERE i.programme_id = ? AND i.archived_at IS NULL AND (i.start_date IS NULL OR i.start_date <= ?) AND (i.end_date IS NULL OR i.end_date >= ?)
     ORDER BY i.id LIMIT ${ITEMS_PER_PLAN}`,
  );
  const schemeOf = sqlite.prepare("SELECT id FROM grant_schemes WHERE programme_id = ? ORDER BY id LIMIT 1");
  const insertPlan = sqlite.prepare(
    `INSERT INTO programme_plans (programme_id, year, status, introduction, adopted_by, adopted_on, created_by_user_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertItem = sqlite.prepare("INSERT INTO plan_items (plan_id, initiative_id, goal_id, position, note) VALUES (?, ?, ?, ?, ?)");
  const insertLine = sqlite.prepare(
    `INSERT INTO plan_budget_lines (plan_id, plan_item_id, grant_scheme_id, subprogramme_id, description, source, source_name, planned_ore, granted_ore, spent_ore, position)
     VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertRevision = sqlite.prepare("INSERT INTO plan_revisions (plan_id, revision, reason, snapshot, changed_by_user_id, created_at) VALUES (?, ?, ?, ?, ?, ?)");
  const counts = { plans: 0, items: 0, lines: 0 };

  sqlite.transaction(() => {
    for (const p of programmes) {
      const by = coordinatorOf.get(p.id) ?? null;
      for (const y of [year - 1, year, year + 1]) {
        if (y < p.start || (p.end !== null && y > p.end)) continue;
        const adopted = y <= year;
        const adoptedOn = `${y}-01-${String(randInt(rng, 10, 28)).padStart(2, "0")}`;
        const adoptedAt = Date.parse(`${adoptedOn}T12:00:00Z`);
        const introduction = `Handlingsprogrammet for ${y}: tiltakene satsingen prioriterer, og hvordan statens og kommunens midler fordeles.`;
        const planId = Number(
          insertPlan.run(p.id, y, adopted ? "adopted" : "draft", introduction, adopted ? "Styringsgruppen" : null, adopted ? adoptedOn : null, by, Math.min(now, adoptedAt) - 60 * 86_400_000, now)
            .lastInsertRowid,
        );
        counts.plans++;
        let position = 0;
        const past = y < year;
        const line = (itemId: number | null, schemeId: number | null, description: string, source: "state" | "municipality" | "other", name: string, plannedKr: number) => {
          const planned = plannedKr * 100;
          insertLine.run(planId, itemId, schemeId, description, source, name, planned, y <= year ? planned : null, past ? Math.round(planned * (0.8 + rng() * 0.2)) : null, ++position);
          counts.lines++;
        };
        const goalPositions = new Map<number | null, number>();
        for (const t of tiltakOf.all(p.id, `${y}-12-31`, `${y}-01-01`) as { id: number; goalId: number | null }[]) {
          const goalPosition = (goalPositions.get(t.goalId) ?? 0) + 1;
          goalPositions.set(t.goalId, goalPosition);
          const itemId = Number(insertItem.run(planId, t.id, t.goalId, goalPosition, "").lastInsertRowid);
          counts.items++;
          line(itemId, null, "", "state", "", randInt(rng, 2, 60) * 10_000);
          line(itemId, null, "", "municipality", "", randInt(rng, 2, 60) * 10_000);
          if (rng() < 0.1) line(itemId, null, "Gaveforsterkning", "other", "Sparebankstiftelsen", randInt(rng, 1, 20) * 10_000);
        }
        const scheme = schemeOf.get(p.id) as { id: number } | undefined;
        if (scheme) line(null, scheme.id, "Tilskuddsordningen", "municipality", "", randInt(rng, 20, 80) * 10_000);
        line(null, null, "Programledelse og administrasjon", "state", "", randInt(rng, 50, 120) * 10_000);
        if (!adopted) continue;
        const snapshot = () => JSON.stringify(readPlanContent(reader, { id: planId, programmeId: p.id, year: y, introduction }));
        insertRevision.run(planId, 0, "", snapshot(), by, adoptedAt);
        if (y === year) {
          line(null, null, "Omdisponert etter revidert budsjett", "municipality", "", randInt(rng, 5, 30) * 10_000);
          insertRevision.run(planId, 1, "Revidert budsjett i juni: midler omdisponert til satsingens fellestiltak.", snapshot(), by, Math.min(now, Date.parse(`${y}-06-20T10:00:00Z`)));
        }
      }
    }
  })();
  return counts;
}
