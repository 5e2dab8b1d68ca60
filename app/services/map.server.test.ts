/** The server-drawn map (issue 25): paths inside the viewBox, shared borders drawn on the same line, classes that cover every figure. */
import type { Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { classesFor, classOf, drawMap } from "./map.server";

/** Every "x,y" pair in an SVG path of M/L/Z commands. */
const points = (d: string) => [...d.matchAll(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
const box = (x0: number, y0: number, x1: number, y1: number): Polygon => ({ type: "Polygon", coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]] });

describe("drawMap", () => {
  // Two neighbours in Oslo sharing the border at 10.80° E; the second one's ring wound the other way.
  const west = box(10.7, 59.9, 10.8, 59.95);
  const east: Polygon = { type: "Polygon", coordinates: [box(10.8, 59.9, 10.9, 59.95).coordinates[0]!.slice().reverse()] };
  const drawn = drawMap([
    { slug: "vest", name: "Vest", geometry: west, value: 0, depth: 0 },
    { slug: "ost", name: "Øst", geometry: east, value: 5, depth: 0 },
  ])!;

  it("keeps every point inside the viewBox, whichever way a ring is wound", () => {
    const [x, y, w, h] = drawn.viewBox;
    expect(w).toBeLessThanOrEqual(601);
    expect(h).toBeLessThanOrEqual(601);
    for (const area of drawn.areas) {
      expect(area.d).toMatch(/^M/);
      for (const [px, py] of points(area.d)) {
        expect(px).toBeGreaterThanOrEqual(x - 0.5);
        expect(px).toBeLessThanOrEqual(x + w + 0.5);
        expect(py).toBeGreaterThanOrEqual(y - 0.5);
        expect(py).toBeLessThanOrEqual(y + h + 0.5);
      }
    }
  });

  it("draws a shared border on the same line for both neighbours, north up", () => {
    const westXs = points(drawn.areas[0]!.d).map(([px]) => px);
    const eastXs = points(drawn.areas[1]!.d).map(([px]) => px);
    expect(Math.max(...westXs)).toBe(Math.min(...eastXs));
    // North up: 59.95° N is above (smaller y than) 59.90° N.
    const ys = points(drawn.areas[0]!.d).map(([, py]) => py);
    expect(new Set(ys).size).toBe(2);
  });

  it("puts each figure in a class, 0 on its own", () => {
    expect(drawn.areas.map((a) => a.classIndex)).toEqual([0, classOf(5, drawn.classes)]);
    expect(classesFor([0, 0])).toEqual([{ index: 0, from: 0, to: 0 }]);
    const classes = classesFor([0, 1, 4, 9]);
    expect(classes[0]).toEqual({ index: 0, from: 0, to: 0 });
    for (let v = 0; v <= 9; v++) expect(classes.some((c) => v >= c.from && (c.to === null || v <= c.to))).toBe(true);
    expect(classes.at(-1)!.to).toBe(9);
  });

  it("draws nothing for no areas", () => {
    expect(drawMap([])).toBeNull();
  });
});
