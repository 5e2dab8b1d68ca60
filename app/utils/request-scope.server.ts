/**
 * A memo shared by all loaders of one request. Remix hands every loader its own copy of the Request
 * (it strips its internal query parameters), so a memo keyed by the Request object alone misses
 * across the root, layout and page loaders, and the session would be checked once per loader. What
 * the loaders (and the action) of one request do share is the load context: the server's
 * getLoadContext (server/server.ts, and the test harness's) puts a fresh scope there
 * (`createRequestScope`), and the build it serves is wrapped by `scopeLoaders`, which ties each
 * Request copy to that scope before the loader or action runs. So `requestMemo(request, …)` needs
 * only the request, and the scope goes away with its context: no registry, nothing to sweep.
 */
import type { AppLoadContext, ServerBuild } from "@remix-run/node";

export type RequestScope = Map<string, unknown>;

/**
 * A registered symbol rather than a module-level WeakMap: the server and the test harness load
 * their own copy of this module, the loaders run in the build's copy (ADR 012), and Symbol.for
 * gives the same key in both.
 */
const SCOPE = Symbol.for("laget.requestScope");
type ScopedRequest = Request & { [SCOPE]?: RequestScope };

/** The scope of one request, made by getLoadContext. */
export function createRequestScope(): RequestScope {
  return new Map();
}

/** Requests no server tied to a scope (a unit test calling a loader itself): a memo per Request object. */
const unscoped = new WeakMap<Request, RequestScope>();

function scopeOf(request: Request): RequestScope {
  const scope = (request as ScopedRequest)[SCOPE];
  if (scope) return scope;
  let own = unscoped.get(request);
  if (!own) unscoped.set(request, (own = new Map()));
  return own;
}

/**
 * `compute()` once per request and key; later calls in the same request get the same value. Only for
 * reads: an action (POST …) always computes afresh and stores nothing, so the loaders that render after
 * it (Remix gives them a GET copy, with the same context) see what the action changed.
 */
export function requestMemo<T>(request: Request, key: string, compute: () => T): T {
  if (request.method !== "GET" && request.method !== "HEAD") return compute();
  const scope = scopeOf(request);
  if (!scope.has(key)) scope.set(key, compute());
  return scope.get(key) as T;
}

type DataFunction = (args: { request: Request; context: AppLoadContext; params: unknown }) => unknown;

function tiedToScope(run: DataFunction): DataFunction {
  return (args) => {
    const scope = args.context?.requestScope;
    if (scope) (args.request as ScopedRequest)[SCOPE] = scope;
    return run(args);
  };
}

/**
 * The build with every route's loader and action tying its Request copy to the load context's
 * scope first. Made once when the server loads the build, so the route modules stay the same
 * objects from one request to the next (the patched RemixServer keeps its routes per module set, ADR 007).
 */
export function scopeLoaders(build: ServerBuild): ServerBuild {
  const routes: ServerBuild["routes"] = {};
  for (const [id, route] of Object.entries(build.routes)) {
    const { loader, action } = route.module;
    routes[id] =
      loader || action
        ? {
            ...route,
            module: {
              ...route.module,
              ...(loader && { loader: tiedToScope(loader as DataFunction) as typeof loader }),
              ...(action && { action: tiedToScope(action as DataFunction) as typeof action }),
            },
          }
        : route;
  }
  return { ...build, routes };
}
