/**
 * Goals and indicators at scale for db/seed-large.ts (issue 21): every programme gets a main goal
 * with a sub-goal per sub-programme, each sub-goal one or two indicators with a baseline in the
 * programme's first year, yearly values up to 2025 and a target in its last year, and every tiltak
 * is linked to the sub-goal of its sub-programme. Deterministic: its own PRNG. Rows go through the
 * caller's batching `queue`; the links are one statement at the end.
 */
import type Database from "better-sqlite3";
import { mulberry32, pick, randInt } from "./seed";

export type LargeGoalInput = {
  sqlite: Database.Database;
  queue: (run: () => void) => void;
  commit: () => void;
  coordinatorOf: Map<number, number>;
  now: number;
};

const INDICATORS: { name: string; unit: string; source: string; low: number; high: number }[] = [
  { name: "Andel sysselsatte 20–66 år", unit: "%", source: "SSB", low: 55, high: 75 },
  { name: "Andel som fullfører videregående innen fem år", unit: "%", source: "SSB", low: 60, high: 85 },
  { name: "Andel som deltar i organiserte fritidsaktiviteter", unit: "%", source: "Levekårsundersøkelsen", low: 30, high: 60 },
  { name: "Besøk på lokale møteplasser", unit: "besøk", source: "Bydelens egne tall", low: 5_000, high: 40_000 },
  { name: "Andel som føler seg trygge ute om kvelden", unit: "%", source: "Levekårsundersøkelsen", low: 60, high: 90 },
];
const LAST_MEASURED = 2025;

export function seedLargeGoals({ sqlite, queue, commit, coordinatorOf, now }: LargeGoalInput): { goals: number; indicators: number; values: number } {
  const rng = mulberry32(0x60a15);
  const insertGoal = sqlite.prepare(
    "INSERT INTO programme_goals (id, programme_id, parent_id, subprogramme_id, area_id, title, description, position, created_at) VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?)",
  );
  const insertIndicator = sqlite.prepare(
    `INSERT INTO goal_indicators (id, goal_id, name, unit, source, baseline_year, baseline_value, target_year, target_value, position, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertValue = sqlite.prepare("INSERT INTO indicator_values (indicator_id, year, value, note, recorded_by_user_id, created_at) VALUES (?, ?, ?, '', ?, ?)");
  const programmeRows = sqlite.prepare("SELECT id, name, period_start AS periodStart, period_end AS periodEnd FROM programmes ORDER BY id").all() as {
    id: number;
    name: string;
    periodStart: number;
    periodEnd: number | null;
  }[];
  const subRows = sqlite.prepare("SELECT id, programme_id AS programmeId, name FROM subprogrammes ORDER BY programme_id, position, id").all() as { id: number; programmeId: number; name: string }[];

  let goalId = 0;
  let indicatorId = 0;
  let values = 0;
  for (const programme of programmeRows) {
    const mainId = ++goalId;
    queue(() => insertGoal.run(mainId, programme.id, null, null, `Varig bedre levekår i ${programme.name}`, "Satsingens hovedmål.", 0, now));
    const coordinator = coordinatorOf.get(programme.id) ?? null;
    const targetYear = programme.periodEnd ?? programme.periodStart + 9;
    subRows
      .filter((s) => s.programmeId === programme.id)
      .forEach((sub, position) => {
        const subId = ++goalId;
        queue(() => insertGoal.run(subId, programme.id, mainId, sub.id, `Bedre resultater i ${sub.name.toLowerCase()}`, "", position, now));
        for (let k = randInt(rng, 1, 2), p = 0; k > 0; k--, p++) {
          const kind = pick(rng, INDICATORS);
          const id = ++indicatorId;
          const baseline = Math.round((kind.low + rng() * (kind.high - kind.low) * 0.5) * 10) / 10;
          const target = Math.round(baseline * (1.05 + rng() * 0.1) * 10) / 10;
          queue(() => insertIndicator.run(id, subId, kind.name, kind.unit, kind.source, programme.periodStart, baseline, targetYear, target, p, now));
          let value = baseline;
          for (let year = programme.periodStart + 1; year <= Math.min(LAST_MEASURED, targetYear); year++) {
            value = Math.round(value * (0.98 + rng() * 0.05) * 10) / 10;
            const v = value;
            queue(() => insertValue.run(id, year, v, coordinator, now));
            values++;
          }
        }
      });
  }
  commit();
  // Every tiltak serves the sub-goal of its sub-programme.
  sqlite.exec(`INSERT INTO initiative_goals (initiative_id, goal_id)
    SELECT i.id, g.id FROM initiatives i JOIN programme_goals g ON g.subprogramme_id = i.subprogramme_id AND g.parent_id IS NOT NULL`);
  return { goals: goalId, indicators: indicatorId, values };
}
