/**
 * Hostile input against the report forms (issue 21: a section's narrative in the årsmelding and the
 * final report), signed in as Groruddalssatsingen's coordinator: huge and strange text, unknown
 * sections, years out of range and outside the programme's period, unknown and other programmes; and
 * the same forms sent by a partner and by the coordinator of another programme, who must be refused.
 * See app/testing/hostile-actions.server.ts for what every answer must satisfy. Also the Word document
 * through the built app: its headers, and that it opens and holds the sections.
 */
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, seedDemoData } from "../../db/seed";
import { getDb } from "../utils/db.server";
import { getRequest, loadBuiltApp, sessionCookieFor } from "./built-app.server";
import { checkActionAgainstHostileInput, postAndCheck, type HostileTarget } from "./hostile-actions.server";

beforeAll(async () => {
  await seedDemoData(getDb());
});

const coordinator = () => sessionCookieFor(DEMO_ACCOUNTS.coordinator);
const otherCoordinator = () => sessionCookieFor("stavanger-koordinator@laget.test");
const partner = () => sessionCookieFor(DEMO_ACCOUNTS.partner);
const FIELDS = ["section", "body"];
const ANNUAL = "/koordinator/arsrapport?satsing=groruddalssatsingen&ar=2025";
const FINAL = "/koordinator/sluttrapport?satsing=groruddalssatsingen";

const targets = (): HostileTarget[] => [
  { path: ANNUAL, cookie: coordinator, extraFields: FIELDS },
  { path: FINAL, cookie: coordinator, extraFields: FIELDS },
  // Outside the programme's period (2017–2026), and years no report has.
  { path: "/koordinator/arsrapport?satsing=groruddalssatsingen&ar=2030", page: null, cookie: coordinator, extraFields: FIELDS },
  { path: "/koordinator/arsrapport?satsing=groruddalssatsingen&ar=1999", page: null, cookie: coordinator, extraFields: FIELDS },
  { path: "/koordinator/arsrapport?satsing=groruddalssatsingen&ar=abc", page: null, cookie: coordinator, extraFields: FIELDS },
  { path: "/koordinator/arsrapport?satsing=finnes-ikke&ar=2025", page: null, cookie: coordinator, extraFields: FIELDS },
  // Levekårsløftet has no end year: its final report cannot be written yet.
  { path: "/koordinator/sluttrapport?satsing=levekarsloftet", page: null, cookie: otherCoordinator, extraFields: FIELDS },
  // Another programme's coordinator and a partner: refused whatever the form says.
  { path: ANNUAL, page: null, cookie: otherCoordinator, extraFields: FIELDS },
  { path: FINAL, page: null, cookie: partner, extraFields: FIELDS },
];

describe("report forms under hostile input", () => {
  for (let i = 0; i < 9; i++) {
    it(`report action #${i + 1}`, async () => {
      const target = targets()[i]!;
      const { fields } = await checkActionAgainstHostileInput(target);
      expect(fields).toEqual(expect.arrayContaining(FIELDS));
    }, 120_000);
  }

  it("refuses specific bad forms with a 400 and changes nothing; saves a good one", async () => {
    const cookie = await coordinator();
    const narratives = () => getDb().$client.prepare("SELECT count(*) AS n FROM report_narratives").get() as { n: number };
    const before = narratives().n;
    expect(await postAndCheck(ANNUAL, { section: "goals", body: "x".repeat(20_001) }, cookie)).toBe(400);
    expect(await postAndCheck(ANNUAL, { section: "finnes-ikke", body: "Tekst" }, cookie)).toBe(400);
    expect(await postAndCheck(ANNUAL, { section: "goals", body: "Ugyldig tegn \u0007" }, cookie)).toBe(400);
    expect(await postAndCheck("/koordinator/arsrapport?satsing=groruddalssatsingen&ar=2016", { section: "goals", body: "Før perioden" }, cookie)).toBe(400);
    expect(narratives().n).toBe(before);
    expect(await postAndCheck("/koordinator/arsrapport?satsing=groruddalssatsingen&ar=2024", { section: "goals", body: "Et godt år." }, cookie)).toBe(302);
    expect(narratives().n).toBe(before + 1);
  });
});

describe("the Word documents through the built app", () => {
  it("answers a .docx with its type, file name and no-store, holding every section", async () => {
    const app = await loadBuiltApp();
    const response = await app(getRequest("/koordinator/arsrapport.docx?satsing=levekarsloftet&ar=2025", { cookie: await otherCoordinator() }));
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="arsmelding-levekarsloftet-2025.docx"');
    expect(response.headers.get("Cache-Control")).toContain("private");
    expect(response.headers.get("Cache-Control")).toContain("no-store");
    const xml = strFromU8(unzipSync(new Uint8Array(await response.arrayBuffer()))["word/document.xml"]!);
    const headings = [...xml.matchAll(/<w:pStyle w:val="Heading1"\/>[\s\S]*?<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(headings).toEqual([
      "Innledning",
      "Status for tiltakene i 2025",
      "Mål og indikatorer",
      "Deltakelse per delprogram og sektor",
      "Tilskudd",
      "Beboermedvirkning",
      "Handlingsprogram for 2026",
    ]);
    // Levekårsløftet's demo status report (db/seed-reports.ts).
    expect(xml).toContain("Levekårsløftet gikk i 2025 inn i sitt tolvte år på Storhaug");
  });

  it("refuses another programme's document and an unknown year without a 500", async () => {
    const app = await loadBuiltApp();
    const cookie = await otherCoordinator();
    expect((await app(getRequest("/koordinator/arsrapport.docx?satsing=groruddalssatsingen&ar=2025", { cookie }))).status).toBe(403);
    expect((await app(getRequest("/koordinator/sluttrapport.docx?satsing=groruddalssatsingen", { cookie }))).status).toBe(403);
    expect((await app(getRequest("/koordinator/arsrapport.docx?satsing=levekarsloftet&ar=99999", { cookie }))).status).toBe(400);
  });
});
