import { and, count, desc, eq, type SQL } from "drizzle-orm";
import { areas, initiatives, organisations, updates } from "../../db/schema";
import { UPDATE_FILTER_PARAMS } from "~/components/initiatives/params";
import { inAreaSubtree } from "~/models/area.server";
import { publicInitiative, publicUpdate } from "~/models/visibility.server";
import { getDb } from "~/utils/db.server";
import { memoisePerDataVersion } from "~/utils/derived-cache.server";

export const UPDATES_PAGE_SIZE = 20;
/** Feed readers only need the latest; older entries stay on the pages. */
export const FEED_ENTRY_LIMIT = 50;

export { UPDATE_FILTER_PARAMS };

export type UpdateFilterInput = { initiative: string | null; area: string | null };

export function parseUpdateFilters(url: URL): UpdateFilterInput {
  const get = (name: string) => {
    const v = url.searchParams.get(name)?.trim();
    return v ? v.slice(0, 200) : null;
  };
  return { initiative: get(UPDATE_FILTER_PARAMS.initiative), area: get(UPDATE_FILTER_PARAMS.area) };
}

export type ResolvedUpdateFilters = {
  initiative: { id: number; slug: string; title: string } | null;
  area: { id: number; slug: string; name: string } | null;
  /** Given values that name no public tiltak or no area. */
  unknown: ("initiative" | "area")[];
};

/** Looks the filter slugs up: a tiltak only when it is public, an area by its slug. At most two queries. */
export function resolveUpdateFilters(input: UpdateFilterInput): ResolvedUpdateFilters {
  const db = getDb();
  const unknown: ResolvedUpdateFilters["unknown"] = [];
  const initiative = input.initiative
    ? (db
        .select({ id: initiatives.id, slug: initiatives.slug, title: initiatives.title })
        .from(initiatives)
        .where(and(eq(initiatives.slug, input.initiative), publicInitiative()))
        .get() ?? null)
    : null;
  if (input.initiative && !initiative) unknown.push("initiative");
  const area = input.area
    ? (db.select({ id: areas.id, slug: areas.slug, name: areas.name }).from(areas).where(eq(areas.slug, input.area)).get() ??
      null)
    : null;
  if (input.area && !area) unknown.push("area");
  return { initiative, area, unknown };
}

export type PublicUpdateItem = {
  id: number;
  title: string;
  body: string;
  eventDate: string | null;
  /** Milliseconds since the epoch. */
  createdAt: number;
  updatedAt: number | null;
  organisation: { slug: string; name: string };
  initiative: { slug: string; title: string };
};

function publicUpdateWhere(filters: ResolvedUpdateFilters): SQL | undefined {
  const conditions: (SQL | undefined)[] = [publicUpdate()];
  if (filters.initiative) conditions.push(eq(updates.initiativeId, filters.initiative.id));
  if (filters.area) conditions.push(inAreaSubtree(initiatives.areaId, filters.area.id));
  return and(...conditions);
}

function selectPublicUpdates(filters: ResolvedUpdateFilters, limit: number, offset: number): PublicUpdateItem[] {
  return getDb()
    .select({
      id: updates.id,
      title: updates.title,
      body: updates.body,
      eventDate: updates.eventDate,
      createdAt: updates.createdAt,
      updatedAt: updates.updatedAt,
      organisationSlug: organisations.slug,
      organisationName: organisations.name,
      initiativeSlug: initiatives.slug,
      initiativeTitle: initiatives.title,
    })
    .from(updates)
    .innerJoin(organisations, eq(organisations.id, updates.organisationId))
    .innerJoin(initiatives, eq(initiatives.id, updates.initiativeId))
    .where(publicUpdateWhere(filters))
    .orderBy(desc(updates.createdAt), desc(updates.id))
    .limit(limit)
    .offset(offset)
    .all()
    .map((r) => ({
      id: r.id,
      title: r.title,
      body: r.body,
      eventDate: r.eventDate,
      createdAt: r.createdAt.getTime(),
      updatedAt: r.updatedAt ? r.updatedAt.getTime() : null,
      organisation: { slug: r.organisationSlug, name: r.organisationName },
      initiative: { slug: r.initiativeSlug, title: r.initiativeTitle },
    }));
}

/**
 * One page of public updates (public, not hidden, by an approved organisation, on a public tiltak),
 * newest first. Two queries: the total and the page.
 */
export function listPublicUpdates(
  filters: ResolvedUpdateFilters,
  page: number,
  pageSize = UPDATES_PAGE_SIZE,
): { total: number; items: PublicUpdateItem[] } {
  // Counting every public update in the country costs a walk through all of them; the total only
  // changes with a commit, so it is counted once per data version and filter.
  const total = memoisePerDataVersion(
    `public-updates-total:${filters.initiative?.id ?? ""}:${filters.area?.id ?? ""}`,
    () =>
      getDb()
        .select({ n: count() })
        .from(updates)
        .innerJoin(organisations, eq(organisations.id, updates.organisationId))
        .innerJoin(initiatives, eq(initiatives.id, updates.initiativeId))
        .where(publicUpdateWhere(filters))
        .get()?.n ?? 0,
  );
  return { total, items: selectPublicUpdates(filters, pageSize, (page - 1) * pageSize) };
}

/** The latest public updates for a feed, newest first. One query. */
export function listFeedUpdates(filters: ResolvedUpdateFilters, limit = FEED_ENTRY_LIMIT): PublicUpdateItem[] {
  return selectPublicUpdates(filters, limit, 0);
}
