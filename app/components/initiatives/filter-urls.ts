/**
 * Addresses of a filtered listing. Empty parameters are left out, so every state of the form has one
 * short, shareable address; changing a filter always goes back to the first page.
 */
export function listingHref(pathname: string, params: Record<string, string | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value) search.set(name, value);
  }
  const query = search.toString();
  return `${pathname}${query ? `?${query}` : ""}`;
}

/** The given URL without the named parameters, without empty ones, and without the page number. */
export function hrefWithout(url: URL, names: string[], pageParam = "side"): string {
  const params: Record<string, string> = {};
  for (const [name, value] of url.searchParams) {
    if (names.includes(name) || name === pageParam || !value.trim()) continue;
    params[name] = value;
  }
  return listingHref(url.pathname, params);
}
