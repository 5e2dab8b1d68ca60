/** Reads the 1-based page number from `?side=`; anything that is not a positive integer is null. */
export function parsePage(url: URL, param = "side"): number | null {
  const raw = url.searchParams.get(param);
  if (raw === null) return 1;
  if (!/^[1-9]\d{0,5}$/.test(raw)) return null;
  return Number(raw);
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** The URL of another page of the same listing, keeping every other query parameter. */
export function pageHref(url: URL, page: number, param = "side"): string {
  const params = new URLSearchParams(url.search);
  if (page <= 1) params.delete(param);
  else params.set(param, String(page));
  const query = params.toString();
  return `${url.pathname}${query ? `?${query}` : ""}`;
}

/** Which page numbers to link: the first, the last, and two around the current one; null is a gap. */
export function pageWindow(current: number, last: number): (number | null)[] {
  const pages = new Set([1, last, current - 2, current - 1, current, current + 1, current + 2]);
  const sorted = [...pages].filter((p) => p >= 1 && p <= last).sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const p of sorted) {
    const prev = out[out.length - 1];
    if (typeof prev === "number" && p - prev > 1) out.push(null);
    out.push(p);
  }
  return out;
}
