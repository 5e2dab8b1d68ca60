import { describe, expect, it } from "vitest";
import { safeRedirect } from "./safe-redirect";

/** Known open-redirect bypasses (dot segments, encodings, backslashes, whitespace, schemes, userinfo). */
const BYPASSES = [
  "https://evil.example",
  "http:evil.example",
  "https:/evil.example",
  "//evil.example",
  "///evil.example",
  "////evil.example",
  "/\\evil.example",
  "\\\\evil",
  "\\/evil.example",
  "/\\/evil.example",
  "/.//evil.example",
  "/./\\evil.example",
  "/..//evil.example",
  "/../..//evil.example",
  "/a/../..//evil.example",
  "/%2e%2e//evil.example",
  "/%2E%2E//evil.example",
  "/%2e//evil.example",
  "/.%2e//evil.example",
  "/%2f/evil.example",
  "/%2F%2Fevil.example",
  "/%5c/evil.example",
  "/%5Cevil.example",
  "/%5c%5cevil.example",
  "/\t/evil.example",
  "/\n/evil.example",
  "/\r\n/evil.example",
  "/ /evil.example",
  "\t//evil.example",
  " //evil.example",
  "/\u0000/evil.example",
  "/\u007f/evil.example",
  "javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "//user@evil.example",
  "/@evil.example/..//evil.example",
  "//laget.invalid@evil.example",
  "https://laget.invalid@evil.example",
  "",
  null,
  undefined,
];

describe("safe redirects after login", () => {
  it("keeps paths on this site", () => {
    expect(safeRedirect("/partnere?side=2")).toBe("/partnere?side=2");
    expect(safeRedirect("/min-side#x")).toBe("/min-side#x");
    expect(safeRedirect("/omrader/r%C3%B8a")).toBe("/omrader/r%C3%B8a");
    // A dot segment that stays on the site is resolved, not refused.
    expect(safeRedirect("/tiltak/../partnere")).toBe("/partnere");
    expect(safeRedirect("/partnere?q=%2F%2Fevil")).toBe("/partnere?q=%2F%2Fevil");
  });

  it("refuses every known bypass, before and after normalisation", () => {
    for (const bad of BYPASSES) {
      expect(safeRedirect(bad as string), JSON.stringify(bad)).toBe("/min-side");
    }
  });

  it("never returns anything a browser would read as another site", () => {
    for (const bad of BYPASSES) {
      const target = safeRedirect(bad as string, "/");
      expect(target.startsWith("/") && !target.startsWith("//") && !target.includes("\\"), JSON.stringify(bad)).toBe(true);
      expect(new URL(target, "https://laget.no").origin).toBe("https://laget.no");
    }
  });
});
