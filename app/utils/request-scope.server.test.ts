import type { AppLoadContext, ServerBuild } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { createRequestScope, requestMemo, scopeLoaders } from "./request-scope.server";

/** A build of one route whose loader and action memoise `compute` under "x", as getSessionUser does. */
function buildWith(compute: () => number) {
  const data = ({ request }: { request: Request }) => requestMemo(request, "x", compute);
  const build = { routes: { "routes/x": { id: "routes/x", path: "x", module: { loader: data, action: data } } } } as unknown as ServerBuild;
  const { module } = scopeLoaders(build).routes["routes/x"]!;
  return { loader: module.loader as (args: unknown) => number, action: module.action as (args: unknown) => number };
}

/** A copy of the request as Remix hands each loader one: same URL, method and headers, another object. */
const copy = (method = "GET") => new Request("http://laget.test/x", { method });
const context = () => ({ requestScope: createRequestScope() }) as unknown as AppLoadContext;

describe("the per-request memo", () => {
  it("shares a value among the copies of one request, and forgets it when the request ends", () => {
    let computed = 0;
    const { loader } = buildWith(() => ++computed);
    const a = context();
    expect(loader({ request: copy(), context: a, params: {} })).toBe(1);
    expect(loader({ request: copy(), context: a, params: {} })).toBe(1); // another copy, same request
    expect(loader({ request: copy(), context: context(), params: {} })).toBe(2); // another request
    // The scope lives in the request's context: the next request, with its own, computes afresh.
    expect(loader({ request: copy(), context: context(), params: {} })).toBe(3);
  });

  it("never memoises for an action", () => {
    let computed = 0;
    const { action } = buildWith(() => ++computed);
    const c = context();
    action({ request: copy("POST"), context: c, params: {} });
    action({ request: copy("POST"), context: c, params: {} });
    expect(computed).toBe(2);
  });

  it("keeps a memo per Request object when no server tied the request to a scope", () => {
    let computed = 0;
    const request = copy();
    expect(requestMemo(request, "x", () => ++computed)).toBe(1);
    expect(requestMemo(request, "x", () => ++computed)).toBe(1);
    expect(requestMemo(copy(), "x", () => ++computed)).toBe(2);
  });
});
