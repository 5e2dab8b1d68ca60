import { describe, expect, it } from "vitest";
import { formState, isRefusal } from "./forms";
import { pageMeta } from "./meta";

const refused = { status: "error" as const, error: { title: ["enterTitle"], "areas[0]": ["invalidChoice"], intent: ["invalidChoice"], "": ["formNotProcessed"] } };

describe("isRefusal: when the page's title gets 'Feil:'", () => {
  it("is true for field errors, form errors and a named problem", () => {
    expect(isRefusal({ result: refused })).toBe(true);
    expect(isRefusal({ result: { status: "error", error: { "": ["formNotProcessed"] } } })).toBe(true);
    expect(isRefusal({ result: { status: "error", error: {} }, problem: "invalid" })).toBe(true);
    expect(isRefusal({ result: null, invalid: true })).toBe(true);
    expect(isRefusal({ result: null, logoProblem: "logoTooLarge", problem: null })).toBe(true);
    expect(isRefusal({ result: { status: "error", error: {} }, retryAfterMinutes: 3 })).toBe(true);
  });

  it("is false without action data, and for a result without errors and no problem", () => {
    expect(isRefusal(undefined)).toBe(false);
    expect(isRefusal(null)).toBe(false);
    expect(isRefusal({ result: { status: "error", error: { title: [] } }, problem: null, retryAfterMinutes: 0 })).toBe(false);
    expect(isRefusal({ result: { status: "success" } })).toBe(false);
  });
});

describe("formState's errors for the error summary", () => {
  const form = formState(refused);
  it("keeps the errors of fields the page has no input for apart", () => {
    expect(form.errors("title")).toEqual(["enterTitle"]);
    expect(form.errors("areas")).toEqual(["invalidChoice"]);
    expect(form.otherErrors(["title", "areas"])).toEqual(["invalidChoice"]);
    expect(form.otherErrors(["title", "areas", "intent"])).toEqual([]);
    expect(form.formErrors).toEqual(["formNotProcessed"]);
  });
});

describe("pageMeta", () => {
  const matches = (refused?: boolean) => [{ id: "root", data: { lang: "nb", ...(refused ? { refused } : {}) } }];
  it("puts 'Feil: ' in front of the title when the root's data says a form was refused", () => {
    expect(pageMeta(matches(), () => ({ title: "Registrer" }))[0]).toEqual({ title: "Registrer – Laget" });
    expect(pageMeta(matches(true), () => ({ title: "Registrer" }))[0]).toEqual({ title: "Feil: Registrer – Laget" });
    expect(pageMeta([{ id: "root", data: { lang: "en", refused: true } }], () => ({ title: "Register" }))[0]).toEqual({ title: "Error: Register – Laget" });
    // A GET form refused by its loader says so itself.
    expect(pageMeta(matches(), () => ({ title: "Logg", refused: true }))[0]).toEqual({ title: "Feil: Logg – Laget" });
  });
});
