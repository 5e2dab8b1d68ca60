/** Bokmål text of the map (/kart, the maps on programme and area pages, the boundary import on the admin area page). Part of ./nb.places.ts. */
export const map = {};
