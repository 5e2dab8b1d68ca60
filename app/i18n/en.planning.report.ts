/** English text of the årsmelding and the final report (/koordinator/arsrapport, /koordinator/sluttrapport). Keys mirror ./nb.planning.report.ts. */
import type { Messages } from "./nb";

export const report: Messages["planning"]["report"] = {};
