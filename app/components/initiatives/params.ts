/**
 * The query parameters of the public listings and the feed, shared by the models (server) and the
 * forms (browser). Kept out of the *.server modules, which the browser bundle leaves empty.
 */
export const INITIATIVE_FILTER_PARAMS = {
  programme: "satsing",
  subprogramme: "delprogram",
  area: "omrade",
  status: "status",
  /** Tiltak in which an organisation of this sector takes an active part (the /samarbeid matrix's cells). */
  sector: "sektor",
  q: "q",
} as const;

export const UPDATE_FILTER_PARAMS = { initiative: "tiltak", area: "omrade" } as const;
