import { describe, expect, it } from "vitest";
import { hrefWithout, listingHref } from "./filter-urls";

describe("listingHref", () => {
  it("leaves out empty values and encodes the rest", () => {
    expect(listingHref("/tiltak", { q: "", satsing: null, delprogram: "sysselsetting", omrade: undefined })).toBe(
      "/tiltak?delprogram=sysselsetting",
    );
    expect(listingHref("/tiltak", {})).toBe("/tiltak");
    expect(listingHref("/tiltak", { q: "leks & romsås" })).toBe("/tiltak?q=leks+%26+roms%C3%A5s");
  });
});

describe("hrefWithout", () => {
  it("drops the named filters, empty ones and the page number, and keeps the others", () => {
    const url = new URL("http://x/tiltak?q=leks&delprogram=sysselsetting&status=&side=3");
    expect(hrefWithout(url, ["delprogram"])).toBe("/tiltak?q=leks");
    expect(hrefWithout(url, ["q", "delprogram"])).toBe("/tiltak");
  });
});
