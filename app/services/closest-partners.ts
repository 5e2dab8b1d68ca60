/**
 * Nationally one organisation can share tiltak with hundreds of others. The network table names the
 * few it shares most with and counts the rest: a cell of five lines can be read at a glance, and the
 * organisation's profile, which the table links to, lists every tiltak. Five also keeps the national
 * page small enough to render within its latency budget (docs/performance.md).
 */
export const MAX_PARTNERS_LISTED = 5;

export type SharedPartner = { name: string; shared: number };

/** One collator for every comparison: `localeCompare` with a locale builds one per call. */
const norwegianOrder = new Intl.Collator("nb-NO");

/** The partners an organisation shares most tiltak with (ties by name, Norwegian order), and how many more there are. */
export function closestPartners(partners: readonly SharedPartner[], limit = MAX_PARTNERS_LISTED) {
  const sorted = [...partners].sort((a, b) => b.shared - a.shared || norwegianOrder.compare(a.name, b.name));
  return { partners: sorted.slice(0, limit), otherPartners: Math.max(0, sorted.length - limit) };
}
