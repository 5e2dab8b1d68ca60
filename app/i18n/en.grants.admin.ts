/** English text of the grants' admin pages; keys mirror ./nb.grants.admin.ts. */
import type { Messages } from "./nb";

export const adminPages: Messages["grants"]["adminPages"] = {};
