/**
 * Bokmål text of the public pages about places and programmes: the programme pages (/satsinger…),
 * the map (/kart) and what area pages show of them (issues 21 and 25), with the words they share
 * with the coordinators' planning pages. A section of its own (./index.ts): the browser loads it only
 * on those pages and in the workspaces, so the other public pages carry none of it. Part of ./nb.ts.
 */
import type { BudgetSource, InitiativeOutcome, PlanStatus } from "~/validation/enums";
import { archive } from "./nb.places.archive";
import { map } from "./nb.places.map";
import { planPage } from "./nb.places.plan";
import { programmesPage } from "./nb.places.programmes";

export const places = {
  words: {
    budgetSources: { state: "Staten", municipality: "Kommunen", other: "Annen kilde" } satisfies Record<BudgetSource, string>,
    planStatuses: { draft: "Utkast", adopted: "Vedtatt" } satisfies Record<PlanStatus, string>,
    outcomes: {
      ordinary_operations: "Videreført i ordinær drift",
      continued_by_partner: "Videreført av en partner",
      successor: "Overført til ny satsing",
      ended: "Avsluttet",
    } satisfies Record<InitiativeOutcome, string>,
    planned: "Planlagt",
    granted: "Bevilget",
    spent: "Brukt",
    total: "Sum",
  },
  programmesPage,
  planPage,
  archive,
  map,
};
