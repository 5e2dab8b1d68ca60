import { readFile } from "node:fs/promises";
import { expectNoAxeViolations } from "./axe";
import { hash } from "@node-rs/argon2";
import type { Browser, Page } from "@playwright/test";
import { e2eDb, lastMailTo } from "./db";
import { expect, test, testIp } from "./fixtures";
import { confirmSignup, DEMO_PASSWORD, logIn, logOut } from "./session";

const PASSWORD = "et gammelt men langt passord";
const NEW_PASSWORD = "et helt nytt og langt passord 2027";

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6)}`;

/**
 * A fresh account straight in the database: the tests here change credentials, and the demo accounts
 * must stay as other specs expect them.
 */
async function freshUser(prefix: string, name = "Kari Kontoeier"): Promise<string> {
  const email = `${prefix}-${unique()}@example.test`;
  const passwordHash = await hash(PASSWORD, { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 });
  const db = e2eDb();
  try {
    db.prepare("INSERT INTO users (email, name, password_hash, role) VALUES (?, ?, ?, 'none')").run(email, name, passwordHash);
  } finally {
    db.close();
  }
  return email;
}

/** A second browser (its own cookies) logged in as the same person. */
async function secondBrowser(browser: Browser, email: string, userAgent?: string) {
  const context = await browser.newContext({
    extraHTTPHeaders: { "X-Forwarded-For": testIp(`${email}-second`) },
    ...(userAgent ? { userAgent } : {}),
  });
  const page = await context.newPage();
  await logIn(page, email, PASSWORD);
  return { context, page };
}

const section = (page: Page, name: string) => page.getByRole("region", { name });

test.describe("the account page", () => {
  test("a person changes their name", async ({ page }) => {
    const email = await freshUser("navn");
    await logIn(page, email, PASSWORD);
    await page.getByRole("link", { name: "Konto", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Kontoen din" })).toBeVisible();
    const name = section(page, "Navn");
    await expect(name.getByLabel("Navnet ditt")).toHaveValue("Kari Kontoeier");
    await name.getByLabel("Navnet ditt").fill("  Kari Nyttnavn  ");
    await name.getByRole("button", { name: "Lagre navn" }).click();
    await expect(page).toHaveURL(/\/konto\?lagret=navn$/);
    await expect(page.getByRole("status")).toHaveText("Navnet er endret.");
    await expect(name.getByLabel("Navnet ditt")).toHaveValue("Kari Nyttnavn");
    await expect(page.getByRole("navigation", { name: "Logget inn som Kari Nyttnavn" })).toBeVisible();
  });

  test("a person chooses English: the pages follow, and Laget's e-mails to them come in English", async ({ page, baseURL }) => {
    const email = await freshUser("sprak");
    await logIn(page, email, PASSWORD);
    await page.goto("/konto");
    const language = section(page, "Språk");
    await expect(language.getByLabel("Språk for e-post, varsler og sidene")).toHaveValue("nb");
    await language.getByLabel("Språk for e-post, varsler og sidene").selectOption({ label: "English" });
    await language.getByRole("button", { name: "Lagre språk" }).click();
    await expect(page).toHaveURL(/\/konto\?lagret=sprak$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("status")).toContainText("Your language has been changed.");
    await expect(section(page, "Language").getByLabel("Language of e-mails, notifications and the pages")).toHaveValue("en");
    // An e-mail that someone else's action sends: a password reset asked for from another browser, in Norwegian.
    await page.request.post("/glemt-passord", { form: { email }, headers: { Origin: baseURL!, Cookie: "laget_sprak=nb" }, maxRedirects: 0 });
    await expect.poll(() => lastMailTo(email)?.subject).toBe("New password in Laget");
  });

  test("changing the password logs out the person's other browser, and the new password works", async ({ page, browser }) => {
    const email = await freshUser("passord");
    const other = await secondBrowser(browser, email);
    await logIn(page, email, PASSWORD);
    await page.goto("/konto");
    const form = section(page, "Passord");
    await form.getByLabel("Nåværende passord").fill(PASSWORD);
    await form.getByLabel("Nytt passord").fill(NEW_PASSWORD);
    await form.getByRole("button", { name: "Endre passord" }).click();
    await expect(page).toHaveURL(/\/konto\?lagret=passord$/);
    await expect(page.getByRole("status")).toContainText("Passordet er endret.");
    await expect(form.getByLabel("Nytt passord")).toHaveValue("");
    await expect(form.getByLabel("Nåværende passord")).toHaveValue("");

    // The other browser's cookie no longer works; this one's still does.
    await other.page.goto("/min-side");
    await expect(other.page).toHaveURL(/\/logg-inn\?til=%2Fmin-side$/);
    await other.context.close();
    await page.goto("/min-side");
    await expect(page).toHaveURL(/\/min-side$/);

    await logOut(page);
    await logIn(page, email, NEW_PASSWORD);

    const db = e2eDb();
    try {
      const row = db
        .prepare("SELECT a.details FROM audit_events a JOIN users u ON u.id = a.entity_id WHERE a.action = 'user.password_changed' AND u.email = ?")
        .get(email) as { details: string | null } | undefined;
      expect(row).toBeDefined();
      expect(row?.details ?? "").not.toContain(NEW_PASSWORD);
    } finally {
      db.close();
    }
  });

  test("a new e-mail address is confirmed from the link sent to it, and then used to log in", async ({ page }) => {
    const email = await freshUser("epost");
    const newEmail = `ny-adresse-${unique()}@example.test`;
    await logIn(page, email, PASSWORD);
    await page.goto("/konto");
    const form = section(page, "E-postadresse");
    await expect(form.getByText(`Du logger inn med ${email}.`)).toBeVisible();
    await form.getByLabel("Ny e-postadresse").fill(newEmail);
    await form.getByLabel("Nåværende passord").fill(PASSWORD);
    await form.getByRole("button", { name: "Send bekreftelseslenke" }).click();
    await expect(page).toHaveURL(/\/konto\?lagret=epost$/);
    await expect(page.getByRole("status")).toContainText("Sjekk innboksen der");
    // Nothing changes until the link is opened.
    await expect(form.getByText(`Du logger inn med ${email}.`)).toBeVisible();

    expect(lastMailTo(email)?.subject).toBe("Noen har bedt om å endre e-postadressen din i Laget");
    const mail = lastMailTo(newEmail);
    expect(mail?.subject).toBe("Bekreft ny e-postadresse i Laget");
    const link = /https?:\/\/\S+\/konto\/epost\/[A-Za-z0-9_-]+/.exec(mail?.body_text ?? "")?.[0];
    expect(link).toBeDefined();
    const path = new URL(link!).pathname;

    // Opening the link changes nothing by itself; the button does.
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: "Bekreft ny e-postadresse" })).toBeVisible();
    await expect(page.getByText(newEmail)).toBeVisible();
    const db = e2eDb();
    expect(db.prepare("SELECT count(*) AS n FROM users WHERE email = ?").get(email)).toEqual({ n: 1 });
    db.close();
    await page.getByRole("button", { name: "Bekreft ny e-postadresse" }).click();
    await expect(page).toHaveURL(/\/konto\?lagret=epost-bekreftet$/);
    await expect(page.getByRole("status")).toContainText("E-postadressen er endret.");
    await expect(section(page, "E-postadresse").getByText(`Du logger inn med ${newEmail}.`)).toBeVisible();

    // The link works once.
    await page.goto(path);
    await expect(page.getByText("Lenken er ugyldig, allerede brukt eller utløpt.")).toBeVisible();

    await logOut(page);
    await logIn(page, newEmail, PASSWORD);
  });

  test("a person sees where they are logged in and ends another session; ids never reach the page", async ({ page, browser }) => {
    const email = await freshUser("okter");
    const firefox = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:131.0) Gecko/20100101 Firefox/131.0";
    const other = await secondBrowser(browser, email, firefox);
    await logIn(page, email, PASSWORD);
    await page.goto("/konto");

    const sessions = section(page, "Hvor du er logget inn");
    await expect(sessions.getByRole("listitem")).toHaveCount(2);
    await expect(sessions.getByRole("listitem").first()).toContainText("Denne enheten");
    const otherItem = sessions.getByRole("listitem").filter({ hasText: "Firefox på Windows" });
    await expect(otherItem).toContainText("Logget inn");
    await expect(otherItem).toContainText("Sist aktiv");

    const db = e2eDb();
    const ids = db.prepare("SELECT s.id FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = ?").all(email) as { id: string }[];
    db.close();
    expect(ids).toHaveLength(2);
    const html = await page.content();
    for (const { id } of ids) expect(html).not.toContain(id);

    await otherItem.getByRole("button", { name: /^Logg ut Firefox på Windows/ }).click();
    await expect(page).toHaveURL(/\/konto\?lagret=okt$/);
    await expect(page.getByRole("status")).toHaveText("Du er logget ut på enheten.");
    await expect(section(page, "Hvor du er logget inn").getByRole("listitem")).toHaveCount(1);
    await expect(section(page, "Hvor du er logget inn").getByText("Du er ikke logget inn noe annet sted.")).toBeVisible();

    await other.page.goto("/min-side");
    await expect(other.page).toHaveURL(/\/logg-inn/);
    await other.context.close();
  });

  test("'log out all other devices' ends every other session", async ({ page, browser }) => {
    const email = await freshUser("alle-okter");
    const a = await secondBrowser(browser, email);
    const b = await secondBrowser(browser, email);
    await logIn(page, email, PASSWORD);
    await page.goto("/konto");
    await section(page, "Hvor du er logget inn").getByRole("button", { name: "Logg ut alle andre enheter" }).click();
    await expect(page.getByRole("status")).toHaveText("Du er logget ut på alle andre enheter.");
    for (const other of [a, b]) {
      await other.page.goto("/min-side");
      await expect(other.page).toHaveURL(/\/logg-inn/);
      await other.context.close();
    }
    await page.goto("/min-side");
    await expect(page).toHaveURL(/\/min-side$/);
  });

  test("a person downloads their own data as JSON, without secrets", async ({ page }) => {
    // Reading only: the demo partner is safe to use.
    await logIn(page, "partner@laget.test", DEMO_PASSWORD);
    await page.goto("/konto");
    const downloading = page.waitForEvent("download");
    await section(page, "Dataene dine").getByRole("link", { name: "Last ned dataene mine (JSON)" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("laget-mine-data.json");
    const text = await readFile((await download.path())!, "utf8");
    const exported = JSON.parse(text);
    expect(exported.profile).toMatchObject({ name: "Per Partner", email: "partner@laget.test" });
    expect(exported.memberships).toContainEqual(expect.objectContaining({ organisation: "Leksehjelpa Romsås", role: "owner", status: "active" }));
    expect(exported.sessions.length).toBeGreaterThanOrEqual(1);
    for (const s of exported.sessions) expect(Object.keys(s).sort()).toEqual(["createdAt", "lastSeenAt", "userAgent"]);
    expect(exported.auditEvents).toContainEqual(expect.objectContaining({ action: "login" }));
    for (const key of ["notifications", "participationRequests", "updates", "coordinatorOf"]) expect(Array.isArray(exported[key])).toBe(true);
    expect(text).not.toMatch(/argon2|passwordHash|password_hash|tokenHash/);
    const db = e2eDb();
    const ids = db.prepare("SELECT s.id FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = 'partner@laget.test'").all() as { id: string }[];
    db.close();
    for (const { id } of ids) expect(text).not.toContain(id);

    const response = await page.request.get("/konto/data.json");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-disposition"]).toBe('attachment; filename="laget-mine-data.json"');
    expect(response.headers()["cache-control"]).toBe("private, no-store");
    expect(response.headers()["content-type"]).toContain("application/json");
  });

  test("the data download and the account page need a login", async ({ page }) => {
    await page.goto("/konto");
    await expect(page).toHaveURL(/\/logg-inn\?til=%2Fkonto$/);
    const response = await page.request.get("/konto/data.json", { maxRedirects: 0 });
    expect(response.status()).toBe(302);
    expect(response.headers()["location"]).toContain("/logg-inn");
  });
});

test.describe("refusals", () => {
  test.use({ expectedConsoleErrors: [/status of 400/] });

  test("bad input gets Norwegian messages next to the fields, keeps what was typed but never passwords, and changes nothing", async ({ page }) => {
    const email = await freshUser("feil");
    await logIn(page, email, PASSWORD);
    await page.goto("/konto");

    const name = section(page, "Navn");
    await name.getByLabel("Navnet ditt").fill("   ");
    await name.getByRole("button", { name: "Lagre navn" }).click();
    await expect(name.getByText("Skriv navnet ditt.")).toBeVisible();
    await expect(name.getByLabel("Navnet ditt")).toHaveAttribute("aria-invalid", "true");

    const emailForm = section(page, "E-postadresse");
    await emailForm.getByLabel("Ny e-postadresse").fill("PARTNER@laget.test");
    await emailForm.getByLabel("Nåværende passord").fill("feil passord her");
    await emailForm.getByRole("button", { name: "Send bekreftelseslenke" }).click();
    await expect(emailForm.getByText("Passordet er feil.")).toBeVisible();
    await expect(emailForm.getByLabel("Ny e-postadresse")).toHaveValue("PARTNER@laget.test");
    await expect(emailForm.getByLabel("Nåværende passord")).toHaveValue("");
    await emailForm.getByLabel("Nåværende passord").fill(PASSWORD);
    await emailForm.getByRole("button", { name: "Send bekreftelseslenke" }).click();
    await expect(emailForm.getByText("En annen konto bruker allerede denne e-postadressen.")).toBeVisible();

    const password = section(page, "Passord");
    await password.getByLabel("Nåværende passord").fill("feil passord her");
    await password.getByLabel("Nytt passord").fill("password123");
    await password.getByRole("button", { name: "Endre passord" }).click();
    await expect(password.getByText("Passordet er blant de mest brukte passordene. Velg et annet.")).toBeVisible();
    await expect(password.getByLabel("Nytt passord")).toHaveValue("");
    await password.getByLabel("Nåværende passord").fill("feil passord her");
    await password.getByLabel("Nytt passord").fill(NEW_PASSWORD);
    await password.getByRole("button", { name: "Endre passord" }).click();
    await expect(password.getByText("Passordet er feil.")).toBeVisible();
    await expect(password.getByLabel("Nåværende passord")).toHaveAttribute("aria-invalid", "true");

    const db = e2eDb();
    try {
      const row = db.prepare("SELECT name, email FROM users WHERE email = ?").get(email);
      expect(row).toEqual({ name: "Kari Kontoeier", email });
      const audited = db
        .prepare("SELECT count(*) AS n FROM audit_events a JOIN users u ON u.id = a.entity_id WHERE u.email = ? AND a.action LIKE 'user.%'")
        .get(email) as { n: number };
      expect(audited.n).toBe(0);
    } finally {
      db.close();
    }
    // The old password still works.
    await logOut(page);
    await logIn(page, email, PASSWORD);
  });

  test("the last owner of an approved organisation cannot delete the account before handing over", async ({ page }) => {
    await logIn(page, "partner@laget.test", DEMO_PASSWORD);
    await page.goto("/konto");
    const form = section(page, "Slett kontoen");
    // Said up front …
    await expect(form.getByText("Du er den siste eieren av Leksehjelpa Romsås.")).toBeVisible();
    // … and refused by the server.
    await form.getByLabel("Nåværende passord").fill(DEMO_PASSWORD);
    await form.getByLabel("Ja, jeg vil slette kontoen min for godt").check();
    await form.getByRole("button", { name: "Slett kontoen" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Endringen ble ikke gjort" })).toBeVisible();
    await expect(form.getByRole("alert")).toContainText("Du er den siste eieren av Leksehjelpa Romsås");
    await expect(form.getByRole("link", { name: "Medlemmer i Leksehjelpa Romsås" })).toBeVisible();
    await page.goto("/min-side");
    await expect(page).toHaveURL(/\/min-side$/);
  });

  test("a person who registered a residents' group deletes the account; the organisation stays", async ({ page }) => {
    const id = unique();
    const email = `slett-${id}@example.test`;
    const orgName = `Beboergruppa ${id}`;
    await page.goto("/registrer");
    await page.getByLabel("Navnet ditt").fill("Siri Slett");
    await page.getByLabel("E-post").fill(email);
    await page.getByLabel("Passord", { exact: true }).fill(PASSWORD);
    await page.getByLabel("Organisasjonens navn").fill(orgName);
    await page.getByLabel("Sektor").selectOption({ label: "Beboergruppe" });
    await page.getByRole("button", { name: "Registrer" }).click();
    await confirmSignup(page, email);

    await page.goto("/konto");
    const form = section(page, "Slett kontoen");
    // Without the confirmation nothing happens.
    await form.getByLabel("Nåværende passord").fill(PASSWORD);
    await form.getByRole("button", { name: "Slett kontoen" }).click();
    await expect(form.getByText("Kryss av for å bekrefte at du vil slette kontoen.")).toBeVisible();

    await form.getByLabel("Nåværende passord").fill(PASSWORD);
    await form.getByLabel("Ja, jeg vil slette kontoen min for godt").check();
    await form.getByRole("button", { name: "Slett kontoen" }).click();
    await expect(page).toHaveURL(/\/\?konto-slettet$/);
    await expect(page.getByRole("link", { name: "Logg inn" })).toBeVisible();

    await page.goto("/min-side");
    await expect(page).toHaveURL(/\/logg-inn/);
    await page.getByLabel("E-post").fill(email);
    await page.getByLabel("Passord").fill(PASSWORD);
    await page.getByRole("button", { name: "Logg inn", exact: true }).click();
    await expect(page.getByRole("alert")).toContainText("E-postadressen eller passordet er feil.");

    const db = e2eDb();
    try {
      expect(db.prepare("SELECT count(*) AS n FROM users WHERE email = ?").get(email)).toEqual({ n: 0 });
      expect(db.prepare("SELECT status, registered_by_user_id FROM organisations WHERE name = ?").get(orgName)).toEqual({
        status: "pending",
        registered_by_user_id: null,
      });
      const deleted = db.prepare("SELECT actor_user_id, details FROM audit_events WHERE action = 'user.deleted' ORDER BY id DESC LIMIT 1").get() as {
        actor_user_id: number | null;
        details: string;
      };
      expect(deleted.actor_user_id).toBeNull();
      expect(deleted.details).not.toContain(email);
    } finally {
      db.close();
    }
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, expectedConsoleErrors: [/status of 400/] });

  test("the account forms work as plain HTML forms", async ({ page }) => {
    const email = await freshUser("uten-js");
    await logIn(page, email, PASSWORD);
    await page.goto("/konto");
    const name = section(page, "Navn");
    await name.getByLabel("Navnet ditt").fill("");
    await name.getByRole("button", { name: "Lagre navn" }).click();
    await expect(page.getByRole("alert")).toContainText("Skjemaet har 1 feil");
    await expect(section(page, "Navn").getByText("Skriv navnet ditt.")).toBeVisible();
    await section(page, "Navn").getByLabel("Navnet ditt").fill("Uten Skript");
    await section(page, "Navn").getByRole("button", { name: "Lagre navn" }).click();
    await expect(page).toHaveURL(/\/konto\?lagret=navn$/);
    await expect(page.getByRole("status")).toHaveText("Navnet er endret.");
    await expect(section(page, "Navn").getByLabel("Navnet ditt")).toHaveValue("Uten Skript");
  });
});

test.describe("universal design", () => {
  test.use({ expectedConsoleErrors: [/status of 400/] });

  test("the account page has one h1 and h2 per section, and no WCAG A/AA violations, also with errors", async ({ page, browser }) => {
    test.slow(); // three full axe scans
    const email = await freshUser("ud");
    const other = await secondBrowser(browser, email);
    await logIn(page, email, PASSWORD);
    await page.goto("/konto");
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    await expect(page.getByRole("main").getByRole("heading", { level: 2 })).toHaveText([
      "Navn",
      "Språk",
      "E-postadresse",
      "Passord",
      "Hvor du er logget inn",
      "Dataene dine",
      "Slett kontoen",
    ]);
    await expectNoAxeViolations(page, page.url(), { include: "main" });

    const form = section(page, "Slett kontoen");
    await form.getByRole("button", { name: "Slett kontoen" }).click();
    await expect(form.getByText("Kryss av for å bekrefte at du vil slette kontoen.")).toBeVisible();
    await expectNoAxeViolations(page, page.url(), { include: "main" });
    await other.context.close();

    await page.goto("/konto/epost/ugyldig-lenke-som-ikke-finnes-000");
    await expect(page.getByText("Lenken er ugyldig, allerede brukt eller utløpt.")).toBeVisible();
    await expectNoAxeViolations(page, page.url(), { include: "main" });
  });

  test("the account page fits a 320 px wide screen, with 44 px buttons", async ({ page, browser }) => {
    const email = await freshUser("smal");
    const other = await secondBrowser(browser, email);
    await logIn(page, email, PASSWORD);
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto("/konto");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    for (const button of await page.getByRole("main").getByRole("button").all()) {
      expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    }
    await other.context.close();
  });
});
