/** English text of the grants' public pages; keys mirror ./nb.grants.public.ts. */
import type { Messages } from "./nb";

export const publicPages: Messages["grants"]["publicPages"] = {};
