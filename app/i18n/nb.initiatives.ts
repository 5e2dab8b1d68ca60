/** Bokmål text for the tiltak list and pages (/tiltak, /tiltak/:slug), the collaboration overview (/samarbeid) and the updates page and Atom feeds (/oppdateringer). Part of the catalogue in ./nb.ts. */
import { numberIn, plural } from "./format";

const nf = numberIn("nb-NO");
void nf;
void plural;

export const initiatives = {};
