import { redirect } from "@remix-run/node";
import { listingHref } from "~/components/initiatives/filter-urls";
import { pageCount, pageHref } from "./pagination";

/**
 * One clean address per result: unknown values, empty fields and a mistyped page number are dropped
 * with a redirect rather than shown as an error (an old shared link still lands somewhere).
 */
export function ensureCanonicalListing(url: URL, pathname: string, params: Record<string, string | null | undefined>): void {
  const canonical = listingHref(pathname, params);
  if (url.searchParams.toString() !== new URL(canonical, url).searchParams.toString()) throw redirect(canonical);
}

/** The last page of a list of `total` items; a page past it redirects to the last one. */
export function lastPageOrRedirect(url: URL, page: number, total: number, pageSize: number): number {
  const lastPage = pageCount(total, pageSize);
  if (page > lastPage) throw redirect(pageHref(url, lastPage));
  return lastPage;
}
