/**
 * A memo shared by all loaders of one request. Remix hands every loader its own copy of the Request
 * (it strips its internal query parameters), so a WeakMap keyed by the Request object misses across
 * the root, layout and page loaders, and the session was checked once per loader. The server
 * (scripts/server.ts) and the test harness therefore stamp each incoming request with a fresh id in
 * REQUEST_SCOPE_HEADER — overwriting whatever a client sent — and the copies keep the header. A request
 * without the stamp falls back to a memo per Request object.
 */
export const REQUEST_SCOPE_HEADER = "x-laget-request-scope";

/**
 * A scope lives until its response has been sent: the server calls endRequestScope then (through
 * the build's entry module). Scopes it never ends (a test harness's requests) are swept once they
 * are older than this; one sweep timer for all, not one timer per request.
 */
const SCOPE_LIFETIME_MS = 10_000;

type Scope = { createdAt: number; values: Map<string, unknown> };
const scopes = new Map<string, Scope>();
const unstamped = new WeakMap<Request, Map<string, unknown>>();
let sweeper: ReturnType<typeof setInterval> | undefined;

function sweep() {
  const oldest = Date.now() - SCOPE_LIFETIME_MS;
  // A Map iterates in insertion order: the oldest scopes come first.
  for (const [id, scope] of scopes) {
    if (scope.createdAt > oldest) break;
    scopes.delete(id);
  }
  if (scopes.size === 0 && sweeper) {
    clearInterval(sweeper);
    sweeper = undefined;
  }
}

function scopeOf(request: Request): Map<string, unknown> {
  const id = request.headers.get(REQUEST_SCOPE_HEADER);
  if (!id) {
    let scope = unstamped.get(request);
    if (!scope) unstamped.set(request, (scope = new Map()));
    return scope;
  }
  let scope = scopes.get(id);
  if (!scope) {
    scopes.set(id, (scope = { createdAt: Date.now(), values: new Map() }));
    sweeper ??= setInterval(sweep, SCOPE_LIFETIME_MS).unref();
  }
  return scope.values;
}

/**
 * Forgets a request's scope once its response is sent, rather than ten seconds later: at a few
 * hundred requests a second, thousands of sessions, actors and loader memos (and as many timers)
 * would otherwise be kept alive for nothing.
 */
export function endRequestScope(id: string): void {
  scopes.delete(id);
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
