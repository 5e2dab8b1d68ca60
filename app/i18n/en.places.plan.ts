/** English text of the public page of an adopted plan (/satsinger/:slug/plan/:year) and /api/v1/programmes's reference. Keys mirror ./nb.places.plan.ts. */
import type { Messages } from "./nb";

export const planPage: Messages["places"]["planPage"] = {};
