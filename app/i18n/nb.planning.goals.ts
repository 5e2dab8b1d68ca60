/** Bokmål text of the coordinator's goals and indicators (/koordinator/mal). Part of ./nb.planning.ts. */
export const goals = {};
