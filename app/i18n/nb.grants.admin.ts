/** Bokmål text of the grants' admin pages (issue 20); part of ./nb.grants.ts. */
export const adminPages = {};
