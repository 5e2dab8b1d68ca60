/** English text of the public programme pages (/satsinger, /satsinger/:slug): the list, a programme's page, its goals and indicator charts. Keys mirror ./nb.places.programmes.ts. */
import type { Messages } from "./nb";

export const programmesPage: Messages["places"]["programmesPage"] = {};
