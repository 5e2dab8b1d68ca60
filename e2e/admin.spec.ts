import { expectNoAxeViolations } from "./axe";
import { e2eDb } from "./db";
import { expect, test } from "./fixtures";
import { logIn } from "./session";

/** A new person with no role, straight into the database; the demo accounts' roles stay as they are. */
function insertUser(label: string): { id: number; email: string; name: string } {
  const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const email = `${label}-${unique}@example.test`;
  const name = `Testperson ${label} ${unique}`;
  const db = e2eDb();
  try {
    const row = db
      .prepare("INSERT INTO users (email, name, password_hash, role) VALUES (?, ?, 'ikke-et-passord', 'none') RETURNING id")
      .get(email, name) as { id: number };
    return { id: row.id, email, name };
  } finally {
    db.close();
  }
}

function query<T>(sql: string, ...params: unknown[]): T {
  const db = e2eDb();
  try {
    return db.prepare(sql).get(...params) as T;
  } finally {
    db.close();
  }
}

function uniqueName(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
}

test.describe("an administrator", () => {
  test("makes a fresh user a coordinator for a programme, and the log shows and filters the change", async ({ page }) => {
    const person = insertUser("koordinator");
    await logIn(page, "admin@laget.test");
    await page.goto("/admin");
    await expect(page.getByRole("heading", { level: 1, name: "Administrasjon" })).toBeVisible();
    await page.getByRole("navigation", { name: "Administrasjon" }).getByRole("link", { name: "Brukere" }).click();

    const search = page.getByRole("search", { name: "Finn brukere" });
    await search.getByLabel("Navn eller e-post").fill(person.email);
    await search.getByRole("button", { name: "Vis" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Fant 1 bruker" })).toBeVisible();
    await page.getByRole("link", { name: person.name }).click();

    const panel = page.getByRole("region", { name: `Endre ${person.name}` });
    await expect(panel.getByText("Gi personen rollen koordinator for å tildele satsinger.")).toBeVisible();
    await panel.getByLabel("Rolle i Laget").selectOption({ label: "Koordinator" });
    await panel.getByRole("button", { name: "Lagre rollen" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Rollen er endret." })).toBeVisible();

    await panel.getByLabel("Satsing").selectOption({ label: "Groruddalssatsingen" });
    await panel.getByRole("button", { name: "Tildel satsingen" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Satsingen er tildelt." })).toBeVisible();
    await expect(panel.getByRole("button", { name: "Fjern: Groruddalssatsingen" })).toBeVisible();

    // The list shows the new role and programme.
    const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: person.name }) });
    await expect(row.getByRole("cell").nth(1)).toHaveText("Koordinator");
    await expect(row.getByRole("cell").nth(2)).toHaveText("Groruddalssatsingen");

    expect(query("SELECT role FROM users WHERE id = ?", person.id)).toEqual({ role: "coordinator" });
    expect(
      query("SELECT p.slug FROM coordinator_assignments ca JOIN programmes p ON p.id = ca.programme_id WHERE ca.user_id = ?", person.id)
    ).toEqual({ slug: "groruddalssatsingen" });
    expect(
      query(
        `SELECT a.details, u.email AS actor FROM audit_events a JOIN users u ON u.id = a.actor_user_id
         WHERE a.action = 'user.role_changed' AND a.entity_type = 'user' AND a.entity_id = ?`,
        person.id
      )
    ).toEqual({ details: JSON.stringify({ from: "none", to: "coordinator" }), actor: "admin@laget.test" });

    // The audit log, filtered by action.
    await page.getByRole("navigation", { name: "Administrasjon" }).getByRole("link", { name: "Logg", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Logg" })).toBeVisible();
    await page.getByLabel("Handling").selectOption("user.role_changed");
    await page.getByRole("button", { name: "Filtrer" }).click();
    await expect(page).toHaveURL(/\/admin\/logg\?handling=user\.role_changed$/);
    const table = page.getByRole("table", { name: "Hendelser, nyeste først" });
    // Retried, not read once: the address changes before React has drawn the filtered log.
    const actions = table.locator("tbody tr td:nth-of-type(2)");
    await expect(actions.filter({ hasNotText: /^Endret rolle i Laget$/ })).toHaveCount(0);
    await expect(actions.first()).toHaveText("Endret rolle i Laget");
    // Who it concerns is named, not numbered.
    const change = table.getByRole("row").filter({ hasText: `Bruker: ${person.name}` });
    await expect(change).toHaveCount(1);
    await expect(change).toContainText("Ada Administrator");
    await expect(change).toContainText("admin@laget.test");
    await expect(change.getByRole("listitem")).toHaveText(["fra: none", "til: coordinator"]);

    // Following the entity link shows everything that happened to the person.
    await change.getByRole("link", { name: `Bruker: ${person.name} – vis alle hendelser for denne` }).click();
    await expect(page).toHaveURL(new RegExp(`\\?type=user&id=${person.id}$`));
    await expect(table.locator("tbody tr td:nth-of-type(2)")).toHaveText(["Gjorde til koordinator for satsing", "Endret rolle i Laget"]);
  });

  test("creates an area under Bydel Grorud and sees it in the tree", async ({ page }) => {
    const name = uniqueName("Testområde");
    await logIn(page, "admin@laget.test");
    await page.goto("/admin/omrader");
    await expect(page.getByRole("heading", { level: 1, name: "Områder" })).toBeVisible();
    await page.getByLabel("Navn").fill(name);
    await page.getByLabel("Type").selectOption({ label: "Delbydel" });
    await page.getByLabel("Ligger under").selectOption({ label: "– Bydel Grorud" });
    await page.getByLabel("Innbyggere").fill("1200");
    await page.getByRole("button", { name: "Opprett området" }).click();

    await expect(page.getByRole("status").filter({ hasText: "Området er opprettet." })).toBeVisible();
    const tree = page.getByRole("region", { name: "Områdetreet" });
    // The innermost list item with Bydel Grorud's link is Bydel Grorud's own; the new area is inside it.
    const grorud = tree
      .getByRole("listitem")
      .filter({ has: page.getByRole("link", { name: "Bydel Grorud", exact: true }) })
      .last();
    const link = grorud.getByRole("link", { name, exact: true });
    await expect(link).toBeVisible();
    await expect(link.locator("xpath=following-sibling::span")).toHaveText(/^Delbydel · 1\s200 innbyggere$/);

    const row = query<{ kind: string; population: number; parent: string; slug: string }>(
      "SELECT a.kind, a.population, a.slug, p.slug AS parent FROM areas a JOIN areas p ON p.id = a.parent_id WHERE a.name = ?",
      name
    );
    expect(row).toMatchObject({ kind: "sub_district", population: 1200, parent: "bydel-grorud" });
    expect(row.slug).toMatch(/^testomrade-[a-z0-9]+$/);
    await expect(page).toHaveURL(new RegExp(`/admin/omrader/${row.slug}\\?lagret=areaCreated$`));
  });

  test("creates a programme, adds sub-programmes and reorders them", async ({ page }) => {
    const name = uniqueName("Testsatsing");
    await logIn(page, "admin@laget.test");
    await page.goto("/admin/satsinger");
    const create = page.getByRole("region", { name: "Ny satsing" });
    await create.getByLabel("Navn").fill(name);
    await create.getByLabel("Kommune").fill("Oslo");
    await create.getByLabel("Startår").fill("2026");
    await create.getByRole("button", { name: "Opprett satsingen" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Satsingen er opprettet." })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: `Endre ${name}` })).toBeVisible();

    const add = page.getByRole("region", { name: "Legg til delprogram" });
    await add.getByLabel("Navn").fill("Bolig og byrom");
    await add.getByRole("button", { name: "Legg til delprogrammet" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Delprogrammet er lagt til." })).toBeVisible();
    await add.getByLabel("Navn").fill("Arbeid");
    await add.getByRole("button", { name: "Legg til delprogrammet" }).click();
    await expect(page.getByRole("heading", { level: 4, name: "2. Arbeid" })).toBeVisible();

    await page.getByRole("button", { name: "Flytt opp: Arbeid" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Rekkefølgen er endret." })).toBeVisible();
    await expect(page.getByRole("heading", { level: 4 })).toHaveText(["1. Arbeid", "2. Bolig og byrom", "Legg til delprogram"]);

    const db = e2eDb();
    try {
      const subs = db
        .prepare(
          "SELECT s.slug, s.position FROM subprogrammes s JOIN programmes p ON p.id = s.programme_id WHERE p.name = ? ORDER BY s.position"
        )
        .all(name);
      expect(subs).toEqual([
        { slug: "arbeid", position: 0 },
        { slug: "bolig-og-byrom", position: 1 },
      ]);
    } finally {
      db.close();
    }

    // An unused sub-programme can be removed.
    await page.getByRole("button", { name: "Fjern: Bolig og byrom" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Delprogrammet er fjernet." })).toBeVisible();
    await expect(page.getByRole("heading", { level: 4 })).toHaveText(["1. Arbeid", "Legg til delprogram"]);
  });
});

test.describe("refusals", () => {
  test.use({ expectedConsoleErrors: [/status of 40[03]/] });

  test("an administrator cannot remove their own admin role", async ({ page }) => {
    await logIn(page, "admin@laget.test");
    await page.goto("/admin/brukere?q=admin%40laget.test");
    await page.getByRole("link", { name: "Ada Administrator" }).click();
    const panel = page.getByRole("region", { name: "Endre Ada Administrator" });
    await expect(panel.getByText("Dette er deg. Du kan ikke fjerne din egen administratorrolle.")).toBeVisible();
    await panel.getByLabel("Rolle i Laget").selectOption({ label: "Ingen rolle" });
    await panel.getByRole("button", { name: "Lagre rollen" }).click();
    await expect(
      panel.getByText("Du kan ikke fjerne din egen administratorrolle. Be en annen administrator om å gjøre det.")
    ).toBeVisible();
    await expect(panel.getByLabel("Rolle i Laget")).toHaveAttribute("aria-invalid", "true");
    await expect(panel.getByLabel("Rolle i Laget")).toHaveValue("none");
    expect(query("SELECT role FROM users WHERE email = 'admin@laget.test'")).toEqual({ role: "admin" });
  });

  test("a sub-programme in use cannot be removed, and bad area input is refused next to the fields", async ({ page }) => {
    await logIn(page, "admin@laget.test");
    await page.goto("/admin/satsinger/groruddalssatsingen");
    await page.getByRole("button", { name: "Fjern: Nærmiljø" }).click();
    await expect(page.getByRole("alert")).toContainText("Delprogrammet kan ikke fjernes fordi det brukes av");
    expect(
      query(
        "SELECT count(*) AS n FROM subprogrammes s JOIN programmes p ON p.id = s.programme_id WHERE p.slug = 'groruddalssatsingen' AND s.slug = 'narmiljo'"
      )
    ).toEqual({ n: 1 });

    const name = uniqueName("Feilområde");
    await page.goto("/admin/omrader");
    await page.getByLabel("Navn").fill(name);
    await page.getByLabel("Adresse").fill("Ikke Gyldig");
    await page.getByLabel("Sluttår for områdeløftet").fill("2030");
    await page.getByRole("button", { name: "Opprett området" }).click();
    await expect(page.getByText("Bruk bare små bokstaver a–z, sifre og bindestrek").first()).toBeVisible();
    await expect(page.getByText("Velg hva slags område det er.").first()).toBeVisible();
    await expect(page.getByLabel("Navn")).toHaveValue(name);
    await expect(page.getByLabel("Adresse")).toHaveValue("Ikke Gyldig");
    expect(query("SELECT count(*) AS n FROM areas WHERE name = ?", name)).toEqual({ n: 0 });

    // Bydel Grorud's own sub-districts are not offered as its parent; a tampered form choosing one is refused.
    await page.goto("/admin/omrader/bydel-grorud");
    const parent = page.getByLabel("Ligger under");
    await expect(parent.locator("option", { hasText: "Romsås" })).toHaveCount(0);
    const romsas = query<{ id: number }>("SELECT id FROM areas WHERE slug = 'romsas'").id;
    await parent.evaluate((select, id) => {
      const option = document.createElement("option");
      option.value = id;
      option.textContent = "Romsås";
      select.append(option);
    }, String(romsas));
    await parent.selectOption(String(romsas));
    await page.getByRole("button", { name: "Lagre området" }).click();
    await expect(page.getByText("Et område kan ikke ligge under seg selv eller et av sine egne underområder.").first()).toBeVisible();
    expect(query("SELECT p.slug FROM areas a JOIN areas p ON p.id = a.parent_id WHERE a.slug = 'bydel-grorud'")).toEqual({ slug: "oslo" });
  });

  for (const email of ["partner@laget.test", "koordinator@laget.test"]) {
    test(`${email} gets 403 on the admin pages`, async ({ page }) => {
      await logIn(page, email);
      for (const path of ["/admin", "/admin/brukere", "/admin/logg"]) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(403);
        await expect(page.getByRole("heading", { level: 1, name: "Ingen tilgang" })).toBeVisible();
      }
    });
  }

  test("a partner's POST to /admin/brukere gets 403 and changes nothing", async ({ page, baseURL }) => {
    const person = insertUser("offer");
    await logIn(page, "partner@laget.test");
    const partnerId = query<{ id: number }>("SELECT id FROM users WHERE email = 'partner@laget.test'").id;
    const auditBefore = query<{ n: number }>(
      "SELECT count(*) AS n FROM audit_events WHERE action LIKE 'user.role%' OR action LIKE 'coordinator.%'"
    ).n;
    const forms: Record<string, string>[] = [
      { intent: "changeRole", userId: String(partnerId), role: "admin" },
      { intent: "changeRole", userId: String(person.id), role: "coordinator" },
      { intent: "assign", userId: String(person.id), programmeId: "1" },
    ];
    for (const form of forms) {
      const response = await page.request.post("/admin/brukere", { form, headers: { Origin: baseURL! }, maxRedirects: 0 });
      expect(response.status()).toBe(403);
    }
    expect(query("SELECT role FROM users WHERE id = ?", partnerId)).toEqual({ role: "none" });
    expect(query("SELECT role FROM users WHERE id = ?", person.id)).toEqual({ role: "none" });
    expect(query("SELECT count(*) AS n FROM coordinator_assignments WHERE user_id = ?", person.id)).toEqual({ n: 0 });
    expect(query("SELECT count(*) AS n FROM audit_events WHERE action LIKE 'user.role%' OR action LIKE 'coordinator.%'")).toEqual({
      n: auditBefore,
    });
  });
});

test("anonymous visitors are sent to the login page", async ({ page }) => {
  for (const path of ["/admin", "/admin/brukere", "/admin/satsinger", "/admin/omrader", "/admin/logg"]) {
    await page.goto(path);
    await expect(page).toHaveURL(new RegExp(`/logg-inn\\?til=${encodeURIComponent(path)}$`));
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an administrator changes a role and filters the log with plain forms", async ({ page }) => {
    const person = insertUser("utenjs");
    await logIn(page, "admin@laget.test");
    await page.goto(`/admin/brukere?q=${encodeURIComponent(person.email)}`);
    await page.getByRole("link", { name: person.name }).click();
    await page.getByLabel("Rolle i Laget").selectOption({ label: "Administrator" });
    await page.getByRole("button", { name: "Lagre rollen" }).click();
    await expect(page.getByText("Rollen er endret.")).toBeVisible();
    expect(query("SELECT role FROM users WHERE id = ?", person.id)).toEqual({ role: "admin" });

    await page.goto("/admin/logg");
    await page.getByLabel("Gjelder type").selectOption("user");
    await page.getByLabel("Gjelder ID").fill(String(person.id));
    await page.getByRole("button", { name: "Filtrer" }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/logg\\?type=user&id=${person.id}$`));
    await expect(page.getByRole("status")).toHaveText("Fant 1 hendelse");
    await expect(page.getByRole("table").getByRole("listitem")).toHaveText(["fra: none", "til: admin"]);
  });
});

test.describe("accessibility", () => {
  test("the admin pages have no axe violations and fit a 320 px screen", async ({ page }) => {
    test.setTimeout(120_000);
    await logIn(page, "admin@laget.test");
    const coordinatorId = query<{ id: number }>("SELECT id FROM users WHERE email = 'koordinator@laget.test'").id;
    for (const path of [
      "/admin",
      `/admin/brukere/${coordinatorId}`,
      "/admin/satsinger",
      "/admin/satsinger/groruddalssatsingen",
      "/admin/omrader/romsas",
      "/admin/logg",
    ]) {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
      await expectNoAxeViolations(page, path, { bestPractices: true });
      await page.setViewportSize({ width: 320, height: 800 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});
