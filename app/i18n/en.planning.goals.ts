/** English text of the coordinator's goals and indicators (/koordinator/mal). Keys mirror ./nb.planning.goals.ts. */
import type { Messages } from "./nb";

export const goals: Messages["planning"]["goals"] = {};
