/** Bokmål text of the public page of an adopted plan (/satsinger/:slug/plan/:year) and /api/v1/programmes's reference. Part of ./nb.places.ts. */
export const planPage = {};
