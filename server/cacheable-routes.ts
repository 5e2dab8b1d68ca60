/**
 * Which paths the response cache may answer, as the routes themselves declare it (ADR 012).
 *
 * A public route module says `export const handle = { responseCache: "public" }` when its answer is
 * the same for every anonymous reader of the same URL and language. The cache decides before Remix
 * runs (a hit never reaches it), so the decision is made from the path alone: at start-up the
 * build's route manifest is turned into a route tree, and a path is cacheable when React Router's own
 * `matchRoutes` (the matching Remix itself does) ends on a route that declares itself so.
 */
import { matchRoutes, type AgnosticRouteObject } from "@remix-run/router";
import type { ServerBuild } from "@remix-run/node";

/** The `handle` a route exports to be answered from the response cache. */
export type ResponseCacheHandle = { responseCache?: "public" };

type ManifestRoute = ServerBuild["routes"][string];

/** How many paths' answers are kept: a cache hit then costs a Map lookup, not a route match. */
const KEPT_ANSWERS = 1_000;

export function declaredCacheable(route: ManifestRoute | undefined): boolean {
  return (route?.module.handle as ResponseCacheHandle | undefined)?.responseCache === "public";
}

/** The route ids the build marks cacheable (for tests and the start-up log). */
export function cacheableRouteIds(routes: ServerBuild["routes"]): string[] {
  return Object.values(routes)
    .filter((route) => declaredCacheable(route))
    .map((route) => route.id)
    .sort();
}

/**
 * A test `(path) => boolean` for the build's routes. Matching is case-sensitive and a path with a
 * trailing slash (other than `/`) or an empty segment is not cacheable: the cache keys by the URL as
 * written, and the list of patterns this replaces accepted only the paths as the site links them.
 */
export function cacheablePathTest(routes: ServerBuild["routes"]): (path: string) => boolean {
  const childrenOf = new Map<string | undefined, ManifestRoute[]>();
  for (const route of Object.values(routes)) {
    const siblings = childrenOf.get(route.parentId) ?? [];
    siblings.push(route);
    childrenOf.set(route.parentId, siblings);
  }
  const tree = (parentId: string | undefined): AgnosticRouteObject[] =>
    (childrenOf.get(parentId) ?? []).map((route) =>
      route.index
        ? { id: route.id, index: true, path: route.path, caseSensitive: true }
        : { id: route.id, path: route.path, caseSensitive: true, children: tree(route.id) },
    );
  const routeTree = tree(undefined);
  const answers = new Map<string, boolean>();

  return (path) => {
    const known = answers.get(path);
    if (known !== undefined) return known;
    let cacheable = false;
    if (path === "/" || (!path.endsWith("/") && !path.includes("//"))) {
      const matches = matchRoutes(routeTree, path);
      cacheable = declaredCacheable(routes[matches?.at(-1)?.route.id ?? ""]);
    }
    if (answers.size >= KEPT_ANSWERS) answers.delete(answers.keys().next().value!);
    answers.set(path, cacheable);
    return cacheable;
  };
}
