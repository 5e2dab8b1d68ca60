/** English text of the grants' apply pages; keys mirror ./nb.grants.apply.ts. */
import type { Messages } from "./nb";

export const applyPages: Messages["grants"]["applyPages"] = {};
