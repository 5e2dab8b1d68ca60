/** English text of the public pages about places and programmes; keys mirror ./nb.places.ts. Part of ./en.ts. */
import type { Messages } from "./nb";
import { archive } from "./en.places.archive";
import { map } from "./en.places.map";
import { planPage } from "./en.places.plan";
import { programmesPage } from "./en.places.programmes";

export const places: Messages["places"] = {
  words: {
    budgetSources: { state: "The state", municipality: "The municipality", other: "Other source" },
    planStatuses: { draft: "Draft", adopted: "Adopted" },
    outcomes: {
      ordinary_operations: "Continued in ordinary operations",
      continued_by_partner: "Continued by a partner",
      successor: "Transferred to a successor programme",
      ended: "Ended",
    },
    planned: "Planned",
    granted: "Granted",
    spent: "Spent",
    total: "Total",
  },
  programmesPage,
  planPage,
  archive,
  map,
};
