import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { programmes } from "../../db/schema";
import { closeDatabase, getDb, preparedQuery } from "./db.server";

describe("preparedQuery", () => {
  it("builds a query once per database handle and runs it with each call's values", () => {
    let builds = 0;
    const bySlug = preparedQuery((db) => {
      builds++;
      return db.select({ name: programmes.name }).from(programmes).where(eq(programmes.slug, sql.placeholder("slug"))).prepare();
    });
    getDb()
      .insert(programmes)
      .values([
        { slug: "a", name: "A-satsingen", municipality: "Oslo", periodStart: 2024 },
        { slug: "b", name: "B-satsingen", municipality: "Bergen", periodStart: 2025 },
      ])
      .run();
    expect(bySlug().get({ slug: "a" })?.name).toBe("A-satsingen");
    expect(bySlug().get({ slug: "b" })?.name).toBe("B-satsingen");
    expect(bySlug().get({ slug: "c" })).toBeUndefined();
    expect(builds).toBe(1);

    // A reopened database is another handle: the query is built again for it, not run on a closed one.
    closeDatabase();
    expect(bySlug().get({ slug: "b" })?.name).toBe("B-satsingen");
    expect(builds).toBe(2);
  });
});
