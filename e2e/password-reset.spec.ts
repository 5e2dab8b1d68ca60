import { hash } from "@node-rs/argon2";
import { e2eDb, lastMailTo } from "./db";
import { expect, test } from "./fixtures";
import { logIn } from "./session";

/** A fresh account straight in the database, so changing its password disturbs no other test. */
async function freshUser(prefix: string): Promise<string> {
  const email = `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e6)}@example.test`;
  const passwordHash = await hash("gammelt passord 2026", { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 });
  const db = e2eDb();
  db.prepare("INSERT INTO users (email, name, password_hash, role) VALUES (?, ?, ?, 'none')").run(email, "Test Tilbakestilling", passwordHash);
  db.close();
  return email;
}

function resetLinkPath(email: string): string {
  const mail = lastMailTo(email);
  const link = /https?:\/\/\S+\/tilbakestill-passord\/\S+/.exec(mail?.body_text ?? "")?.[0];
  if (!link) throw new Error(`no reset link mailed to ${email}`);
  return new URL(link).pathname;
}

test("a person resets a forgotten password with the mailed link, which then stops working", async ({ page, browser }) => {
  const email = await freshUser("glemt");
  // A session in another browser must end when the password is reset.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await logIn(otherPage, email, "gammelt passord 2026");

  await page.goto("/logg-inn");
  await page.getByRole("link", { name: "Glemt passordet?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Glemt passord" })).toBeVisible();
  await page.getByLabel("E-post").fill(email);
  await page.getByRole("button", { name: "Send lenke" }).click();
  await expect(page.getByRole("status")).toContainText("Hvis adressen har en konto i Laget");

  const path = resetLinkPath(email);
  await page.goto(path);
  await page.getByLabel("Nytt passord").fill("helt nytt og langt passord");
  await page.getByRole("button", { name: "Lagre nytt passord" }).click();
  await expect(page).toHaveURL(/\/logg-inn\?tilbakestilt$/);
  await expect(page.getByRole("status")).toContainText("Passordet er endret");

  await page.getByLabel("E-post").fill(email);
  await page.getByLabel("Passord").fill("helt nytt og langt passord");
  await page.getByRole("button", { name: "Logg inn", exact: true }).click();
  await expect(page).toHaveURL(/\/min-side$/);

  await otherPage.goto("/min-side");
  await expect(otherPage).toHaveURL(/\/logg-inn/);
  await other.close();

  await page.goto(path);
  await expect(page.getByText("Lenken er ugyldig, brukt eller utløpt.")).toBeVisible();
});

test("asking for a reset answers identically for known and unknown addresses", async ({ request, baseURL }) => {
  const known = await freshUser("kjent");
  const unknown = `ukjent-${Date.now()}@example.test`;
  const ask = (email: string) =>
    request.post("/glemt-passord", { form: { email }, headers: { Origin: baseURL! }, maxRedirects: 0 });
  const a = await ask(known);
  const b = await ask(unknown);
  expect(a.status()).toBe(b.status());
  expect(a.headers()["location"]).toBe(b.headers()["location"]);
  expect(await a.text()).toBe(await b.text());
  expect(lastMailTo(known)?.subject).toBe("Nytt passord i Laget");
  expect(lastMailTo(unknown)).toBeUndefined();
});

test.describe(() => {
  test.use({ expectedConsoleErrors: [/status of 400/] });
  test("a weak new password is refused with a Norwegian message and the link stays usable", async ({ page }) => {
    const email = await freshUser("svak");
    await page.goto("/glemt-passord");
    await page.getByLabel("E-post").fill(email);
    await page.getByRole("button", { name: "Send lenke" }).click();
    await expect(page.getByRole("status")).toBeVisible();
    const path = resetLinkPath(email);
    await page.goto(path);
    await page.getByLabel("Nytt passord").fill("kort");
    await page.getByRole("button", { name: "Lagre nytt passord" }).click();
    await expect(page.getByText("Passordet må ha mellom 10 og 256 tegn.").first()).toBeVisible();
    await page.getByLabel("Nytt passord").fill(`${email.split("@")[0]}-og-mer`);
    await page.getByRole("button", { name: "Lagre nytt passord" }).click();
    await expect(page.getByText("Passordet kan ikke inneholde e-postadressen din.").first()).toBeVisible();
    await page.getByLabel("Nytt passord").fill("et godt passord til slutt");
    await page.getByRole("button", { name: "Lagre nytt passord" }).click();
    await expect(page).toHaveURL(/tilbakestilt/);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, expectedConsoleErrors: [/status of 400/] });
  test("the reset forms work as plain HTML", async ({ page }) => {
    const email = await freshUser("utenjs");
    await page.goto("/glemt-passord");
    await page.getByRole("button", { name: "Send lenke" }).click();
    await expect(page.getByText("Skriv e-postadressen.").first()).toBeVisible();
    await page.getByLabel("E-post").fill(email);
    await page.getByRole("button", { name: "Send lenke" }).click();
    await expect(page.getByText(/Hvis adressen har en konto/)).toBeVisible();
    await page.goto(resetLinkPath(email));
    await page.getByLabel("Nytt passord").fill("1234567890");
    await page.getByRole("button", { name: "Lagre nytt passord" }).click();
    await expect(page.getByText("Passordet er blant de mest brukte passordene. Velg et annet.").first()).toBeVisible();
    await page.getByLabel("Nytt passord").fill("nytt passord uten javascript");
    await page.getByRole("button", { name: "Lagre nytt passord" }).click();
    await expect(page).toHaveURL(/tilbakestilt/);
  });
});
