import type { LoaderFunctionArgs } from "@remix-run/node";
import { listingHref } from "~/components/initiatives/filter-urls";
import { getMessages } from "~/i18n";
import { UPDATE_FILTER_PARAMS as P } from "~/components/initiatives/params";
import { listFeedUpdates, parseUpdateFilters, resolveUpdateFilters } from "~/models/update.server";
import { ATOM_CONTENT_TYPE, renderAtomFeed, tagUri } from "~/services/atom.server";
import { getEnv } from "~/utils/env.server";

// The same for every anonymous reader: answered from the response cache (ADR 012).
export const handle = { responseCache: "public" } as const;

/** The year the tag: URIs are minted under (RFC 4151); fixed, so entry ids never change. */
const TAG_DATE = "2026";

/**
 * /oppdateringer.atom — the public updates as an Atom 1.0 feed, with the same filters as the page:
 * ?tiltak=<slug> and ?omrade=<slug> (the area and every area below it). Every URL in it is absolute,
 * built from PUBLIC_URL, never from the request's Host header.
 */
export function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const filters = resolveUpdateFilters(parseUpdateFilters(url));
  if (filters.unknown.length > 0) {
    return new Response("Fant ikke tiltaket eller området.\n", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }

  const t = getMessages();
  const { publicUrl } = getEnv();
  const authority = new URL(publicUrl).hostname;
  const values = { [P.initiative]: filters.initiative?.slug ?? null, [P.area]: filters.area?.slug ?? null };
  const selfUrl = `${publicUrl}${listingHref("/oppdateringer.atom", values)}`;
  const title =
    filters.initiative && filters.area
      ? t.initiatives.feed.titleBoth(filters.initiative.title, filters.area.name)
      : filters.initiative
        ? t.initiatives.feed.titleInitiative(filters.initiative.title)
        : filters.area
          ? t.initiatives.feed.titleArea(filters.area.name)
          : t.initiatives.feed.title;

  const entries = listFeedUpdates(filters).map((u) => ({
    id: tagUri(authority, TAG_DATE, `oppdatering-${u.id}`),
    title: u.title,
    published: u.createdAt,
    updated: u.updatedAt ?? u.createdAt,
    authorName: u.organisation.name,
    content: u.body,
    link: `${publicUrl}/tiltak/${encodeURIComponent(u.initiative.slug)}#oppdatering-${u.id}`,
  }));

  const xml = renderAtomFeed({
    id: selfUrl,
    title,
    subtitle: t.initiatives.feed.subtitle,
    selfUrl,
    alternateUrl: `${publicUrl}${listingHref("/oppdateringer", values)}`,
    // An empty feed still needs a date; the start of the tag year is stable and honest enough.
    updated: new Date(`${TAG_DATE}-01-01T00:00:00Z`),
    lang: t.meta.lang,
    entries,
  });
  return new Response(xml, {
    status: 200,
    headers: {
      "Content-Type": ATOM_CONTENT_TYPE,
      "Cache-Control": "public, max-age=300",
    },
  });
}
