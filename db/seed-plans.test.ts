/** The demo's plans (db/seed-plans.ts), read back through the plan models as the pages read them. */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { programmes } from "./schema";
import { seedDemoData } from "./seed";
import { getPlanPage } from "~/models/plan/plan.server";
import { getAdoptedPlan, listAdoptedPlans } from "~/models/plan/public.server";
import { getPlanVersion } from "~/models/plan/revision.server";
import { actorFor } from "~/testing/coordination-fixture.server";
import { getDb } from "~/utils/db.server";

let groruddalen = 0;
let levekar = 0;

beforeAll(async () => {
  await seedDemoData(getDb(), { passwordHash: "unused" });
  const id = (slug: string) => getDb().select({ id: programmes.id }).from(programmes).where(eq(programmes.slug, slug)).get()!.id;
  groruddalen = id("groruddalssatsingen");
  levekar = id("levekarsloftet");
});

describe("the demo's plans", () => {
  it("has Groruddalssatsingen's 2025 and 2026 adopted, 2026 changed once with its reason, and Levekårsløftet's 2026", () => {
    expect(listAdoptedPlans(groruddalen).map((p) => [p.year, p.revisions])).toEqual([
      [2026, 1],
      [2025, 0],
    ]);
    expect(listAdoptedPlans(levekar).map((p) => p.year)).toEqual([2026]);
    const plan = getAdoptedPlan("groruddalssatsingen", 2026)!;
    expect(plan.adoptedBy).toBe("Styringsgruppen for Groruddalssatsingen");
    expect(plan.revisions[1]!.reason).toMatch(/Grorud torg/);
  });

  it("keeps 2026 as adopted in revision 0, without the tiltak taken in after", () => {
    const koordinator = actorFor("koordinator@laget.test");
    const titles = (v: ReturnType<typeof getPlanVersion>) => v.content.groups.flatMap((g) => g.items.map((i) => i.slug));
    expect(titles(getPlanVersion(koordinator, groruddalen, 2026, 0))).not.toContain("grorud-torg-som-moteplass");
    expect(titles(getPlanVersion(koordinator, groruddalen, 2026, 1))).toContain("grorud-torg-som-moteplass");
  });

  it("fills planned, granted and spent for 2025 from the state, the municipality and a named other source, with a line for the grant scheme", () => {
    const plan = getPlanPage(actorFor("koordinator@laget.test"), groruddalen, 2025).plan!;
    expect(plan.sums.bySource.map((s) => [s.source, s.sourceName])).toEqual([
      ["state", ""],
      ["municipality", ""],
      ["other", "Sparebankstiftelsen DNB"],
    ]);
    expect(plan.sums.total.grantedOre).toBeGreaterThan(0);
    expect(plan.sums.total.spentOre).toBeGreaterThan(0);
    expect(plan.content.otherLines.some((l) => l.target === "scheme" && l.schemeName === "Bomiljøtilskudd i Groruddalen")).toBe(true);
    // Numbered by the goals the demo links its tiltak to.
    expect(plan.content.groups[0]!.items[0]!.number).toBe("1.1");
    expect(plan.content.groups[0]!.items[0]!.goalNumber).toMatch(/^1\.\d$/);
  });
});
