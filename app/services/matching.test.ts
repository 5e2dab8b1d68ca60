import { describe, expect, it } from "vitest";
import { RECENT_MS, WEIGHTS, rankCandidates, scoreCandidate, type CandidateProfile, type TiltakProfile } from "./matching";

// A small hand-made world: Oslo (1) ⊃ Bydel Grorud (2) ⊃ Romsås (3); Bydel Alna (4) ⊃ Furuset (5).
const ROMSAS = 3;
const GRORUD = 2;
const FURUSET = 5;
const SYSSELSETTING = 30;
const NARMILJO = 10;
const NOW = Date.UTC(2026, 5, 1);
const context = { containingAreaIds: new Set([1, GRORUD]), now: NOW };

const jobTiltak: TiltakProfile = {
  areaId: ROMSAS,
  subprogrammeId: SYSSELSETTING,
  soughtSectors: ["business"],
  soughtOffers: ["work_placements"],
  presentSectors: ["district", "state_agency"],
};

const candidate = (id: number, name: string, over: Partial<CandidateProfile>): CandidateProfile => ({
  id,
  name,
  sector: "voluntary",
  areaIds: [],
  subprogrammeIds: [],
  offers: [],
  lastActiveAt: null,
  ...over,
});

describe("scoreCandidate", () => {
  it("gives a business offering work placements in Romsås every reason for an employment tiltak there", () => {
    const shop = candidate(1, "Nærbutikken Romsås", {
      sector: "business",
      areaIds: [ROMSAS],
      subprogrammeIds: [SYSSELSETTING],
      offers: ["work_placements", "premises"],
      lastActiveAt: NOW - 30 * 24 * 3600 * 1000,
    });
    expect(scoreCandidate(jobTiltak, shop, context)).toEqual({
      score: WEIGHTS.area + WEIGHTS.theme + WEIGHTS.offer + WEIGHTS.soughtSector + WEIGHTS.recentlyActive,
      reasons: ["area", "theme", "offer:work_placements", "soughtSector", "recentlyActive"],
    });
  });

  it("counts an area containing the tiltak's area, less than the area itself, and not a neighbour", () => {
    expect(scoreCandidate(jobTiltak, candidate(2, "B", { sector: "district", areaIds: [GRORUD] }), context)).toEqual({ score: WEIGHTS.containingArea, reasons: ["containingArea"] });
    expect(scoreCandidate(jobTiltak, candidate(3, "C", { sector: "district", areaIds: [FURUSET] }), context)).toEqual({ score: 0, reasons: [] });
  });

  it("rewards a missing sector that was not asked for less than one that was", () => {
    expect(scoreCandidate(jobTiltak, candidate(4, "D", { sector: "voluntary" }), context).reasons).toEqual(["missingSector"]);
    expect(scoreCandidate(jobTiltak, candidate(5, "E", { sector: "business" }), context).score).toBe(WEIGHTS.soughtSector);
    // A sector already present earns nothing, even when asked for.
    expect(scoreCandidate({ ...jobTiltak, presentSectors: ["business"] }, candidate(6, "F", { sector: "business" }), context).score).toBe(0);
  });

  it("counts each sought offer once and ignores offers not asked for", () => {
    const tiltak = { ...jobTiltak, soughtOffers: ["premises", "volunteers"] as const, presentSectors: ["voluntary"] as const };
    const result = scoreCandidate({ ...tiltak, soughtOffers: [...tiltak.soughtOffers], presentSectors: [...tiltak.presentSectors] }, candidate(7, "G", { offers: ["volunteers", "premises", "funding"] }), context);
    expect(result).toEqual({ score: 2 * WEIGHTS.offer, reasons: ["offer:premises", "offer:volunteers"] });
  });

  it("treats activity older than 12 months as not recent", () => {
    const tiltak = { ...jobTiltak, presentSectors: ["voluntary" as const] };
    expect(scoreCandidate(tiltak, candidate(8, "H", { lastActiveAt: NOW - RECENT_MS - 1 }), context).score).toBe(0);
    expect(scoreCandidate(tiltak, candidate(8, "H", { lastActiveAt: NOW - RECENT_MS }), context).reasons).toEqual(["recentlyActive"]);
  });
});

describe("rankCandidates", () => {
  it("puts the Romsås business first for the Romsås employment tiltak without a business partner", () => {
    const ranked = rankCandidates(
      jobTiltak,
      [
        candidate(1, "Romsås Ballvenner IL", { sector: "voluntary", areaIds: [ROMSAS], subprogrammeIds: [NARMILJO], offers: ["volunteers"] }),
        candidate(2, "NAV Grorud", { sector: "state_agency", areaIds: [GRORUD], subprogrammeIds: [SYSSELSETTING], offers: ["expertise"] }),
        candidate(3, "Nærbutikken Romsås", { sector: "business", areaIds: [ROMSAS], offers: ["work_placements"] }),
        candidate(4, "Furuset Bakeri", { sector: "business", areaIds: [FURUSET], offers: ["work_placements"] }),
      ],
      context,
    );
    expect(ranked.map((r) => r.name)).toEqual(["Nærbutikken Romsås", "Furuset Bakeri", "NAV Grorud", "Romsås Ballvenner IL"]); // the last three tie at 40, by name
    expect(ranked.map((r) => r.score)).toEqual([70, 40, 40, 40]);
  });

  it("breaks ties by name, then id, whatever the input order", () => {
    const same = { sector: "voluntary" as const };
    const list = [candidate(9, "Øvre lag", same), candidate(3, "Berg lag", same), candidate(2, "Ås lag", same), candidate(1, "Berg lag", same)];
    const a = rankCandidates(jobTiltak, list, context).map((r) => r.id);
    const b = rankCandidates(jobTiltak, [...list].reverse(), context).map((r) => r.id);
    expect(a).toEqual(b);
    expect(a).toEqual([1, 3, 9, 2]); // Norwegian order: B before Ø before Å
  });
});
