import { describe, expect, it } from "vitest";
import { closestPartners, MAX_PARTNERS_LISTED } from "./closest-partners";

describe("closestPartners", () => {
  it("names the five partners with most shared tiltak and counts the rest", () => {
    const partners = ["Øst", "Ås", "Berg", "Dal", "Elv", "Fjell", "Grav", "Haug"].map((name, i) => ({ name, shared: i % 3 }));
    const { partners: listed, otherPartners } = closestPartners(partners);
    expect(MAX_PARTNERS_LISTED).toBe(5);
    // shared 2: Berg, Fjell; shared 1: Ås, Elv, Haug, in Norwegian order (Æ Ø Å last); shared 0: Øst, Dal, Grav.
    expect(listed).toEqual([
      { name: "Berg", shared: 2 },
      { name: "Fjell", shared: 2 },
      { name: "Elv", shared: 1 },
      { name: "Haug", shared: 1 },
      { name: "Ås", shared: 1 },
    ]);
    expect(otherPartners).toBe(3);
  });

  it("lists everyone when there are five or fewer, and leaves its input alone", () => {
    const partners = [
      { name: "B", shared: 1 },
      { name: "A", shared: 3 },
    ];
    expect(closestPartners(partners)).toEqual({ partners: [partners[1], partners[0]], otherPartners: 0 });
    expect(partners[0]!.name).toBe("B");
    expect(closestPartners([])).toEqual({ partners: [], otherPartners: 0 });
  });
});
