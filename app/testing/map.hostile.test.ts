/**
 * Hostile input against the boundary import (issue 25) on /admin/omrader/:slug, through the real
 * production build: malformed JSON, a self-intersecting polygon, huge coordinates, UTM metres
 * declared as WGS84, a 50 MB file, a forged or another person's draft, another area's draft, fields
 * far too long; and the same forms from a partner and a coordinator. Every answer is a page (never
 * a 500), a refusal says why in Norwegian, and no outline is saved.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, seedDemoData } from "../../db/seed";
import { getDb } from "../utils/db.server";
import { formRequest, loadBuiltApp, sessionCookieFor, type BuiltApp } from "./built-app.server";

// The previews' drafts go to a directory of this test's own, not the checkout's uploads/.
process.env.UPLOAD_DIR = mkdtempSync(path.join(tmpdir(), "laget-map-hostile-"));

let app: BuiltApp;
let admin: string;

beforeAll(async () => {
  await seedDemoData(getDb());
  app = await loadBuiltApp();
  admin = await sessionCookieFor(DEMO_ACCOUNTS.admin);
}, 120_000);

const outlines = () => getDb().$client.prepare("SELECT area_id, geometry, source FROM area_boundaries ORDER BY area_id").all();
const square = (x: number, y: number, d: number) => [[[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]]];
const file = (content: string | Uint8Array, name = "grenser.geojson") => new File([content as BlobPart], name, { type: "application/geo+json" });
const collection = (coordinates: unknown, name = "Lervig") =>
  JSON.stringify({ type: "FeatureCollection", features: [{ type: "Feature", properties: { navn: name }, geometry: { type: "Polygon", coordinates } }] });
const fields = (f: File, extra: Record<string, string> = {}) => ({ file: f, projection: "EPSG:4326", nameProperty: "navn", source: "Test", licence: "CC BY 4.0", ...extra });

async function post(path: string, body: Record<string, string | File>, cookie: string) {
  const response = await app(formRequest(path, body, { cookie }));
  return { status: response.status, text: await response.text(), location: response.headers.get("Location") };
}

const BAD_FILES: [string, File, RegExp][] = [
  ["malformed JSON", file('{"type":"FeatureCollection","features":[{'), /ikke gyldig JSON/],
  ["not GeoJSON", file(JSON.stringify({ navn: "Lervig" })), /ikke GeoJSON med flater/],
  ["a self-intersecting polygon", file(collection([[[5.74, 58.96], [5.75, 58.97], [5.75, 58.96], [5.74, 58.97], [5.74, 58.96]]])), /krysser seg selv/],
  ["huge coordinates", file(collection(square(1e300, 1e300, 1e299))), /utenfor det mulige/],
  ["UTM metres declared as WGS84", file(collection(square(311_000, 6_540_000, 500))), /passer ikke med projeksjonen/],
  ["an unclosed ring", file(collection([[[5.74, 58.96], [5.75, 58.96], [5.75, 58.97], [5.74, 58.97]]])), /ikke lukket/],
  ["an empty file", file(""), /Velg en GeoJSON-fil/],
  ["a name that matches no area", file(collection(square(5.74, 58.96, 0.01), "Atlantis")), /passer med navnet eller koden/],
  ["a 50 MB file", file(new Uint8Array(50 * 1024 * 1024).fill(0x20)), /for stor/],
];

describe("the boundary import under hostile input", () => {
  for (const [label, bad, message] of BAD_FILES) {
    it(`refuses ${label} with a Norwegian reason and saves nothing`, async () => {
      const before = outlines();
      const answer = await post("/admin/omrader/storhaug", fields(bad), admin);
      expect(answer.status).toBe(400);
      expect(answer.text).toMatch(message);
      expect(outlines()).toEqual(before);
    }, 60_000);
  }

  it("refuses fields far too long, an unknown projection and a blank source, keeping what was typed", async () => {
    const before = outlines();
    const good = () => file(collection(square(5.74, 58.96, 0.01)));
    const long = await post("/admin/omrader/storhaug", fields(good(), { source: "x".repeat(100_000) }), admin);
    expect(long.status).toBe(400);
    const projection = await post("/admin/omrader/storhaug", fields(good(), { projection: "EPSG:3857" }), admin);
    expect(projection.status).toBe(400);
    expect(projection.text).toMatch(/Velg en av projeksjonene/);
    const blank = await post("/admin/omrader/storhaug", fields(good(), { source: "   ", nameProperty: "navn-beholdes" }), admin);
    expect(blank.status).toBe(400);
    expect(blank.text).toMatch(/Skriv hvor grensene kommer fra/);
    expect(blank.text).toContain('value="navn-beholdes"');
    expect(outlines()).toEqual(before);
  }, 60_000);

  it("saves only from the admin's own draft, for the area it was made on", async () => {
    const before = outlines();
    for (const draft of ["finnes-ikke", "../../etc/passwd", "a".repeat(43), ""]) {
      const answer = await post("/admin/omrader/storhaug", { intent: "saveBoundaries", draft }, admin);
      expect(answer.status).toBe(400);
      expect(answer.text).toMatch(/Forhåndsvisningen er for gammel/);
    }
    // A real draft made on Storhaug cannot be saved through Hillevåg's page.
    const preview = await post("/admin/omrader/storhaug", fields(file(collection(square(5.74, 58.96, 0.01)))), admin);
    expect(preview.status).toBe(200);
    const draft = /name="draft" value="([^"]+)"/.exec(preview.text)![1]!;
    const elsewhere = await post("/admin/omrader/hillevag", { intent: "saveBoundaries", draft }, admin);
    expect(elsewhere.status).toBe(400);
    expect(outlines()).toEqual(before);
  }, 60_000);

  it("refuses a partner and a coordinator whatever they send", async () => {
    const before = outlines();
    for (const email of [DEMO_ACCOUNTS.partner, DEMO_ACCOUNTS.coordinator]) {
      const cookie = await sessionCookieFor(email);
      const upload = await post("/admin/omrader/storhaug", fields(file(collection(square(5.74, 58.96, 0.01)))), cookie);
      expect(upload.status).toBe(403);
      const save = await post("/admin/omrader/storhaug", { intent: "saveBoundaries", draft: "a".repeat(43) }, cookie);
      expect(save.status).toBe(403);
    }
    expect(outlines()).toEqual(before);
  }, 60_000);
});
