import { e2eDb, mailSubjectsTo } from "./db";
import { expect, test } from "./fixtures";
import { confirmSignup } from "./session";

const DEMO_PASSWORD = "demo-passord-2026";

async function logIn(page: import("@playwright/test").Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/logg-inn");
  await page.getByLabel("E-post").fill(email);
  await page.getByLabel("Passord").fill(password);
  await page.getByRole("button", { name: "Logg inn", exact: true }).click();
}

test.describe("logging in and out", () => {
  test("a partner logs in, sees their page and organisation, and logs out", async ({ page }) => {
    await logIn(page, "partner@laget.test");
    await expect(page).toHaveURL(/\/min-side$/);
    await expect(page.getByRole("heading", { level: 1, name: "Min side" })).toBeVisible();
    await expect(page.getByText("Hei, Per Partner!")).toBeVisible();
    await expect(page.getByRole("heading", { level: 3, name: "Leksehjelpa Romsås" })).toBeVisible();
    await page.getByRole("button", { name: "Logg ut" }).click();
    await expect(page).toHaveURL(/\/logg-inn\?utlogget/);
    await expect(page.getByText("Du er logget ut.")).toBeVisible();
    await page.goto("/min-side");
    await expect(page).toHaveURL(/\/logg-inn\?til=%2Fmin-side$/);
  });

  test.describe(() => {
    test.use({ expectedConsoleErrors: [/status of 400/] });
    test("a wrong password gives the same Norwegian message as an unknown e-mail, and keeps the e-mail", async ({ page }) => {
      await logIn(page, "partner@laget.test", "feil-passord-123");
      await expect(page.getByRole("alert")).toContainText("E-postadressen eller passordet er feil.");
      await expect(page.getByLabel("E-post")).toHaveValue("partner@laget.test");
      await logIn(page, "finnes-ikke@laget.test", "feil-passord-123");
      await expect(page.getByRole("alert")).toContainText("E-postadressen eller passordet er feil.");
    });
  });

  test("after logging in, the person returns to the page they came from", async ({ page }) => {
    await page.goto("/min-side?fra=test");
    await expect(page).toHaveURL(/\/logg-inn\?til=/);
    await page.getByLabel("E-post").fill("partner@laget.test");
    await page.getByLabel("Passord").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Logg inn", exact: true }).click();
    await expect(page).toHaveURL(/\/min-side\?fra=test$/);
  });

  test("an open redirect in ?til= is ignored", async ({ page }) => {
    await page.goto("/logg-inn?til=//evil.example/steal");
    await page.getByLabel("E-post").fill("partner@laget.test");
    await page.getByLabel("Passord").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Logg inn", exact: true }).click();
    await expect(page).toHaveURL(/localhost:\d+\/min-side$/);
  });
});

test.describe("where a person lands after logging in", () => {
  for (const [email, path, heading] of [
    ["partner@laget.test", "/min-side", "Min side"],
    ["koordinator@laget.test", "/koordinator", /^Oversikt: /],
    ["admin@laget.test", "/admin", "Administrasjon"],
  ] as const) {
    test(`${email} lands on ${path} when no return path was given`, async ({ page }) => {
      await logIn(page, email);
      await expect(page).toHaveURL(new RegExp(`localhost:\\d+${path}$`));
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    });
  }

  test("a coordinator with a return path goes there instead", async ({ page }) => {
    await page.goto("/koordinator/godkjenning");
    await expect(page).toHaveURL(/\/logg-inn\?til=/);
    await page.getByLabel("E-post").fill("koordinator@laget.test");
    await page.getByLabel("Passord").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Logg inn", exact: true }).click();
    await expect(page).toHaveURL(/\/koordinator\/godkjenning$/);
  });
});

test.describe("return paths never lead off the site", () => {
  const BYPASSES = ["/.//evil.example", "/..//evil.example", "/%2e%2e//evil.example", "/%2E%2E//evil.example", "//evil.example", "/\\evil.example", "/%5cevil.example", "/%09/evil.example", "https://evil.example", "/\t/evil.example"];

  test("logging in, already signed in and not, and the language switch all stay on the site", async ({ request, baseURL }) => {
    const origin = new URL(baseURL!);
    const onSite = (location: string | undefined) => {
      expect(location).toBeDefined();
      const target = new URL(location!, baseURL);
      expect(target.origin, location).toBe(origin.origin);
      expect(location!.startsWith("//") || location!.includes("\\"), location).toBe(false);
    };
    for (const til of BYPASSES) {
      // The login form's POST, not yet signed in.
      const login = await request.post("/logg-inn", { form: { email: "partner@laget.test", password: DEMO_PASSWORD, til }, headers: { Origin: baseURL! }, maxRedirects: 0 });
      expect(login.status(), til).toBe(302);
      onSite(login.headers()["location"]);
      // Signed in now: the login page sends the person on at once.
      const again = await request.get(`/logg-inn?til=${encodeURIComponent(til)}`, { maxRedirects: 0 });
      expect(again.status(), til).toBe(302);
      onSite(again.headers()["location"]);
      const language = await request.post("/sprak", { form: { lang: "nb", tilbake: til }, headers: { Origin: baseURL! }, maxRedirects: 0 });
      expect(language.status(), til).toBe(302);
      onSite(language.headers()["location"]);
      await request.post("/logg-ut", { headers: { Origin: baseURL! }, maxRedirects: 0 });
    }
  });
});

test.describe("registering an organisation", () => {
  test("a person registers their organisation, confirms the address from the e-mail, sees it pending, and coordinators are told", async ({ page }) => {
    const unique = Date.now().toString(36);
    const email = `ny-${unique}@example.test`;
    await page.goto("/registrer");
    await page.getByLabel("Navnet ditt").fill("Nora Nyregistrert");
    await page.getByLabel("E-post").fill(email);
    await page.getByLabel("Passord", { exact: true }).fill("en lang og god setning 2026");
    await page.getByLabel("Organisasjonens navn").fill(`Romsås Sjakklubb ${unique}`);
    await page.getByLabel("Sektor").selectOption({ label: "Beboergruppe" });
    await page.getByRole("group", { name: "Områder dere jobber i" }).getByLabel(/Romsås/).check();
    await page.getByRole("group", { name: "Temaer dere jobber med" }).getByLabel("Nærmiljø").first().check();
    await page.getByRole("button", { name: "Registrer" }).click();

    await expect(page).toHaveURL(/\/registrer\?sendt$/);
    await confirmSignup(page, email);
    await expect(page.getByRole("status")).toContainText("E-postadressen er bekreftet");
    await expect(page.getByRole("heading", { level: 3, name: `Romsås Sjakklubb ${unique}` })).toBeVisible();
    await expect(page.getByText("Venter på godkjenning", { exact: true })).toBeVisible();

    // Other specs register organisations too, so look for this one's mail rather than the newest.
    expect(mailSubjectsTo("koordinator@laget.test")).toContain(`Ny organisasjon venter på godkjenning: Romsås Sjakklubb ${unique}`);
    const db = e2eDb();
    try {
      const org = db.prepare("SELECT status, sector, org_number FROM organisations WHERE name = ?").get(`Romsås Sjakklubb ${unique}`);
      expect(org).toEqual({ status: "pending", sector: "residents_group", org_number: null });
      const notified = db
        .prepare("SELECT count(*) AS n FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.email = 'koordinator@laget.test' AND n.kind = 'organisation_registered' AND n.params LIKE ?")
        .get(`%${unique}%`) as { n: number };
      expect(notified.n).toBe(1);
    } finally {
      db.close();
    }
  });

  test.describe(() => {
    test.use({ expectedConsoleErrors: [/status of 400/] });
    test("bad input gets Norwegian messages next to the fields, keeps what was typed, and saves nothing", async ({ page }) => {
      const unique = Date.now().toString(36);
      await page.goto("/registrer");
      await page.getByLabel("Navnet ditt").fill("Ola Feilskriver");
      await page.getByLabel("E-post").fill(`ola-${unique}@example.test`);
      await page.getByLabel("Passord", { exact: true }).fill("password123");
      await page.getByLabel("Organisasjonens navn").fill(`Feil AS ${unique}`);
      await page.getByLabel("Sektor").selectOption({ label: "Næringsliv" });
      await page.getByLabel("Organisasjonsnummer").fill("123 456 789");
      await page.getByRole("button", { name: "Registrer" }).click();

      await expect(page.getByText("Passordet er blant de mest brukte passordene. Velg et annet.").first()).toBeVisible();
      await expect(page.getByText("Organisasjonsnummeret er ikke gyldig. Sjekk at du har skrevet det riktig.").first()).toBeVisible();
      await expect(page.getByLabel("Organisasjonsnummer")).toHaveAttribute("aria-invalid", "true");
      await expect(page.getByLabel("Organisasjonens navn")).toHaveValue(`Feil AS ${unique}`);
      await expect(page.getByLabel("E-post")).toHaveValue(`ola-${unique}@example.test`);
      await expect(page.getByLabel("Sektor")).toHaveValue("business");

      const db = e2eDb();
      try {
        expect(db.prepare("SELECT count(*) AS n FROM users WHERE email = ?").get(`ola-${unique}@example.test`)).toEqual({ n: 0 });
        expect(db.prepare("SELECT count(*) AS n FROM organisations WHERE name = ?").get(`Feil AS ${unique}`)).toEqual({ n: 0 });
      } finally {
        db.close();
      }
    });

    test("an organisation number already registered points to asking to join instead", async ({ page }) => {
      const db = e2eDb();
      const existing = db.prepare("SELECT name, org_number FROM organisations WHERE status = 'approved' AND org_number IS NOT NULL LIMIT 1").get() as {
        name: string;
        org_number: string;
      };
      db.close();
      await page.goto("/registrer");
      await page.getByLabel("Navnet ditt").fill("Kari Dobbel");
      await page.getByLabel("E-post").fill(`dobbel-${Date.now()}@example.test`);
      await page.getByLabel("Passord", { exact: true }).fill("en lang og god setning 2026");
      await page.getByLabel("Organisasjonens navn").fill("Noe annet");
      await page.getByLabel("Sektor").selectOption({ label: "Næringsliv" });
      await page.getByLabel("Organisasjonsnummer").fill(existing.org_number);
      await page.getByRole("button", { name: "Registrer" }).click();
      await expect(page.getByRole("alert").filter({ hasText: "allerede registrert" })).toContainText(existing.name);
      await expect(page.getByRole("link", { name: `Be om å bli med i ${existing.name}` })).toBeVisible();
    });
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, expectedConsoleErrors: [/status of 400/] });

  test("login and registration work as plain HTML forms", async ({ page }) => {
    await logIn(page, "partner@laget.test", "feil-passord-123");
    await expect(page.getByText("E-postadressen eller passordet er feil.")).toBeVisible();
    await logIn(page, "partner@laget.test");
    await expect(page).toHaveURL(/\/min-side$/);
    await page.getByRole("button", { name: "Logg ut" }).click();
    await expect(page).toHaveURL(/\/logg-inn\?utlogget/);

    await page.goto("/registrer");
    await page.getByRole("button", { name: "Registrer" }).click();
    await expect(page.getByText("Skriv navnet ditt.").first()).toBeVisible();
    await expect(page.getByText("Velg sektor.").first()).toBeVisible();
  });
});

test("fields a person may not set are ignored: registering cannot approve an organisation or make an admin", async ({ request, baseURL }) => {
  const unique = `${Date.now()}`;
  const response = await request.post("/registrer", {
    headers: { Origin: baseURL! },
    maxRedirects: 0,
    form: {
      name: "Ivar Innbrudd",
      email: `ivar-${unique}@example.test`,
      password: "et langt og godt passord",
      orgName: `Innbrudd ${unique}`,
      sector: "residents_group",
      status: "approved",
      role: "admin",
      organisationId: "1",
      registeredByUserId: "1",
    },
  });
  expect(response.status()).toBe(302);
  // The account and organisation are made just after the answer (signup.server.ts).
  await expect.poll(() => orgStatus(`Innbrudd ${unique}`)).toEqual({ status: "pending" });
  const db = e2eDb();
  try {
    expect(db.prepare("SELECT role FROM users WHERE email = ?").get(`ivar-${unique}@example.test`)).toEqual({ role: "none" });
    expect(
      db.prepare("SELECT count(*) AS n FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = ? AND m.organisation_id = 1").get(`ivar-${unique}@example.test`),
    ).toEqual({ n: 0 });
  } finally {
    db.close();
  }
});

function orgStatus(name: string) {
  const db = e2eDb();
  try {
    return db.prepare("SELECT status FROM organisations WHERE name = ?").get(name);
  } finally {
    db.close();
  }
}

test.describe("signing up tells no one whether an address has an account", () => {
  test("registering with an address that has an account shows the same page as a new one, and the owner is told by e-mail", async ({ page }) => {
    const register = async (email: string, orgName: string) => {
      await page.goto("/registrer");
      await page.getByLabel("Navnet ditt").fill("Tor Testesen");
      await page.getByLabel("E-post").fill(email);
      await page.getByLabel("Passord", { exact: true }).fill("en lang og god setning 2026");
      await page.getByLabel("Organisasjonens navn").fill(orgName);
      await page.getByLabel("Sektor").selectOption({ label: "Beboergruppe" });
      await page.getByRole("button", { name: "Registrer" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Sjekk e-posten din" })).toBeVisible();
      return { url: page.url(), text: await page.getByRole("main").innerText(), title: await page.title() };
    };
    const unique = Date.now().toString(36);
    const fresh = await register(`tor-${unique}@example.test`, `Tors lag ${unique}`);
    const taken = await register("koordinator@laget.test", `Kapret lag ${unique}`);
    expect(taken).toEqual(fresh);
    await expect.poll(() => mailSubjectsTo("koordinator@laget.test")).toContain("Noen prøvde å registrere seg med e-postadressen din i Laget");
    await expect.poll(() => mailSubjectsTo(`tor-${unique}@example.test`)).toEqual(["Bekreft e-postadressen din i Laget"]);
    expect(orgStatus(`Kapret lag ${unique}`)).toBeUndefined();
  });
});

test("the 11th failed login within 15 minutes answers 429 with Retry-After and a Norwegian message", async ({ request, baseURL }) => {
  const email = `gjetting-${Date.now()}@example.test`;
  for (let i = 0; i < 10; i++) {
    const response = await request.post("/logg-inn", { form: { email, password: `feil-${i}` }, headers: { Origin: baseURL! }, maxRedirects: 0 });
    expect(response.status()).toBe(400);
  }
  const blocked = await request.post("/logg-inn", { form: { email, password: "feil-11" }, headers: { Origin: baseURL! }, maxRedirects: 0 });
  expect(blocked.status()).toBe(429);
  expect(Number(blocked.headers()["retry-after"])).toBeGreaterThan(0);
  expect(await blocked.text()).toContain("For mange mislykkede forsøk");
});
