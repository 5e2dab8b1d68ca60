/**
 * The programmes in public (issue 21): a programme's profile for /satsinger/:slug, and the open data
 * (/api/v1/programmes, JSON and CSV) with goals, indicators and adopted budgets — only public tiltak
 * named, never a draft plan — in a fixed number of statements.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { programmePlans, programmes } from "../../db/schema";
import { seedDemoData } from "../../db/seed";
import { programmesEndpoint, serveOpenData } from "~/services/api.server";
import { countStatements } from "~/testing/statement-count.server";
import { getDb } from "~/utils/db.server";
import { getProgrammeProfile, listOpenProgrammes } from "./programme-profile.server";

beforeAll(async () => {
  await seedDemoData(getDb(), { passwordHash: "unused" });
});

describe("a programme's profile", () => {
  it("has its period, sub-programmes and areas in tree order, in one statement; an unknown slug none", () => {
    const { result, statements } = countStatements(() => getProgrammeProfile("groruddalssatsingen"));
    expect(statements).toBe(1);
    expect(result).toMatchObject({ name: "Groruddalssatsingen", municipality: "Oslo", periodStart: 2017, periodEnd: 2026 });
    expect(result!.subprogrammes.map((s) => s.slug)).toEqual(["narmiljo", "oppvekst-og-utdanning", "sysselsetting"]);
    expect(result!.areas[0]).toMatchObject({ slug: "oslo", depth: 0 });
    expect(result!.areas.find((a) => a.slug === "romsas")?.depth).toBe(2);
    expect(getProgrammeProfile("finnes-ikke")).toBeUndefined();
  });
});

describe("the open data of the programmes", () => {
  it("gives every programme's goals, indicators and adopted budgets in six statements, whatever the page", () => {
    const { result, statements } = countStatements(() => listOpenProgrammes({}, { limit: 50, offset: 0 }));
    expect(statements).toBeLessThanOrEqual(6);
    expect(result.total).toBeGreaterThanOrEqual(4);
    const groruddalen = result.items.find((p) => p.slug === "groruddalssatsingen")!;
    expect(groruddalen.goals[0]!.subGoals.length).toBeGreaterThanOrEqual(3);
    // Only public tiltak are named.
    const named = groruddalen.goals.flatMap((g) => [g, ...g.subGoals]).flatMap((g) => g.initiatives);
    expect(named.every((i) => i.isPublic)).toBe(true);
  });

  it("answers JSON with the documented shape and CSV with one row per figure; drafts never appear", async () => {
    const db = getDb();
    const id = db.select({ id: programmes.id }).from(programmes).where(eq(programmes.slug, "groruddalssatsingen")).get()!.id;
    const drafts = db.select({ year: programmePlans.year }).from(programmePlans).where(eq(programmePlans.programmeId, id)).all();
    const json = (await serveOpenData(new Request("http://laget.test/api/v1/programmes?programme=groruddalssatsingen"), programmesEndpoint).json()) as {
      data: { slug: string; url: string; goals: { number: string; subGoals: { number: string; indicators: { baseline: { year: number }; values: unknown[] }[] }[] }[]; budgets: { year: number }[] }[];
      meta: { total: number };
    };
    expect(json.meta.total).toBe(1);
    const item = json.data[0]!;
    expect(item.url).toMatch(/\/satsinger\/groruddalssatsingen$/);
    expect(item.goals[0]!.number).toBe("1");
    expect(item.goals[0]!.subGoals[0]!.number).toBe("1.1");
    expect(item.goals[0]!.subGoals[0]!.indicators[0]!.baseline.year).toBe(2017);
    const adopted = new Set(
      db.select({ year: programmePlans.year, status: programmePlans.status }).from(programmePlans).where(eq(programmePlans.programmeId, id)).all().filter((p) => p.status === "adopted").map((p) => p.year),
    );
    for (const b of item.budgets) expect(adopted.has(b.year), `budget ${b.year} is of an adopted plan`).toBe(true);
    expect(drafts.length).toBeGreaterThanOrEqual(adopted.size);

    const csv = await serveOpenData(new Request("http://laget.test/api/v1/programmes?programme=groruddalssatsingen&format=csv"), programmesEndpoint).text();
    const lines = csv.replace(/^\uFEFF/, "").trim().split(/\r\n/);
    expect(lines[0]).toBe("programme,programmeName,record,goal,goalTitle,indicator,unit,source,kind,year,value,breakdown,subprogramme,budgetSource,sourceName,planned,granted,spent");
    expect(lines.some((l) => /^groruddalssatsingen,Groruddalssatsingen,indicator,1\.1,.*,baseline,2017,63\.1,/.test(l))).toBe(true);
    expect(lines.some((l) => /,value,2025,66\.2,/.test(l))).toBe(true);
    expect(lines.some((l) => /,target,2026,67,/.test(l))).toBe(true);
  });

  it("gives an empty list for an unknown programme and refuses a malformed one", async () => {
    const empty = (await serveOpenData(new Request("http://laget.test/api/v1/programmes?programme=finnes-ikke"), programmesEndpoint).json()) as { data: unknown[] };
    expect(empty.data).toEqual([]);
    expect(serveOpenData(new Request("http://laget.test/api/v1/programmes?programme=%3Cscript%3E"), programmesEndpoint).status).toBe(400);
  });
});
