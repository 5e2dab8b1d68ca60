/** English text of a closed programme's or area lift's archive marking and outcomes on public pages. Keys mirror ./nb.places.archive.ts. */
import type { Messages } from "./nb";

export const archive: Messages["places"]["archive"] = {};
