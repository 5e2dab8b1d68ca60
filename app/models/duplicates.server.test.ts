/**
 * The approval queue's possible duplicates are ranked by how alike the whole names are (trigram
 * Dice on the normalised name), not flagged for sharing a first word: at most three, most alike
 * first, each with its similarity.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { organisations, users } from "../../db/schema";
import { seedDemoData } from "../../db/seed";
import { getDb } from "~/utils/db.server";
import { eq } from "drizzle-orm";
import { DUPLICATE_HINTS, DUPLICATE_SIMILARITY, listPendingOrganisations, nameSimilarity } from "./approval.server";
import { loadActor } from "./user.server";

beforeAll(async () => {
  await seedDemoData(getDb(), { passwordHash: "unused" });
});

const add = (name: string, status: "approved" | "pending") =>
  getDb()
    .insert(organisations)
    .values({ slug: name.toLowerCase().replace(/[^a-zæøå0-9]+/g, "-"), name, sector: "residents_group", status })
    .returning({ id: organisations.id })
    .get().id;

describe("name similarity", () => {
  it("is 1 for the same name written differently, high for a typo, low for a shared first word", () => {
    expect(nameSimilarity("Romsås Vestre Vel AS", "romsås vestre vel")).toBe(1);
    expect(nameSimilarity("Romsås Sjakklub", "Romsås Sjakklubb")).toBeGreaterThan(0.8);
    expect(nameSimilarity("Romsås Sjakklubb", "Romsås Idrettslag")).toBeLessThan(DUPLICATE_SIMILARITY);
    expect(nameSimilarity("Veitvet Sjakklub", "Veitvet Turlag")).toBeLessThan(DUPLICATE_SIMILARITY);
  });
});

describe("possible duplicates in the approval queue", () => {
  it("lists the alike names, most alike first, at most three, and not those that only share a word", () => {
    for (const name of ["Romsås Sjakklubb", "Romsås Sjakklubb Ungdom", "Romsås Idrettslag", "Romsås Bydelshus", "Romsås Vel", "Sjakklubben Romsås"]) add(name, "approved");
    const pending = add("Romsås Sjakklub", "pending");
    const admin = loadActor(getDb().select().from(users).where(eq(users.email, "admin@laget.test")).get()!);
    const org = listPendingOrganisations(admin).find((o) => o.id === pending)!;
    const names = org.duplicates.map((d) => d.name);
    expect(names[0]).toBe("Romsås Sjakklubb");
    expect(names).not.toContain("Romsås Idrettslag");
    expect(names).not.toContain("Romsås Bydelshus");
    expect(names).not.toContain("Romsås Vel");
    expect(org.duplicates.length).toBeLessThanOrEqual(DUPLICATE_HINTS);
    const similarities = org.duplicates.map((d) => d.similarity);
    expect(similarities).toEqual([...similarities].sort((a, b) => b - a));
    expect(similarities.every((s) => s >= DUPLICATE_SIMILARITY && s <= 1)).toBe(true);
  });
});
