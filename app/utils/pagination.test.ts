import { describe, expect, it } from "vitest";
import { pageCount, pageHref, pageWindow, parsePage } from "./pagination";

describe("pagination helpers", () => {
  it("reads ?side= as a positive page number", () => {
    expect(parsePage(new URL("http://x/partnere"))).toBe(1);
    expect(parsePage(new URL("http://x/partnere?side=3"))).toBe(3);
    for (const bad of ["0", "-1", "abc", "1.5", "01", "9999999", ""]) {
      expect(parsePage(new URL(`http://x/partnere?side=${bad}`))).toBeNull();
    }
  });

  it("keeps the other parameters in page links and drops side=1", () => {
    const url = new URL("http://x/partnere?sektor=business&side=4");
    expect(pageHref(url, 5)).toBe("/partnere?sektor=business&side=5");
    expect(pageHref(url, 1)).toBe("/partnere?sektor=business");
  });

  it("counts at least one page", () => {
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(20, 20)).toBe(1);
    expect(pageCount(21, 20)).toBe(2);
  });

  it("links the first, the last and the neighbours, with gaps between", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(10, 50)).toEqual([1, null, 8, 9, 10, 11, 12, null, 50]);
  });
});
