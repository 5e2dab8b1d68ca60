/**
 * The front page's programme cards link to the programme's partners (/partnere?satsing=…): the list
 * holds exactly the partners the card counts, those taking an active part in the programme's public
 * tiltak, and an unknown programme is reported and ignored.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../db/seed";
import { getDb } from "~/utils/db.server";
import { readDirectoryRequest } from "./directory-search.server";
import { searchApprovedOrganisations } from "./organisation.server";
import { listProgrammeSummaries } from "./programme.server";

beforeAll(async () => {
  await seedDemoData(getDb(), { passwordHash: "unused" });
});

function partners(query: string) {
  const request = readDirectoryRequest(new URLSearchParams(query));
  const all: string[] = [];
  let total = 0;
  for (let page = 1; ; page++) {
    const result = searchApprovedOrganisations(request.filters, request.sort, page);
    total = result.total;
    all.push(...result.items.map((i) => i.slug));
    if (result.items.length === 0 || all.length >= total) break;
  }
  return { request, total, slugs: all };
}

describe("the partners of a programme", () => {
  it("are the partners the front page counts for it, in every programme", () => {
    const summaries = listProgrammeSummaries();
    expect(summaries.length).toBeGreaterThan(1);
    for (const programme of summaries) {
      const { request, total, slugs } = partners(`satsing=${programme.slug}`);
      expect(request.active.programme).toEqual({ slug: programme.slug, name: programme.name });
      expect(total).toBe(programme.partnerCount);
      expect(new Set(slugs).size).toBe(programme.partnerCount);
    }
  });

  it("combine with the other filters, and an unknown programme is ignored and reported", () => {
    const all = partners("satsing=groruddalssatsingen").total;
    expect(partners("satsing=groruddalssatsingen&sektor=voluntary").total).toBeLessThan(all);
    const unknown = partners("satsing=finnes-ikke");
    expect(unknown.request.ignored).toEqual([{ param: "satsing", value: "finnes-ikke" }]);
    expect(unknown.total).toBe(partners("").total);
  });
});
