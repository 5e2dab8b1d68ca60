/** English text of the coordinators' planning pages; keys mirror ./nb.planning.ts. Part of ./en.ts. */
import type { Messages } from "./nb";
import { closing } from "./en.planning.closing";
import { goals } from "./en.planning.goals";
import { plan } from "./en.planning.plan";
import { report } from "./en.planning.report";

export const planning: Messages["planning"] = { goals, plan, report, closing };
