/**
 * The access matrix for the årsmelding and the final report (issue 21): the pages, their narrative
 * forms and the Word documents, asked by each kind of person. Anonymous people are sent to log in,
 * partners get 403, the coordinator of another programme (Levekårsløftet) 403 on Groruddalssatsingen's
 * reports; the coordinator and the administrator are let in. POST bodies are invalid (an unknown
 * section), so an allowed request answers 400 and changes nothing.
 */
import { matrixTests, type Actor, type Endpoint, type Outcome } from "./access-matrix";
import { e2eDb } from "./db";
import { expect, test } from "./fixtures";

const staff: Record<Actor, Outcome> = {
  anonymous: "login",
  partnerA: "forbidden",
  partnerB: "forbidden",
  otherCoordinator: "allow",
  coordinator: "allow",
  admin: "allow",
};
const groruddalen: Record<Actor, Outcome> = { ...staff, otherCoordinator: "forbidden" };
const G = "satsing=groruddalssatsingen";
const invalid = { section: "ukjent", body: "Tekst" };

const ENDPOINTS: Endpoint[] = [
  { method: "GET", path: () => "/koordinator/arsrapport", expect: staff },
  { method: "GET", path: () => `/koordinator/arsrapport?${G}&ar=2025`, expect: groruddalen },
  { method: "POST", path: () => `/koordinator/arsrapport?${G}&ar=2025`, form: invalid, expect: groruddalen },
  { method: "GET", path: () => "/koordinator/arsrapport.docx", expect: staff },
  { method: "GET", path: () => `/koordinator/arsrapport.docx?${G}&ar=2025`, expect: groruddalen },
  { method: "GET", path: () => "/koordinator/sluttrapport", expect: staff },
  { method: "GET", path: () => `/koordinator/sluttrapport?${G}`, expect: groruddalen },
  { method: "POST", path: () => `/koordinator/sluttrapport?${G}`, form: invalid, expect: groruddalen },
  { method: "GET", path: () => `/koordinator/sluttrapport.docx?${G}`, expect: groruddalen },
];

/** Rows a wrongly allowed request would change. */
function snapshot() {
  const db = e2eDb();
  try {
    return db.prepare("SELECT programme_id, kind, year, section, body FROM report_narratives ORDER BY 1, 2, 3, 4").all();
  } finally {
    db.close();
  }
}

const actors = matrixTests(ENDPOINTS, snapshot);

test("unknown programmes answer 404 and years out of range 400, never 500; the documents are private", async () => {
  const coordinator = actors.context("coordinator");
  for (const path of ["/koordinator/arsrapport?satsing=finnes-ikke", "/koordinator/arsrapport.docx?satsing=finnes-ikke", "/koordinator/sluttrapport?satsing=finnes-ikke", "/koordinator/sluttrapport.docx?satsing=finnes-ikke"]) {
    expect((await coordinator.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
  }
  for (const year of ["1999", "2101", "abc", "2025.5", "-1"]) {
    for (const path of [`/koordinator/arsrapport?${G}&ar=${year}`, `/koordinator/arsrapport.docx?${G}&ar=${year}`]) {
      expect((await coordinator.get(path, { maxRedirects: 0 })).status(), path).toBe(400);
    }
  }
  const docx = await coordinator.get(`/koordinator/arsrapport.docx?${G}&ar=2025`);
  expect(docx.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  expect(docx.headers()["content-disposition"]).toBe('attachment; filename="arsmelding-groruddalssatsingen-2025.docx"');
  expect(docx.headers()["cache-control"]).toContain("no-store");
  // Levekårsløftet has no end year: no final report to download yet.
  expect((await actors.context("otherCoordinator").get("/koordinator/sluttrapport.docx?satsing=levekarsloftet", { maxRedirects: 0 })).status()).toBe(404);
});
