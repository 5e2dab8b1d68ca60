/** Bokmål text of the coordinator's plan of the year (/koordinator/plan). Part of ./nb.planning.ts. */
export const plan = {};
