import { beforeAll, describe, expect, test } from "vitest";
import { seedDemoData } from "../../db/seed";
import { getDb } from "~/utils/db.server";
import { cleanDirectorySearch, readDirectoryRequest } from "./directory-search.server";

describe("readDirectoryRequest", () => {
  beforeAll(async () => {
    await seedDemoData(getDb(), { passwordHash: "unused" });
  });

  test("known filter values are resolved", () => {
    const r = readDirectoryRequest(new URLSearchParams("q=leks&sektor=voluntary&omrade=bydel-grorud&tema=sysselsetting&tilbud=volunteers"));
    expect(r.ignored).toEqual([]);
    expect(r.filters.match).toBe('"leks"*');
    expect(r.filters.sector).toBe("voluntary");
    expect(r.active.area).toEqual({ slug: "bydel-grorud", name: "Bydel Grorud" });
    expect(r.filters.areaId).toEqual(expect.any(Number));
    // "sysselsetting" is a sub-programme of each of the three Oslo programmes and of Groruddalssatsingen's successor.
    expect(r.filters.subprogrammeIds).toHaveLength(4);
    expect(r.active.theme).toEqual({ slug: "sysselsetting", name: "Sysselsetting" });
    expect(r.filters.offer).toBe("volunteers");
    expect(r.sort).toBe("relevans");
  });

  test("unknown values are ignored and reported, never thrown", () => {
    const r = readDirectoryRequest(
      new URLSearchParams("sektor=pirates&omrade=atlantis&tema=nope&tilbud=gold&sortering=random"),
    );
    expect(r.filters).toEqual({ match: null, sector: null, areaId: null, subprogrammeIds: null, offer: null, programmeId: null });
    expect(r.ignored.map((i) => i.param)).toEqual(["sektor", "tilbud", "omrade", "tema", "sortering"]);
    expect(r.sort).toBe("navn");
  });

  test("sorting: name by default, relevance by default when searching, relevance needs a search", () => {
    expect(readDirectoryRequest(new URLSearchParams("")).sort).toBe("navn");
    expect(readDirectoryRequest(new URLSearchParams("q=leks")).sort).toBe("relevans");
    expect(readDirectoryRequest(new URLSearchParams("q=leks&sortering=navn")).sort).toBe("navn");
    expect(readDirectoryRequest(new URLSearchParams("sortering=nyeste")).sort).toBe("nyeste");
    const noSearch = readDirectoryRequest(new URLSearchParams("q=***&sortering=relevans"));
    expect(noSearch.filters.match).toBeNull();
    expect(noSearch.sort).toBe("navn");
  });
});

describe("cleanDirectorySearch", () => {
  test("drops empty parameters and page 1, keeps the rest", () => {
    expect(cleanDirectorySearch(new URLSearchParams("q=&sektor=&omrade=romsas&side=1"))).toBe("?omrade=romsas");
    expect(cleanDirectorySearch(new URLSearchParams("q=&sektor="))).toBe("");
    expect(cleanDirectorySearch(new URLSearchParams("q=leks&side=2"))).toBeNull();
    expect(cleanDirectorySearch(new URLSearchParams(""))).toBeNull();
  });
});
