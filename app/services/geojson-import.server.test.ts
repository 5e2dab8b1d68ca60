/** The boundary file's checks (issue 25): each refusal for what it is, and a good file's shapes simplified in WGS84. */
import { describe, expect, it } from "vitest";
import { readBoundaryFile, projectionOfCrs } from "./geojson-import.server";

const enc = (v: unknown) => new TextEncoder().encode(typeof v === "string" ? v : JSON.stringify(v));
const square = (x: number, y: number, d: number) => [[[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]]];
const fc = (...features: { name: string; coordinates: unknown; type?: string }[]) => ({
  type: "FeatureCollection",
  features: features.map((f) => ({ type: "Feature", properties: { navn: f.name }, geometry: { type: f.type ?? "Polygon", coordinates: f.coordinates } })),
});
const wgs = { projection: "EPSG:4326" as const, nameProperty: "navn" };

describe("readBoundaryFile", () => {
  it("accepts a FeatureCollection in WGS84 and returns its shapes by name", () => {
    const result = readBoundaryFile(enc(fc({ name: "Lervig", coordinates: square(5.74, 58.96, 0.01) }, { name: "Emmaus", coordinates: square(5.75, 58.96, 0.01) })), wgs);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.shapes.map((s) => s.label)).toEqual(["Lervig", "Emmaus"]);
    expect(result.shapes[0]!.geometry.type).toBe("Polygon");
  });

  it("refuses malformed JSON", () => {
    expect(readBoundaryFile(enc('{"type": "FeatureCollection", "features": ['), wgs)).toEqual({ ok: false, error: { key: "notJson" } });
  });

  it("refuses JSON that is not GeoJSON with polygons", () => {
    expect(readBoundaryFile(enc({ hello: "world" }), wgs)).toEqual({ ok: false, error: { key: "notGeoJson" } });
    expect(readBoundaryFile(enc(fc({ name: "A", type: "Point", coordinates: [5, 59] })), wgs)).toEqual({ ok: false, error: { key: "noPolygons" } });
  });

  it("refuses a self-intersecting polygon (a bow tie)", () => {
    const bowtie = [[[5.74, 58.96], [5.75, 58.97], [5.75, 58.96], [5.74, 58.97], [5.74, 58.96]]];
    expect(readBoundaryFile(enc(fc({ name: "Sløyfe", coordinates: bowtie })), wgs)).toEqual({ ok: false, error: { key: "selfIntersecting", feature: "Sløyfe" } });
  });

  it("refuses rings that are not closed, too short, or hold what is not a finite number", () => {
    expect(readBoundaryFile(enc(fc({ name: "Åpen", coordinates: [[[5.74, 58.96], [5.75, 58.96], [5.75, 58.97], [5.74, 58.97]]] })), wgs)).toMatchObject({ error: { key: "ringNotClosed" } });
    expect(readBoundaryFile(enc(fc({ name: "Kort", coordinates: [[[5.74, 58.96], [5.75, 58.96], [5.74, 58.96]]] })), wgs)).toMatchObject({ error: { key: "ringTooShort" } });
    expect(readBoundaryFile(enc(fc({ name: "Tekst", coordinates: [[["5.74", 58.96], [5.75, 58.96], [5.75, 58.97], ["5.74", 58.96]]] })), wgs)).toMatchObject({ error: { key: "notFinite" } });
    // JSON has no NaN or Infinity, but 1e999 parses as Infinity.
    expect(readBoundaryFile(enc('{"type":"Polygon","coordinates":[[[1e999,58],[5.75,58],[5.75,59],[1e999,58]]]}'), { ...wgs, nameProperty: "x" })).toMatchObject({ ok: false });
  });

  it("refuses huge coordinates as impossible, and UTM metres declared as WGS84 as the wrong projection", () => {
    expect(readBoundaryFile(enc(fc({ name: "Stor", coordinates: square(1e12, 1e12, 1e6) })), wgs)).toEqual({ ok: false, error: { key: "outOfRange", feature: "Stor" } });
    expect(readBoundaryFile(enc(fc({ name: "Utm", coordinates: square(311_000, 6_540_000, 500) })), wgs)).toEqual({ ok: false, error: { key: "wrongProjection", projection: "EPSG:4326" } });
  });

  it("converts EUREF89 UTM 32 to WGS84, and refuses degrees declared as UTM", () => {
    // Stavanger's centre is about 311 000 E, 6 540 000 N in zone 32.
    const utm = readBoundaryFile(enc(fc({ name: "Sentrum", coordinates: square(311_000, 6_540_000, 500) })), { projection: "EPSG:25832", nameProperty: "navn" });
    expect(utm.ok).toBe(true);
    if (utm.ok) {
      const [lon, lat] = (utm.shapes[0]!.geometry.coordinates as number[][][])[0]![0]!;
      expect(lon).toBeCloseTo(5.73, 1);
      expect(lat).toBeCloseTo(58.97, 1);
    }
    expect(readBoundaryFile(enc(fc({ name: "Grader", coordinates: square(5.74, 58.96, 0.01) })), { projection: "EPSG:25832", nameProperty: "navn" })).toEqual({
      ok: false,
      error: { key: "wrongProjection", projection: "EPSG:25832" },
    });
  });

  it("honours a crs member: it must agree with the chosen projection, and an unknown one is named", () => {
    const inUtm = { ...fc({ name: "Sentrum", coordinates: square(311_000, 6_540_000, 500) }), crs: { type: "name", properties: { name: "urn:ogc:def:crs:EPSG::25832" } } };
    expect(readBoundaryFile(enc(inUtm), wgs)).toEqual({ ok: false, error: { key: "crsConflict", inFile: "EPSG:25832", chosen: "EPSG:4326" } });
    expect(readBoundaryFile(enc(inUtm), { projection: "EPSG:25832", nameProperty: "navn" }).ok).toBe(true);
    expect(projectionOfCrs({ type: "name", properties: { name: "EPSG:3857" } })).toEqual({ unknown: "EPSG:3857" });
    expect(projectionOfCrs({ type: "name", properties: { name: "urn:ogc:def:crs:OGC:1.3:CRS84" } })).toBe("EPSG:4326");
  });

  it("refuses a missing name property, naming the properties the file has", () => {
    expect(readBoundaryFile(enc(fc({ name: "Lervig", coordinates: square(5.74, 58.96, 0.01) })), { ...wgs, nameProperty: "kode" })).toEqual({
      ok: false,
      error: { key: "nameMissing", property: "kode", available: ["navn"] },
    });
  });

  it("refuses a 50 MB file before decoding a byte of it", () => {
    const huge = new Uint8Array(50 * 1024 * 1024).fill(0x7b); // "{{{{…": never valid JSON, never parsed
    const started = performance.now();
    expect(readBoundaryFile(huge, wgs)).toEqual({ ok: false, error: { key: "fileTooLarge" } });
    expect(performance.now() - started).toBeLessThan(50);
    expect(readBoundaryFile(null, wgs)).toEqual({ ok: false, error: { key: "fileMissing" } });
  });
});
