import { expect, test } from "@playwright/test";

test.describe("security headers and the origin check", () => {
  // Every kind of route: pages, resource routes, feeds, the API, errors, and pages behind a login.
  const PUBLIC = ["/", "/partnere", "/partnere/leksehjelpa-romsas", "/tiltak", "/omrader", "/samarbeid", "/oppdateringer",
    "/oppdateringer.atom", "/apne-data", "/api/v1/organisations", "/tilgjengelighet", "/personvern", "/logg-inn",
    "/registrer", "/glemt-passord", "/healthz", "/finnes-ikke", "/favicon.ico"];
  const LOGGED_IN = ["/min-side", "/konto", "/konto/data.json", "/varsler", "/admin", "/admin/logg"];
  for (const path of [...PUBLIC, ...LOGGED_IN]) {
    test(`${path} carries the security headers`, async ({ request, baseURL }) => {
      if (LOGGED_IN.includes(path)) {
        const login = await request.post("/logg-inn", {
          form: { email: "admin@laget.test", password: "demo-passord-2026" },
          headers: { Origin: baseURL! },
          maxRedirects: 0,
        });
        expect(login.status()).toBe(302);
      }
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBeLessThan(500);
      if (LOGGED_IN.includes(path)) expect(response.status(), path).toBe(200);
      const headers = response.headers();
      const csp = headers["content-security-policy"] ?? "";
      expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}'/);
      expect(csp).not.toContain("unsafe-inline");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("base-uri 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(headers["x-powered-by"]).toBeUndefined();
    });
  }

  test("every inline script carries this response's nonce, and the nonce changes per response", async ({ request }) => {
    const first = await request.get("/partnere");
    const second = await request.get("/partnere");
    const nonceOf = (csp: string) => /'nonce-([^']+)'/.exec(csp)?.[1];
    const nonce = nonceOf(first.headers()["content-security-policy"]!);
    expect(nonce).toBeTruthy();
    expect(nonceOf(second.headers()["content-security-policy"]!)).not.toBe(nonce);
    const html = await first.text();
    const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)];
    expect(inlineScripts.length).toBeGreaterThan(0);
    for (const [, attributes] of inlineScripts) expect(attributes).toContain(`nonce="${nonce}"`);
  });

  test("HSTS is sent when the page is served over HTTPS (behind a trusted proxy) and not over plain HTTP", async ({ request }) => {
    const plain = await request.get("/");
    expect(plain.headers()["strict-transport-security"]).toBeUndefined();
    const https = await request.get("/", { headers: { "X-Forwarded-Proto": "https" } });
    expect(https.headers()["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
  });

  test("a POST from a foreign origin is refused with 403, and one from our origin is not", async ({ request, baseURL }) => {
    const foreign = await request.post("/partnere", { headers: { Origin: "https://evil.example" }, form: { a: "1" } });
    expect(foreign.status()).toBe(403);
    expect(await foreign.text()).toContain("avvist");
    const missing = await request.post("/partnere", { headers: { Origin: "" }, form: { a: "1" } });
    expect(missing.status()).toBe(403);
    const same = await request.post("/partnere", { headers: { Origin: baseURL! }, form: { a: "1" } });
    expect(same.status()).not.toBe(403);
  });

  test("pages for a signed-in person and answers that set a cookie are never stored by a cache", async ({ request, baseURL }) => {
    const anonymous = await request.get("/partnere");
    expect(anonymous.headers()["cache-control"] ?? "").not.toContain("no-store");
    const login = await request.post("/logg-inn", { form: { email: "koordinator@laget.test", password: "demo-passord-2026" }, headers: { Origin: baseURL! }, maxRedirects: 0 });
    expect(login.headers()["set-cookie"]).toContain("laget_sesjon=");
    expect(login.headers()["cache-control"]).toBe("private, no-store");
    for (const path of ["/min-side", "/koordinator", "/koordinator/tiltak", "/varsler", "/konto", "/konto/data.json", "/partnere", "/admin", "/finnes-ikke"]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.headers()["cache-control"], path).toBe("private, no-store");
    }
    const language = await request.post("/sprak", { form: { lang: "en", tilbake: "/" }, headers: { Origin: baseURL! }, maxRedirects: 0 });
    expect(language.headers()["cache-control"]).toBe("private, no-store");
  });
});
