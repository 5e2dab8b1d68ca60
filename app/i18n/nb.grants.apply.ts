/** Bokmål text of the grants' apply pages (issue 20); part of ./nb.grants.ts. */
export const applyPages = {};
