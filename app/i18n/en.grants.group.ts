/** English text of the grants' group pages; keys mirror ./nb.grants.group.ts. */
import type { Messages } from "./nb";

export const groupPages: Messages["grants"]["groupPages"] = {};
