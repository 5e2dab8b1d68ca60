import { describe, expect, it } from "vitest";
import { safeRedirect } from "./safe-redirect";

describe("safe redirects after login", () => {
  it("keeps paths on this site", () => {
    expect(safeRedirect("/partnere?side=2")).toBe("/partnere?side=2");
    expect(safeRedirect("/min-side#x")).toBe("/min-side#x");
  });

  it("refuses other sites and tricks", () => {
    for (const bad of ["https://evil.example", "//evil.example", "/\\evil.example", "\\\\evil", "javascript:alert(1)", "/ok\u0000", "", null, undefined]) {
      expect(safeRedirect(bad as string)).toBe("/min-side");
    }
  });
});
