/** English text of the map (/kart, the maps on programme and area pages, the boundary import on the admin area page). Keys mirror ./nb.places.map.ts. */
import type { Messages } from "./nb";

export const map: Messages["places"]["map"] = {};
