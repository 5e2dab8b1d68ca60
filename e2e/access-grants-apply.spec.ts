/**
 * The access matrix of the applicant's pages (/min-side/tilskudd…, issue 20). The application under
 * test is Emmaus Nabolagsforening's submitted one in Storhaug's open round; none of the matrix's
 * people is its applicant. So: anonymous → login; another organisation's owner (partnerA, partnerB)
 * → 404 for the application and its attachment, as if they did not exist; the coordinator of
 * another programme (Groruddalen's) → 404 for the attachment; Storhaug's own coordinator and the
 * admin administer the scheme and may download the attachment of a submitted application, but its
 * page is the applicant's (404). The lists and the form are everyone's who is logged in. A member of
 * Storhaug's bydelsgruppe gets nothing before the round is released to the group. POST bodies are
 * invalid or name nothing, so even an allowed request changes nothing.
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { request as playwrightRequest } from "@playwright/test";
import { everyoneLoggedIn, lookup, matrixTests, type Actor, type Endpoint, type Outcome } from "./access-matrix";
import { e2eDb } from "./db";
import { expect, test, testIp } from "./fixtures";
import { DEMO_PASSWORD } from "./session";

const NEW = "/min-side/tilskudd/ny?ordning=naermiljotilskudd-storhaug";
const notTheApplicant: Record<Actor, Outcome> = { anonymous: "login", partnerA: "notFound", partnerB: "notFound", otherCoordinator: "notFound", coordinator: "notFound", admin: "notFound" };
/** The scheme's administrators (Levekårsløftet's coordinator, the admin) may read a submitted application's files. */
const schemeStaffOnly: Record<Actor, Outcome> = { ...notTheApplicant, otherCoordinator: "allow", admin: "allow" };

const applicationId = () => lookup<{ id: number }>("SELECT id FROM grant_applications WHERE title = 'Ryddeaksjon og vårfest i Emmaus'").id;
const application = () => `/min-side/tilskudd/${applicationId()}`;
let attachmentId = 0;
let storedFile = "";

// A PDF attached to the submitted application, as the applicant would have done before submitting.
test.beforeAll(() => {
  const stored = `${randomBytes(16).toString("hex")}.pdf`;
  storedFile = path.join(fileURLToPath(new URL("../uploads/grants/", import.meta.url)), stored);
  mkdirSync(path.dirname(storedFile), { recursive: true });
  writeFileSync(storedFile, "%PDF-1.4\n%%EOF\n");
  const db = e2eDb();
  try {
    const emil = (db.prepare("SELECT id FROM users WHERE email = 'emil.emmaus@laget.test'").get() as { id: number }).id;
    attachmentId = Number(
      db
        .prepare("INSERT INTO grant_attachments (application_id, file_name, stored_name, media_type, size_bytes, sha256, uploaded_by_user_id, created_at) VALUES (?, 'budsjett.pdf', ?, 'application/pdf', 15, ?, ?, ?)")
        .run(applicationId(), stored, "0".repeat(64), emil, Date.now()).lastInsertRowid,
    );
  } finally {
    db.close();
  }
});
test.afterAll(() => rmSync(storedFile, { force: true }));

const ENDPOINTS: Endpoint[] = [
  { method: "GET", path: () => "/min-side/tilskudd", expect: everyoneLoggedIn },
  { method: "GET", path: () => NEW, expect: everyoneLoggedIn },
  // No applicant chosen: refused (400) for everyone who may see the form, nothing created.
  { method: "POST", path: () => NEW, form: { intent: "save", applicant: "", title: "Forsøk" }, expect: everyoneLoggedIn },
  { method: "GET", path: () => "/min-side/tilskudd/ny?ordning=finnes-ikke", expect: { ...notTheApplicant } },
  { method: "POST", path: () => "/min-side/tilskudd/ny?ordning=finnes-ikke", form: { intent: "save" }, expect: { ...notTheApplicant } },
  { method: "GET", path: application, expect: notTheApplicant },
  { method: "POST", path: application, form: { intent: "save", title: "Kapret" }, expect: notTheApplicant },
  { method: "POST", path: application, form: { intent: "submit" }, expect: notTheApplicant },
  { method: "POST", path: application, form: { intent: "withdraw" }, expect: notTheApplicant },
  { method: "POST", path: application, form: { intent: "appeal", text: "Klage" }, expect: notTheApplicant },
  { method: "POST", path: application, form: { intent: "report", text: "Rapport", spent: "100" }, expect: notTheApplicant },
  { method: "POST", path: application, form: { intent: "publish" }, expect: notTheApplicant },
  {
    method: "POST",
    path: application,
    form: {
      intent: "removeAttachment",
      get attachmentId() {
        return String(attachmentId);
      },
    },
    expect: notTheApplicant,
  },
  { method: "GET", path: () => `${application()}/vedlegg/${attachmentId}`, expect: schemeStaffOnly },
  { method: "GET", path: () => `${application()}/vedlegg/999999`, expect: notTheApplicant },
  { method: "GET", path: () => "/min-side/tilskudd/999999", expect: notTheApplicant },
  { method: "GET", path: () => "/min-side/tilskudd/abc", expect: notTheApplicant },
];

function snapshot() {
  const db = e2eDb();
  try {
    return {
      applications: db.prepare("SELECT id, status, title, updated_at FROM grant_applications ORDER BY id").all(),
      attachments: db.prepare("SELECT id FROM grant_attachments ORDER BY id").all(),
      appeals: db.prepare("SELECT count(*) AS n FROM grant_appeals").get(),
      reports: db.prepare("SELECT id, status FROM grant_reports ORDER BY id").all(),
      updates: db.prepare("SELECT count(*) AS n FROM updates").get(),
    };
  } finally {
    db.close();
  }
}

const actors = matrixTests(ENDPOINTS, snapshot);

test("a member of Storhaug's bydelsgruppe cannot open the application or its attachment before the round is released", async () => {
  const context = await playwrightRequest.newContext({ baseURL: actors.baseURL(), extraHTTPHeaders: { "X-Forwarded-For": testIp("grants-apply-group-member") } });
  try {
    const login = await context.post("/logg-inn", { form: { email: "bydelsgruppe@laget.test", password: DEMO_PASSWORD }, headers: { Origin: actors.baseURL() }, maxRedirects: 0 });
    expect(login.status()).toBe(302);
    expect((await context.get(application(), { maxRedirects: 0 })).status()).toBe(404);
    expect((await context.get(`${application()}/vedlegg/${attachmentId}`, { maxRedirects: 0 })).status()).toBe(404);
  } finally {
    await context.dispose();
  }
});
