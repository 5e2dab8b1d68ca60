/** Bokmål text of the grants' public pages (issue 20); part of ./nb.grants.ts. */
export const publicPages = {};
