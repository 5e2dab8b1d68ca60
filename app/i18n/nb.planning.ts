/**
 * Bokmål text of the coordinators' planning pages (issue 21): goals and indicators, the plan of the
 * year with its budget, the årsmelding and final report, and closing a period. A workspace section
 * (./index.ts), loaded with the coordinator's text. Words shared with the public pages (budget
 * sources, plan statuses, outcomes) are in ./nb.places.ts. Part of ./nb.ts.
 */
import { closing } from "./nb.planning.closing";
import { goals } from "./nb.planning.goals";
import { plan } from "./nb.planning.plan";
import { report } from "./nb.planning.report";

export const planning = { goals, plan, report, closing };
