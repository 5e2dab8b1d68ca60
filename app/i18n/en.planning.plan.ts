/** English text of the coordinator's plan of the year (/koordinator/plan). Keys mirror ./nb.planning.plan.ts. */
import type { Messages } from "./nb";

export const plan: Messages["planning"]["plan"] = {};
