/**
 * What the real server process (server/server.ts around the production build) does with requests
 * that must not reach the app as they are: over-large bodies are refused with 413 before parsing,
 * and an unexpected failure shows the Norwegian error page with a reference that is the request's id
 * in the X-Request-Id header and in one structured JSON log line. The failure is a real one: the
 * test takes a table away from the server's own database file. Needs a build (`npx remix build`, or
 * LAGET_BUILD_DIR); `npm test` builds before vitest.
 */
import { request as httpRequest } from "node:http";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../db/connection";
import { seedDemoData } from "../db/seed";
import { nb } from "../app/i18n/nb";
import { FORM_BODY_LIMIT, MULTIPART_BODY_LIMIT } from "./body-limit";
import { startServer, type RunningServer } from "../scripts/durability/server-process";

const PORT = 3311;
const BASE = `http://127.0.0.1:${PORT}`;
const FORM = { Origin: BASE, "Content-Type": "application/x-www-form-urlencoded" };
const databaseFile = process.env.DATABASE_URL!.slice("file:".length);
let server: RunningServer;

beforeAll(async () => {
  const db = openDatabase(databaseFile);
  await seedDemoData(db);
  db.$client.close();
  // info: the request log lines are part of what is checked. No response cache: every answer is rendered.
  server = await startServer({ databasePath: databaseFile, port: PORT, logLevel: "info", env: { PUBLIC_URL: BASE, RESPONSE_CACHE_MB: "0" } });
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

/** A POST whose body is streamed in chunks without a Content-Length, as a client may send it. */
function chunkedPost(path: string, chunks: number, chunkSize: number, contentType: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${BASE}${path}`, { method: "POST", headers: { Origin: BASE, "Content-Type": contentType, "Transfer-Encoding": "chunked" } }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (d: string) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    // The server may close the connection once it has answered; the answer is what counts.
    req.on("error", (error) => (req.destroyed ? undefined : reject(error)));
    const chunk = Buffer.alloc(chunkSize, "a");
    let sent = 0;
    const write = () => {
      while (sent < chunks) {
        sent++;
        if (!req.write(chunk)) return req.once("drain", write);
      }
      req.end();
    };
    req.on("close", () => (sent = chunks));
    write();
  });
}

describe("request size limits", () => {
  it("refuses a form body over the limit by its Content-Length, with a Norwegian text", async () => {
    const response = await fetch(`${BASE}/logg-inn`, { method: "POST", headers: FORM, body: `email=${"a".repeat(FORM_BODY_LIMIT + 1)}` });
    expect(response.status).toBe(413);
    expect(await response.text()).toBe(nb.errors.bodyTooLarge);
  });

  it("refuses a chunked body without a Content-Length once it passes the limit", async () => {
    const answer = await chunkedPost("/logg-inn", 64, 64 * 1024, "application/x-www-form-urlencoded");
    expect(answer.status).toBe(413);
    expect(answer.body).toBe(nb.errors.bodyTooLarge);
  });

  it("lets a 1 MB text field reach validation, which answers with the field's error", async () => {
    const body = new URLSearchParams({ message: "a".repeat(1024 * 1024), email: "", page: "/" });
    const response = await fetch(`${BASE}/tilgjengelighet`, { method: "POST", headers: FORM, body });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain(nb.validation.tooLong);
  });

  it("lets a chunked form within the limit through to the action", async () => {
    const answer = await chunkedPost("/logg-inn", 4, 1024, "application/x-www-form-urlencoded");
    expect(answer.status).toBe(400);
    expect(answer.body).toContain(nb.validation.enterEmail);
  });

  it("takes a multipart body the size of a 2 MB logo upload but not one over its own limit", async () => {
    const logo = new FormData();
    logo.append("intent", "logo");
    logo.append("logo", new File([new Uint8Array(2 * 1024 * 1024)], "logo.png", { type: "image/png" }));
    // Not signed in: the action sends the person to sign in; the point is that it was reached.
    const accepted = await fetch(`${BASE}/min-side/profil`, { method: "POST", headers: { Origin: BASE }, body: logo, redirect: "manual" });
    expect(accepted.status).not.toBe(413);
    expect(accepted.status).toBeLessThan(500);
    const huge = new FormData();
    huge.append("logo", new File([new Uint8Array(MULTIPART_BODY_LIMIT + 1)], "logo.png", { type: "image/png" }));
    const refused = await fetch(`${BASE}/min-side/profil`, { method: "POST", headers: { Origin: BASE }, body: huge, redirect: "manual" });
    expect(refused.status).toBe(413);
  });
});

describe("requests that are no form from our pages", () => {
  const errorPage = (html: string) => html.includes(nb.errors.badRequestTitle) && html.includes(nb.errors.badRequestText);

  it("answers a body that is no form with the Norwegian 400 page, not a 500", async () => {
    for (const [contentType, body] of [
      ["application/json", '{"email":"kari@example.test"}'],
      ["text/plain", "email=kari@example.test"],
      ["application/xml", "<a/>"],
      ["multipart/form-data; boundary=laget", "--laget\r\nbroken"],
    ]) {
      const response = await fetch(`${BASE}/logg-inn`, { method: "POST", headers: { Origin: BASE, "Content-Type": contentType!, Accept: "text/html" }, body });
      expect(response.status, contentType).toBe(400);
      expect(errorPage(await response.text()), contentType).toBe(true);
    }
  });

  it("takes Origin: null with Sec-Fetch-Site: same-origin as our own page, and refuses it without", async () => {
    const body = new URLSearchParams({ email: "ingen@example.test", password: "feil passord her" });
    const same = await fetch(`${BASE}/logg-inn`, { method: "POST", headers: { ...FORM, Origin: "null", "Sec-Fetch-Site": "same-origin" }, body });
    expect(same.status).toBe(400);
    expect(await same.text()).toContain(nb.auth.wrongCredentials);
    const foreign = await fetch(`${BASE}/logg-inn`, { method: "POST", headers: { ...FORM, Origin: "null", "Sec-Fetch-Site": "cross-site" }, body });
    expect(foreign.status).toBe(403);
    expect(await foreign.text()).toBe(nb.errors.foreignOrigin);
  });

  it("answers a POST to a page without an action with 405, logged as the request it was, not as a failure", async () => {
    const response = await fetch(`${BASE}/partnere`, { method: "POST", headers: FORM, body: "a=1" });
    expect(response.status).toBe(405);
    const requestId = response.headers.get("x-request-id");
    await new Promise((resolve) => setTimeout(resolve, 200));
    const entries = server.logLines.filter((line) => line.startsWith("{")).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(entries.find((e) => e.msg === "request" && e.requestId === requestId)).toMatchObject({ status: 405 });
    expect(entries.filter((e) => e.level === "error" && e.requestId === requestId)).toEqual([]);
  });

  it("compares the origin with the host a trusted proxy forwards, refusing a mismatch with 403 instead of failing", async () => {
    const body = new URLSearchParams({ email: "ingen@example.test", password: "feil passord her" });
    const mismatch = await fetch(`${BASE}/logg-inn`, { method: "POST", headers: { ...FORM, "X-Forwarded-Host": "evil.example" }, body });
    expect(mismatch.status).toBe(403);
    const forwarded = await fetch(`${BASE}/logg-inn`, { method: "POST", headers: { ...FORM, Origin: "https://laget.example", "X-Forwarded-Host": "laget.example" }, body });
    expect(forwarded.status).toBe(400);
  });
});

describe("unexpected failures", () => {
  it("reports the database state on /healthz", async () => {
    const response = await fetch(`${BASE}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "ok" });
  });

  it("shows the Norwegian error page with the request's reference and logs one JSON line for it", async () => {
    // A real fault: the table the public updates page reads is gone from the server's database file.
    const db = new Database(databaseFile);
    db.pragma("foreign_keys = OFF");
    db.exec("ALTER TABLE updates RENAME TO updates_moved_away");
    db.close();

    const response = await fetch(`${BASE}/oppdateringer`, { headers: { Accept: "text/html", "User-Agent": "curl/8" } });
    const html = await response.text();
    expect(response.status).toBe(500);
    const requestId = response.headers.get("x-request-id");
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(html).toContain(nb.errors.serverErrorTitle);
    expect(html).toContain(nb.errors.serverErrorText);
    const shown = /data-error-reference="">([^<]+)</.exec(html)?.[1];
    expect(shown).toBe(requestId);
    // The database error's text stays in the log; the page says nothing about it.
    expect(html).not.toContain("no such table");

    await new Promise((resolve) => setTimeout(resolve, 200));
    const entries = server.logLines.filter((line) => line.startsWith("{")).map((line) => JSON.parse(line) as Record<string, unknown>);
    const errorLine = entries.find((e) => e.level === "error" && e.requestId === requestId);
    expect(errorLine).toMatchObject({ msg: "unexpected error", route: "/oppdateringer", status: 500, method: "GET" });
    expect(typeof errorLine!.time).toBe("string");
    expect(typeof errorLine!.durationMs).toBe("number");
    expect(JSON.stringify(errorLine)).toContain("no such table");
    // The request log line carries the same id and the status the person got.
    expect(entries.find((e) => e.msg === "request" && e.requestId === requestId)).toMatchObject({ route: "/oppdateringer", status: 500 });
  });
});
