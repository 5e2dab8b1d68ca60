/** The page's address with the organisation kept (`?org=slug` when the person has several), for form actions and redirects. */
export function withOrg(path: string, slug: string, organisations: readonly { slug: string }[], extra?: string): string {
  const params = new URLSearchParams();
  if (organisations.length > 1) params.set("org", slug);
  if (extra) for (const [k, v] of new URLSearchParams(extra)) params.set(k, v);
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}
