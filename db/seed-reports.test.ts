/** The demo's report narratives (db/seed-reports.ts): Levekårsløftet's 2025 status report in every section, Groruddalssatsingen's in some. */
import { describe, expect, it } from "vitest";
import { seedDemoData } from "./seed";
import { getDb } from "../app/utils/db.server";
import { REPORT_SECTIONS } from "../app/validation/enums";

describe("the demo's report narratives", () => {
  it("gives Levekårsløftet's 2025 årsmelding text in every section and Groruddalssatsingen's in five", async () => {
    const db = getDb();
    await seedDemoData(db, { passwordHash: "unused" });
    const rows = db.$client
      .prepare("SELECT p.slug, n.kind, n.year, n.section, n.body, u.email FROM report_narratives n JOIN programmes p ON p.id = n.programme_id JOIN users u ON u.id = n.updated_by_user_id ORDER BY p.slug, n.section")
      .all() as { slug: string; kind: string; year: number; section: string; body: string; email: string }[];
    const of = (slug: string) => rows.filter((r) => r.slug === slug);
    expect(of("levekarsloftet").map((r) => r.section).sort()).toEqual([...REPORT_SECTIONS].sort());
    expect(of("groruddalssatsingen")).toHaveLength(5);
    expect(rows.every((r) => r.kind === "annual" && r.year === 2025 && r.body.length > 50)).toBe(true);
    // Written by each programme's own coordinator.
    expect(new Set(of("levekarsloftet").map((r) => r.email))).toEqual(new Set(["stavanger-koordinator@laget.test"]));
  });
});
