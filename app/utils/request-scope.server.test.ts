import { describe, expect, it } from "vitest";
import { endRequestScope, REQUEST_SCOPE_HEADER, requestMemo } from "./request-scope.server";

const stamped = (id: string, method = "GET") => new Request("http://laget.test/", { method, headers: { [REQUEST_SCOPE_HEADER]: id } });

describe("the per-request memo", () => {
  it("shares a value among the copies of one request, and forgets it when the request ends", () => {
    let computed = 0;
    const compute = () => ++computed;
    expect(requestMemo(stamped("a"), "x", compute)).toBe(1);
    expect(requestMemo(stamped("a"), "x", compute)).toBe(1); // another copy, same stamp
    expect(requestMemo(stamped("b"), "x", compute)).toBe(2); // another request
    endRequestScope("a");
    expect(requestMemo(stamped("a"), "x", compute)).toBe(3);
  });

  it("never memoises for an action", () => {
    let computed = 0;
    requestMemo(stamped("c", "POST"), "x", () => ++computed);
    requestMemo(stamped("c", "POST"), "x", () => ++computed);
    expect(computed).toBe(2);
  });
});
