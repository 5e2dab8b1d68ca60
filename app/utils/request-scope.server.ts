/**
 * A memo shared by all loaders of one request. Remix hands every loader its own copy of the Request
 * (it strips its internal query parameters), so a WeakMap keyed by the Request object misses across
 * the root, layout and page loaders, and the session was checked once per loader. The server
 * (scripts/server.ts) and the test harness therefore stamp each incoming request with a fresh id in
 * REQUEST_SCOPE_HEADER — overwriting whatever a client sent — and the copies keep the header. A request
 * without the stamp falls back to a memo per Request object.
 */
export const REQUEST_SCOPE_HEADER = "x-laget-request-scope";

/** Long enough for every loader of a request to start; after that the scope is forgotten. */
const SCOPE_LIFETIME_MS = 10_000;

const scopes = new Map<string, Map<string, unknown>>();
const unstamped = new WeakMap<Request, Map<string, unknown>>();

function scopeOf(request: Request): Map<string, unknown> {
  const id = request.headers.get(REQUEST_SCOPE_HEADER);
  if (!id) {
    let scope = unstamped.get(request);
    if (!scope) unstamped.set(request, (scope = new Map()));
    return scope;
  }
  let scope = scopes.get(id);
  if (!scope) {
    scopes.set(id, (scope = new Map()));
    setTimeout(() => scopes.delete(id), SCOPE_LIFETIME_MS).unref();
  }
  return scope;
}

/**
 * `compute()` once per request and key; later calls in the same request get the same value. Only for
 * reads: an action (POST …) always computes afresh and stores nothing, so the loaders that render after
 * it (Remix gives them a GET copy with the same stamp) see what the action changed.
 */
export function requestMemo<T>(request: Request, key: string, compute: () => T): T {
  if (request.method !== "GET" && request.method !== "HEAD") return compute();
  const scope = scopeOf(request);
  if (!scope.has(key)) scope.set(key, compute());
  return scope.get(key) as T;
}
