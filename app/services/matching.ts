/**
 * Matching partners to tiltak: one pure, deterministic scoring function. The coordinators' pages
 * (/koordinator/tiltak/:slug/forslag and /koordinator/partnere/:slug) load the candidates near the
 * tiltak's programme in one query and score them here, in memory. docs/matching.md explains the weights.
 *
 * Weights (points):
 *   area           30  the organisation works in the tiltak's own area
 *   containingArea 20  … or in an area that contains it (a district around a sub-district)
 *   theme          20  it works on the tiltak's sub-programme (theme)
 *   offer:X        15  for each offer X the tiltak is looking for and the organisation provides
 *   soughtSector   25  its sector is one the tiltak asks for and has no active partner from yet
 *   missingSector  10  its sector is not asked for, but the tiltak has no active partner from it
 *   recentlyActive 10  it took part in a tiltak or posted an update in the last 12 months
 *
 * The same inputs always give the same score and reasons in the same order; ranking breaks ties by
 * name (Norwegian collation) and then id.
 */
import type { Offer, Sector } from "~/validation/enums";
import { OFFERS } from "~/validation/enums";

export const WEIGHTS = {
  area: 30,
  containingArea: 20,
  theme: 20,
  offer: 15,
  soughtSector: 25,
  missingSector: 10,
  recentlyActive: 10,
} as const;

/** 12 months, as "recent activity" and the dashboard's stale organisations use it. */
export const RECENT_MS = 365 * 24 * 60 * 60 * 1000;

export type ReasonCode =
  | "area"
  | "containingArea"
  | "theme"
  | `offer:${Offer}`
  | "soughtSector"
  | "missingSector"
  | "recentlyActive";

export type TiltakProfile = {
  areaId: number;
  subprogrammeId: number;
  soughtSectors: readonly Sector[];
  soughtOffers: readonly Offer[];
  /** Sectors of the organisations already actively taking part. */
  presentSectors: readonly Sector[];
};

export type CandidateProfile = {
  id: number;
  name: string;
  sector: Sector;
  areaIds: readonly number[];
  subprogrammeIds: readonly number[];
  offers: readonly Offer[];
  /** Newest participation or update, epoch ms; null when never active. */
  lastActiveAt: number | null;
};

export type MatchContext = {
  /** The ids of the areas that contain the tiltak's area (its ancestors, not the area itself). */
  containingAreaIds: ReadonlySet<number>;
  now: number;
};

export type Score = { score: number; reasons: ReasonCode[] };

export function scoreCandidate(tiltak: TiltakProfile, candidate: CandidateProfile, context: MatchContext): Score {
  const reasons: ReasonCode[] = [];
  let score = 0;
  if (candidate.areaIds.includes(tiltak.areaId)) {
    score += WEIGHTS.area;
    reasons.push("area");
  } else if (candidate.areaIds.some((id) => context.containingAreaIds.has(id))) {
    score += WEIGHTS.containingArea;
    reasons.push("containingArea");
  }
  if (candidate.subprogrammeIds.includes(tiltak.subprogrammeId)) {
    score += WEIGHTS.theme;
    reasons.push("theme");
  }
  // In the fixed order of OFFERS, so reasons read the same way every time.
  for (const offer of OFFERS) {
    if (tiltak.soughtOffers.includes(offer) && candidate.offers.includes(offer)) {
      score += WEIGHTS.offer;
      reasons.push(`offer:${offer}`);
    }
  }
  if (!tiltak.presentSectors.includes(candidate.sector)) {
    if (tiltak.soughtSectors.includes(candidate.sector)) {
      score += WEIGHTS.soughtSector;
      reasons.push("soughtSector");
    } else {
      score += WEIGHTS.missingSector;
      reasons.push("missingSector");
    }
  }
  if (candidate.lastActiveAt !== null && context.now - candidate.lastActiveAt <= RECENT_MS) {
    score += WEIGHTS.recentlyActive;
    reasons.push("recentlyActive");
  }
  return { score, reasons };
}

const collator = new Intl.Collator("nb-NO");

/** Highest score first; equal scores by name, then id, so the order never depends on load order. */
export function compareRanked(a: { score: number; name: string; id: number }, b: { score: number; name: string; id: number }): number {
  return b.score - a.score || collator.compare(a.name, b.name) || a.id - b.id;
}

/** Every candidate scored and ranked. */
export function rankCandidates<C extends CandidateProfile>(tiltak: TiltakProfile, candidates: readonly C[], context: MatchContext) {
  return candidates
    .map((candidate) => ({ ...scoreCandidate(tiltak, candidate, context), candidate, name: candidate.name, id: candidate.id }))
    .sort(compareRanked);
}
