/** Bokmål text of the grants' group pages (issue 20); part of ./nb.grants.ts. */
export const groupPages = {};
