/**
 * Report narratives at scale for db/seed-large.ts (issue 21): every programme's årsmelding for the
 * year before NOW has the coordinator's text in every section, and a programme whose period has
 * ended by NOW's year its final report's too — so the report pages and their Word documents are
 * measured (app/testing/query-budget.test.ts) with text to read, not empty sections.
 */
import type Database from "better-sqlite3";
import { REPORT_SECTIONS } from "../app/validation/enums";

export type LargeReportInput = { sqlite: Database.Database; coordinatorOf: Map<number, number>; now: number };

export function seedLargeReports({ sqlite, coordinatorOf, now }: LargeReportInput): { reportNarratives: number } {
  const year = new Date(now).getUTCFullYear();
  const programmes = sqlite.prepare("SELECT id, period_start AS start, period_end AS end FROM programmes ORDER BY id").all() as { id: number; start: number; end: number | null }[];
  const insert = sqlite.prepare("INSERT INTO report_narratives (programme_id, kind, year, section, body, updated_by_user_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
  let n = 0;
  sqlite.transaction(() => {
    for (const p of programmes) {
      const by = coordinatorOf.get(p.id) ?? null;
      const reports: ["annual" | "final", number][] = [];
      if (p.start <= year - 1 && (p.end === null || p.end >= year - 1)) reports.push(["annual", year - 1]);
      if (p.end !== null && p.end <= year) reports.push(["final", p.end]);
      for (const [kind, y] of reports) {
        for (const section of REPORT_SECTIONS) {
          insert.run(p.id, kind, y, section, `Koordinatorens tekst om ${section} for ${y}. `.repeat(40).trim(), by, now);
          n++;
        }
      }
    }
  })();
  return { reportNarratives: n };
}
