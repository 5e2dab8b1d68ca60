/**
 * The loader's work for /oppdateringer. Its server modules are imported here, not by the route: the
 * compiler puts an empty stand-in into the browser build for each *.server module a route imports
 * (a shared chunk of its own when several routes import it); one module of the route's own costs the
 * page one small stand-in instead of five (the page-weight budget, scripts/page-weight.test.ts).
 */
import { listingHref } from "~/components/initiatives/filter-urls";
import { UPDATE_FILTER_PARAMS as P } from "~/components/initiatives/params";
import { listAreaOptions } from "~/models/area.server";
import { listPublicInitiativeChoices } from "~/models/initiative/public.server";
import { listPublicUpdates, parseUpdateFilters, resolveUpdateFilters, UPDATES_PAGE_SIZE } from "~/models/update.server";
import { getEnv } from "~/utils/env.server";
import { ensureCanonicalListing, lastPageOrRedirect } from "~/utils/listing.server";
import { parsePage } from "~/utils/pagination";

export function loadUpdatesPage(request: Request) {
  const url = new URL(request.url);
  const filters = resolveUpdateFilters(parseUpdateFilters(url));
  const page = parsePage(url);

  // One clean address per result (see /tiltak): unknown values, empty fields and bad page numbers go.
  const values = { [P.initiative]: filters.initiative?.slug ?? null, [P.area]: filters.area?.slug ?? null };
  ensureCanonicalListing(url, "/oppdateringer", { ...values, side: page !== null && page > 1 ? String(page) : null });

  const current = page ?? 1;
  const { total, items } = listPublicUpdates(filters, current);
  const lastPage = lastPageOrRedirect(url, current, total, UPDATES_PAGE_SIZE);

  return {
    total,
    page: current,
    lastPage,
    items,
    search: url.search,
    values,
    chosenNames: { tiltak: filters.initiative?.title ?? null, omrade: filters.area?.name ?? null },
    feedHref: listingHref("/oppdateringer.atom", values),
    feedExample: `${getEnv().publicUrl}/oppdateringer.atom?omrade=romsas`,
    options: {
      initiatives: listPublicInitiativeChoices(filters.area?.id ?? null, filters.initiative?.slug ?? null),
      areas: listAreaOptions(filters.area?.slug ?? null),
    },
  };
}
