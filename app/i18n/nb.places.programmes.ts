/** Bokmål text of the public programme pages (/satsinger, /satsinger/:slug): the list, a programme's page, its goals and indicator charts. Part of ./nb.places.ts. */
export const programmesPage = {};
