import type { Page } from "@playwright/test";
import { e2eDb, lastMailTo } from "./db";
import { expect, test } from "./fixtures";
import { confirmSignup, logIn, logOut } from "./session";

/** Registers a new person with their own organisation; returns its name, slug and the person's e-mail. */
async function registerOwner(page: Page, label: string) {
  const unique = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
  const email = `${label}-${unique}@example.test`;
  const orgName = `Testlaget ${label} ${unique}`;
  await page.goto("/registrer");
  await page.getByLabel("Navnet ditt").fill(`Eier ${label}`);
  await page.getByLabel("E-post").fill(email);
  await page.getByLabel("Passord", { exact: true }).fill("et langt eierpassord 2026");
  await page.getByLabel("Organisasjonens navn").fill(orgName);
  await page.getByLabel("Sektor").selectOption({ label: "Beboergruppe" });
  await page.getByRole("button", { name: "Registrer" }).click();
  await confirmSignup(page, email);
  const db = e2eDb();
  const slug = (db.prepare("SELECT slug FROM organisations WHERE name = ?").get(orgName) as { slug: string }).slug;
  db.close();
  return { email, orgName, slug };
}

test("a person asks to join an organisation, the owner approves, and the person is a member", async ({ page, browser }) => {
  const owner = await registerOwner(page, "eier");

  const joinerContext = await browser.newContext();
  const joiner = await joinerContext.newPage();
  const joinerEmail = `medlem-${Date.now()}@example.test`;
  await joiner.goto(`/bli-med/${owner.slug}`);
  await expect(joiner.getByRole("heading", { level: 1 })).toHaveText(`Be om å bli med i ${owner.orgName}`);
  await joiner.getByLabel("Navnet ditt").fill("Mona Medlem");
  await joiner.getByLabel("E-post").fill(joinerEmail);
  await joiner.getByLabel("Passord", { exact: true }).fill("mona sitt lange passord");
  await joiner.getByLabel("Melding til eierne (valgfritt)").fill("Jeg leder sjakkgruppa på torsdager.");
  await joiner.getByRole("button", { name: "Send forespørsel" }).click();
  await confirmSignup(joiner, joinerEmail);
  expect(lastMailTo(owner.email)?.subject).toBe(`Noen vil bli med i ${owner.orgName}`);

  await page.goto(`/min-side/medlemmer/${owner.slug}`);
  const request = page.getByRole("listitem").filter({ hasText: "Mona Medlem" });
  await expect(request).toContainText("Jeg leder sjakkgruppa på torsdager.");
  await request.getByRole("button", { name: "Godkjenn" }).click();
  await expect(page.getByRole("status")).toContainText("Forespørselen er godkjent.");
  await expect(page.getByRole("region", { name: "Medlemmer" }).getByLabel("Rolle for Mona Medlem")).toHaveValue("editor");
  expect(lastMailTo(joinerEmail)?.subject).toBe(`Du er med i ${owner.orgName}`);

  await joiner.goto("/min-side");
  await expect(joiner.getByRole("heading", { level: 3, name: owner.orgName })).toBeVisible();
  await joinerContext.close();
});

test("an owner invites a colleague by e-mail; the one-time link creates the account and works once", async ({ page, browser }) => {
  const owner = await registerOwner(page, "inviterer");
  await page.goto(`/min-side/medlemmer/${owner.slug}`);
  const invitee = `kollega-${Date.now()}@example.test`;
  await page.getByLabel("E-postadressen til kollegaen").fill(invitee);
  await page.getByLabel("Rolle", { exact: true }).selectOption({ label: "Eier" });
  await page.getByRole("button", { name: "Send invitasjon" }).click();
  await expect(page.getByRole("status")).toContainText("Invitasjonen er sendt.");
  await expect(page.getByText(invitee)).toBeVisible();

  const mail = lastMailTo(invitee);
  const link = /https?:\/\/\S+\/invitasjon\/\S+/.exec(mail?.body_text ?? "")?.[0];
  expect(link).toBeTruthy();
  const db = e2eDb();
  const stored = db.prepare("SELECT token_hash FROM one_time_tokens WHERE email = ? AND purpose = 'invitation'").get(invitee) as { token_hash: string };
  db.close();
  const token = new URL(link!).pathname.split("/").pop()!;
  expect(stored.token_hash).not.toContain(token);
  expect(stored.token_hash).toMatch(/^[0-9a-f]{64}$/);

  const context = await browser.newContext();
  const colleague = await context.newPage();
  await colleague.goto(new URL(link!).pathname);
  await expect(colleague.getByRole("heading", { level: 1 })).toHaveText(`Invitasjon til ${owner.orgName}`);
  await colleague.getByLabel("Navnet ditt").fill("Kai Kollega");
  await colleague.getByLabel("Passord").fill("kai har et langt passord");
  await colleague.getByRole("button", { name: "Godta invitasjonen" }).click();
  await expect(colleague).toHaveURL(/\/min-side$/);
  await expect(colleague.getByRole("heading", { level: 3, name: owner.orgName })).toBeVisible();
  await expect(colleague.getByText("Eier", { exact: true })).toBeVisible();

  await colleague.goto(new URL(link!).pathname);
  await expect(colleague.getByText("Invitasjonen er ugyldig, brukt eller utløpt.")).toBeVisible();
  await context.close();
});

test.describe(() => {
  test.use({ expectedConsoleErrors: [/status of 40[03]/] });

  test("the last owner can be neither demoted nor removed", async ({ page }) => {
    const owner = await registerOwner(page, "eneeier");
    await page.goto(`/min-side/medlemmer/${owner.slug}`);
    await page.getByLabel("Rolle for Eier eneeier").selectOption({ label: "Redaktør" });
    await page.getByRole("button", { name: "Lagre rolle" }).click();
    await expect(page.getByRole("alert")).toContainText("Organisasjonen må ha minst én eier. Gi en annen eierrollen først.");
    await page.getByRole("button", { name: "Fjern Eier eneeier" }).click();
    await expect(page.getByRole("alert")).toContainText("Organisasjonen må ha minst én eier. Gi en annen eierrollen først.");
    const db = e2eDb();
    const rows = db
      .prepare("SELECT m.role, m.status FROM memberships m JOIN organisations o ON o.id = m.organisation_id WHERE o.slug = ?")
      .all(owner.slug);
    db.close();
    expect(rows).toEqual([{ role: "owner", status: "active" }]);
  });

  test("an owner of one organisation cannot manage another's members, not even by editing ids", async ({ page, baseURL }) => {
    const other = await registerOwner(page, "annen");
    await logOut(page);
    await logIn(page, "partner@laget.test");
    const response = await page.goto(`/min-side/medlemmer/${other.slug}`);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1, name: "Ingen tilgang" })).toBeVisible();

    const db = e2eDb();
    const membership = db
      .prepare("SELECT m.id FROM memberships m JOIN organisations o ON o.id = m.organisation_id WHERE o.slug = ?")
      .get(other.slug) as { id: number };
    const own = db.prepare("SELECT slug FROM organisations WHERE name = 'Leksehjelpa Romsås'").get() as { slug: string };
    db.close();
    // Posting the other organisation's membership id to the partner's own members page must not touch it.
    const post = await page.request.post(`/min-side/medlemmer/${own.slug}`, {
      form: { intent: "remove", membershipId: String(membership.id) },
      headers: { Origin: baseURL! },
    });
    expect(post.status()).toBe(404);
    const after = e2eDb();
    expect(after.prepare("SELECT status FROM memberships WHERE id = ?").get(membership.id)).toEqual({ status: "active" });
    after.close();
  });
});

test.describe(() => {
  test.use({ expectedConsoleErrors: [/status of 403/] });

  test("an invitation belongs to its address: someone signed in with another e-mail is told to sign in as the invited one and cannot accept", async ({ page, browser, baseURL }) => {
    await logIn(page, "partner@laget.test");
    await page.goto("/min-side/medlemmer/leksehjelpa-romsas");
    const invitee = `bundet-${Date.now()}@example.test`;
    await page.getByLabel("E-postadressen til kollegaen").fill(invitee);
    await page.getByRole("button", { name: "Send invitasjon" }).click();
    await expect(page.getByRole("status")).toContainText("Invitasjonen er sendt.");
    const link = /https?:\/\/\S+\/invitasjon\/\S+/.exec(lastMailTo(invitee)?.body_text ?? "")?.[0];
    expect(link).toBeTruthy();
    const path = new URL(link!).pathname;

    // The link reaches someone else, who is signed in with their own account.
    const context = await browser.newContext();
    const other = await context.newPage();
    await logIn(other, "stavanger-koordinator@laget.test");
    await other.goto(path);
    await expect(other.getByText(`Invitasjonen er sendt til ${invitee}, men du er logget inn som stavanger-koordinator@laget.test.`)).toBeVisible();
    await expect(other.getByRole("button", { name: "Godta invitasjonen" })).toHaveCount(0);
    // Posting the form anyway is refused, and the link stays valid for the invited person.
    const posted = await other.request.post(path, { headers: { Origin: baseURL! }, form: {}, maxRedirects: 0 });
    expect(posted.status()).toBe(403);
    const db = e2eDb();
    const memberships = db
      .prepare("SELECT count(*) AS n FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = 'stavanger-koordinator@laget.test'")
      .get() as { n: number };
    db.close();
    expect(memberships.n).toBe(0);

    // Switching account leads back to the invitation; the invited address (no account yet) can then accept.
    await other.getByRole("button", { name: "Logg ut og logg inn med den inviterte adressen" }).click();
    await expect(other).toHaveURL(/\/logg-inn\?utlogget&til=%2Finvitasjon%2F/);
    await other.goto(path);
    await other.getByLabel("Navnet ditt").fill("Bente Bundet");
    await other.getByLabel("Passord").fill("bente har et langt passord");
    await other.getByRole("button", { name: "Godta invitasjonen" }).click();
    await expect(other).toHaveURL(/\/min-side$/);
    await expect(other.getByRole("heading", { level: 3, name: "Leksehjelpa Romsås" })).toBeVisible();
    await context.close();
  });
});
