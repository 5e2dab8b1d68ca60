/** Bokmål text of a closed programme's or area lift's archive marking and outcomes on public pages. Part of ./nb.places.ts. */
export const archive = {};
