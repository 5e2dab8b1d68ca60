/**
 * The partner's side, as a fresh organisation owner (registered through /registrer, approved in the
 * database): profile with refused input (nothing saved), logo, asking to join a tiltak (approved in
 * the database: the coordinator workspace is built separately), a public and a partners-only update,
 * and what an anonymous visitor then sees. The whole journey runs with JavaScript on and off.
 */
import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import sharp from "sharp";
import { orgNumberCheckDigit } from "../app/validation/org-number";
import { e2eDb } from "./db";
import { expect, test } from "./fixtures";
import { confirmSignup, logIn } from "./session";

/** The password of the organisations this spec registers. */
const PASSWORD = "demo-passord-2026";
const INITIATIVE = { slug: "leksehjelp-pa-romsas", title: "Leksehjelp på Romsås" };
const XSS = `<script>alert("xss")</script><img src=x onerror=alert(1)>`;

function freshOrgNumber(): string {
  for (;;) {
    const first = String(10_000_000 + Math.floor(Math.random() * 89_999_999));
    const check = orgNumberCheckDigit(first);
    if (check === null) continue;
    const value = `${first}${check}`;
    const db = e2eDb();
    try {
      if (!db.prepare("SELECT 1 FROM organisations WHERE org_number = ?").get(value)) return value;
    } finally {
      db.close();
    }
  }
}

function run<T>(fn: (db: ReturnType<typeof e2eDb>) => T): T {
  const db = e2eDb();
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

async function registerApprovedOrganisation(page: Page, label: string) {
  const id = `${label}-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  const email = `partner-${id}@example.test`;
  const orgName = `Testlaget ${id}`;
  await page.goto("/registrer");
  await page.getByLabel("Navnet ditt").fill("Pia Partner");
  await page.getByLabel("E-post").fill(email);
  await page.getByLabel("Passord", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Organisasjonens navn").fill(orgName);
  await page.getByLabel("Sektor").selectOption({ label: "Frivillig lag eller organisasjon" });
  await page.getByLabel("Organisasjonsnummer").fill(freshOrgNumber());
  await page.getByRole("button", { name: "Registrer" }).click();
  await confirmSignup(page, email);
  const slug = run((db) => {
    db.prepare("UPDATE organisations SET status = 'approved', approved_at = ? WHERE name = ?").run(Date.now(), orgName);
    return (db.prepare("SELECT slug FROM organisations WHERE name = ?").get(orgName) as { slug: string }).slug;
  });
  return { email, orgName, slug };
}

const organisationRow = (slug: string) =>
  run((db) => db.prepare("SELECT id, name, description, website, logo_file, status, last_confirmed_at FROM organisations WHERE slug = ?").get(slug)) as {
    id: number;
    name: string;
    description: string;
    website: string | null;
    logo_file: string | null;
    status: string;
    last_confirmed_at: number | null;
  };

for (const javaScriptEnabled of [true, false]) {
  test.describe(`partner journey (JavaScript ${javaScriptEnabled ? "on" : "off"})`, () => {
    test.use({ javaScriptEnabled, expectedConsoleErrors: [/status of 400/] });

    test("edits the profile, joins a tiltak, posts updates; the public sees only the public one", async ({ page, browser }) => {
      test.setTimeout(90_000);
      let dialogs = 0;
      page.on("dialog", async (d) => {
        dialogs++;
        await d.dismiss();
      });
      const { orgName, slug } = await registerApprovedOrganisation(page, javaScriptEnabled ? "js" : "nojs");

      // The overview reminds about a profile never confirmed.
      await page.goto("/min-side");
      await expect(page.getByText("Profilen er ikke bekreftet ennå")).toBeVisible();

      // --- Profile: refused input, nothing saved ---
      await page.goto("/min-side/profil");
      await expect(page.getByRole("heading", { level: 1, name: `Profil for ${orgName}` })).toBeVisible();
      const before = organisationRow(slug);
      await page.getByLabel("Nettside").fill("ftp://ikke-en-nettside");
      await page.getByLabel("Beskrivelse").fill("a".repeat(5001));
      await page.getByLabel("Offentlig telefon").fill("22 33 (44)");
      await page.getByRole("button", { name: "Lagre profilen" }).click();
      await expect(page.getByText("Skriv en gyldig nettadresse som begynner med https:// eller http://.").first()).toBeVisible();
      await expect(page.getByText("Beskrivelsen kan ha høyst 5000 tegn.").first()).toBeVisible();
      await expect(page.getByText("Telefonnummeret kan bare inneholde sifre, mellomrom og +.").first()).toBeVisible();
      await expect(page.getByLabel("Nettside")).toHaveValue("ftp://ikke-en-nettside");
      expect(organisationRow(slug)).toEqual(before);

      // A wrong-type logo (an HTML file named .png) and a 3 MB image are refused.
      await page.getByLabel("Velg logo").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: Buffer.from(`<html><body>${XSS}</body></html>`) });
      await page.getByRole("button", { name: "Last opp logoen" }).click();
      await expect(page.getByText("Logoen må være et bilde i formatet PNG, JPEG eller WebP.").first()).toBeVisible();
      const big = Buffer.alloc(3 * 1024 * 1024);
      (await sharp({ create: { width: 8, height: 8, channels: 3, background: "#fff" } }).png().toBuffer()).copy(big);
      await page.getByLabel("Velg logo").setInputFiles({ name: "stor.png", mimeType: "image/png", buffer: big });
      await page.getByRole("button", { name: "Last opp logoen" }).click();
      await expect(page.getByText("Logoen er for stor. Den kan være høyst 2 MB.").first()).toBeVisible();
      expect(organisationRow(slug)).toEqual(before);

      // A good profile with markup in the free text, and a real logo.
      await page.getByLabel("Beskrivelse").fill(`Vi hjelper til.\n\n${XSS}`);
      await page.getByLabel("Nettside").fill("https://testlaget.example");
      await page.getByLabel("Offentlig telefon").fill("+47 22 33 44 55");
      await page.getByRole("button", { name: "Lagre profilen" }).click();
      await expect(page.getByText("Profilen er lagret.")).toBeVisible();
      const png = await sharp({ create: { width: 900, height: 300, channels: 3, background: "#2a6" } }).png().toBuffer();
      await page.getByLabel("Velg logo").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: png });
      await page.getByRole("button", { name: "Last opp logoen" }).click();
      await expect(page.getByText("Logoen er lagret.")).toBeVisible();
      const saved = organisationRow(slug);
      expect(saved.description).toContain("<script>");
      expect(saved.website).toBe("https://testlaget.example");
      expect(saved.logo_file).toMatch(/^[0-9a-f]{32}\.webp$/);
      const logo = await page.request.get(`/filer/logo/${saved.logo_file}`);
      expect(logo.status()).toBe(200);
      expect(logo.headers()["content-type"]).toBe("image/webp");
      expect(logo.headers()["x-content-type-options"]).toBe("nosniff");
      expect((await sharp(await logo.body()).metadata()).width).toBeLessThanOrEqual(512);

      await page.getByRole("button", { name: "Bekreft at profilen er oppdatert" }).click();
      await expect(page.getByText("Takk! Profilen er bekreftet som oppdatert.")).toBeVisible();
      expect(organisationRow(slug).last_confirmed_at).not.toBeNull();

      // The public profile shows the markup as text.
      await page.goto(`/partnere/${slug}`);
      await expect(page.getByText(XSS)).toBeVisible();

      // --- Ask to join a tiltak ---
      await page.goto("/min-side/tiltak");
      await page.getByLabel("Søk i tiltakene").fill(INITIATIVE.title);
      await page.getByRole("button", { name: "Søk", exact: true }).click();
      const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: INITIATIVE.title, exact: true }) });
      await item.locator("summary").click();
      await item.getByLabel("Rolle").selectOption({ label: "Bidragsyter" });
      await item.getByLabel("Melding til koordinatoren").fill(`Vi kan stille med frivillige. ${XSS}`);
      await item.getByRole("button", { name: `Send forespørselen om å bli med i «${INITIATIVE.title}»` }).click();
      await expect(page.getByText("Forespørselen er sendt.")).toBeVisible();
      await page.goto("/min-side");
      await expect(page.getByRole("region", { name: "Forespørsler som venter" }).getByRole("link", { name: INITIATIVE.title })).toBeVisible();

      // The coordinator approves (directly in the database; the coordinator workspace is separate).
      run((db) =>
        db
          .prepare(
            "UPDATE participations SET status = 'active', decided_at = ?, started_at = ? WHERE status = 'requested' AND organisation_id = (SELECT id FROM organisations WHERE slug = ?)",
          )
          .run(Date.now(), Date.now(), slug),
      );
      await page.goto("/min-side");
      await expect(page.getByRole("region", { name: "Tiltakene dere er med i" })).toContainText(`${INITIATIVE.title} – Rolle: Bidragsyter – Status: Aktiv`);

      // --- Updates ---
      const publicTitle = `Offentlig ${slug} ${XSS}`;
      const partnersTitle = `Bare for partnere ${slug}`;
      await page.goto("/min-side/oppdateringer");
      await page.getByLabel("Tiltak", { exact: true }).selectOption({ label: INITIATIVE.title });
      await page.getByLabel("Tittel", { exact: true }).fill(publicTitle);
      await page.getByLabel("Tekst", { exact: true }).fill(`Første linje.\n\n${XSS}`);
      await page.getByLabel("Dato for hendelsen (valgfritt)").fill("2026-05-02");
      await page.getByLabel("Hvem kan se oppdateringen?").selectOption({ label: "Offentlig" });
      await page.getByRole("button", { name: "Publiser" }).click();
      await expect(page.getByText("Oppdateringen er publisert.")).toBeVisible();

      await page.getByLabel("Tiltak", { exact: true }).selectOption({ label: INITIATIVE.title });
      await page.getByLabel("Tittel", { exact: true }).fill(partnersTitle);
      await page.getByLabel("Tekst", { exact: true }).fill("Bare for dem som er med.");
      await page.getByLabel("Hvem kan se oppdateringen?").selectOption({ label: "Partnere i tiltaket" });
      await page.getByRole("button", { name: "Publiser" }).click();
      await expect(page.getByText("Oppdateringen er publisert.")).toBeVisible();
      await expect(page.getByRole("heading", { name: publicTitle })).toBeVisible();
      await expect(page.getByRole("heading", { name: partnersTitle })).toBeVisible();

      // An anonymous visitor sees the public update (markup as text) and not the partners-only one.
      const visitor = await browser.newContext({ javaScriptEnabled });
      try {
        const anon = await visitor.newPage();
        anon.on("dialog", async (d) => {
          dialogs++;
          await d.dismiss();
        });
        await anon.goto(`/tiltak/${INITIATIVE.slug}`);
        await expect(anon.getByRole("heading", { name: publicTitle })).toBeVisible();
        await expect(anon.getByText(XSS).first()).toBeVisible();
        await expect(anon.getByText(partnersTitle)).toHaveCount(0);
        await anon.goto("/oppdateringer");
        await expect(anon.getByRole("heading", { name: publicTitle })).toBeVisible();
        await expect(anon.getByText(partnersTitle)).toHaveCount(0);
      } finally {
        await visitor.close();
      }
      expect(dialogs).toBe(0);
    });
  });
}

test.describe("a partner's update", () => {
  test.use({ expectedConsoleErrors: [/status of 400/] });

  test("is edited (audited), refused with bad input, shown hidden with the reason, and deleted from every view", async ({ page }) => {
    const { slug } = await registerApprovedOrganisation(page, "edit");
    run((db) =>
      db
        .prepare(
          "INSERT INTO participations (initiative_id, organisation_id, role, status, started_at) VALUES ((SELECT id FROM initiatives WHERE slug = ?), (SELECT id FROM organisations WHERE slug = ?), 'partner', 'active', ?)",
        )
        .run(INITIATIVE.slug, slug, Date.now()),
    );
    await page.goto("/min-side/oppdateringer");
    await page.getByLabel("Tittel", { exact: true }).fill(`Redigeres ${slug}`);
    await page.getByLabel("Tekst", { exact: true }).fill("Tekst.");
    await page.getByRole("button", { name: "Publiser" }).click();
    await expect(page.getByText("Oppdateringen er publisert.")).toBeVisible();
    await page.getByRole("link", { name: `Endre «Redigeres ${slug}»` }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Endre oppdateringen" })).toBeVisible();

    await page.getByLabel("Tittel", { exact: true }).fill("");
    await page.getByRole("button", { name: "Lagre endringene" }).click();
    await expect(page.getByLabel("Tittel", { exact: true })).toHaveAccessibleDescription("Skriv en tittel.");
    await page.getByLabel("Tittel", { exact: true }).fill(`Redigert ${slug}`);
    await page.getByRole("button", { name: "Lagre endringene" }).click();
    await expect(page.getByText("Oppdateringen er lagret.")).toBeVisible();
    const id = run((db) => (db.prepare("SELECT id FROM updates WHERE title = ?").get(`Redigert ${slug}`) as { id: number }).id);
    expect(run((db) => db.prepare("SELECT count(*) AS n FROM audit_events WHERE action = 'update.edited' AND entity_id = ?").get(id))).toEqual({ n: 1 });

    // A coordinator hid it (the hiding itself is the coordinator workspace's): the organisation sees why.
    run((db) => db.prepare("UPDATE updates SET hidden_at = ?, hidden_reason = ? WHERE id = ?").run(Date.now(), "Inneholder personopplysninger", id));
    await page.goto("/min-side/oppdateringer");
    await expect(page.getByText("Skjult av en koordinator. Begrunnelse: Inneholder personopplysninger")).toBeVisible();
    run((db) => db.prepare("UPDATE updates SET hidden_at = NULL, hidden_reason = NULL WHERE id = ?").run(id));

    await page.goto(`/tiltak/${INITIATIVE.slug}`);
    await expect(page.getByRole("heading", { name: `Redigert ${slug}` })).toBeVisible();
    await page.goto(`/min-side/oppdateringer/${id}`);
    await page.getByRole("button", { name: "Slett oppdateringen" }).click();
    await expect(page.getByText("Oppdateringen er slettet.")).toBeVisible();
    await page.goto(`/tiltak/${INITIATIVE.slug}`);
    await expect(page.getByText(`Redigert ${slug}`)).toHaveCount(0);
    await page.goto("/oppdateringer");
    await expect(page.getByText(`Redigert ${slug}`)).toHaveCount(0);
    expect(run((db) => db.prepare("SELECT count(*) AS n FROM updates WHERE id = ?").get(id))).toEqual({ n: 0 });
  });
});

test("the e-mail settings turn one kind off and keep the rest", async ({ page }) => {
  await registerApprovedOrganisation(page, "varsler");
  await page.goto("/varsler/innstillinger");
  await page.getByLabel("en koordinator har skjult en oppdatering").uncheck();
  await page.getByRole("button", { name: "Lagre innstillingene" }).click();
  await expect(page.getByText("Innstillingene er lagret.")).toBeVisible();
  await expect(page.getByLabel("en koordinator har skjult en oppdatering")).not.toBeChecked();
  await expect(page.getByLabel("organisasjonen er invitert til et tiltak")).toBeChecked();
});

test("the partner pages have one h1, no axe violations and no sideways scrolling at 320 and 1280 px", async ({ page }) => {
  test.setTimeout(90_000);
  await logIn(page, "partner@laget.test");
  for (const path of ["/min-side", "/min-side/profil", "/min-side/tiltak", "/min-side/oppdateringer", "/varsler/innstillinger"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await expectNoAxeViolations(page, `${path} at ${width} px`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${path} fits ${width} px`).toBe(true);
    }
  }
});
