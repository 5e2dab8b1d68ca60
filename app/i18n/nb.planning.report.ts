/** Bokmål text of the årsmelding and the final report (/koordinator/arsrapport, /koordinator/sluttrapport). Part of ./nb.planning.ts. */
export const report = {};
