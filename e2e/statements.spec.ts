import { expectNoAxeViolations } from "./axe";
import type { Page } from "@playwright/test";
import { lastMailTo } from "./db";
import { expect, test } from "./fixtures";

const FEEDBACK_ADDRESS = "tilgjengelighet@laget.no";

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test.describe("the accessibility statement", () => {
  test("states the standard, the law, the testing, the known limitations and where to complain", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("contentinfo").getByRole("link", { name: "Tilgjengelighet" }).click();
    await expect(page).toHaveURL(/\/tilgjengelighet$/);
    await expect(page.getByRole("heading", { level: 1, name: "Tilgjengelighetserklæring for Laget" })).toBeVisible();
    for (const name of ["Krav vi følger", "Slik tester vi", "Kjente mangler", "Si fra om noe ikke virker", "Klage"]) {
      await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
    }
    await expect(page.getByText(/WCAG 2\.1 på nivå AA/)).toBeVisible();
    await expect(page.getByText(/likestillings- og diskrimineringsloven/)).toBeVisible();
    await expect(page.getByText(/samme informasjonen står derfor også i en tabell/)).toBeVisible();
    await expect(page.getByRole("link", { name: FEEDBACK_ADDRESS })).toHaveAttribute("href", `mailto:${FEEDBACK_ADDRESS}`);
    await expect(page.getByRole("link", { name: /Tilsynet for universell utforming av ikt/ })).toHaveAttribute(
      "href",
      /uutilsynet\.no/,
    );
    await expectNoAxeViolations(page, page.url(), { bestPractices: true });
    await page.setViewportSize({ width: 320, height: 800 });
    await expectNoSidewaysScroll(page);
  });

  test.describe(() => {
    test.use({ expectedConsoleErrors: [/status of 400/] });

    test("an empty message is refused next to the field, and what was typed stays", async ({ page }) => {
      await page.goto("/tilgjengelighet");
      await page.getByLabel("Hvilken side gjelder det? (valgfritt)").fill("/samarbeid");
      await page.getByLabel("E-postadressen din (valgfritt)").fill("ikke-en-adresse");
      await page.getByRole("button", { name: "Send tilbakemelding" }).click();

      const message = page.getByLabel("Hva fungerer ikke?");
      await expect(message).toHaveAttribute("aria-invalid", "true");
      await expect(message).toHaveAccessibleDescription(/Skriv hva som ikke fungerer\./);
      await expect(page.getByLabel("E-postadressen din (valgfritt)")).toHaveAccessibleDescription(/Skriv en gyldig e-postadresse/);
      await expect(page.getByRole("alert").filter({ hasText: "Skjemaet har 2 feil" })).toBeVisible();
      await expect(page.getByLabel("Hvilken side gjelder det? (valgfritt)")).toHaveValue("/samarbeid");
      await expect(page.getByLabel("E-postadressen din (valgfritt)")).toHaveValue("ikke-en-adresse");
      await expectNoAxeViolations(page, page.url(), { bestPractices: true });
    });

    test("the server answers a bad submission with 400", async ({ request, baseURL }) => {
      const response = await request.post("/tilgjengelighet", {
        headers: { Origin: baseURL! },
        form: { message: "", page: "x" },
      });
      expect(response.status()).toBe(400);
      expect(await response.text()).toContain("Skriv hva som ikke fungerer.");
    });
  });

  test("a message with an address for the reply reaches the outbox and the page thanks", async ({ page }) => {
    const text = `Knappen på /samarbeid leses ikke opp (${Date.now()})`;
    await page.goto("/tilgjengelighet");
    await page.getByLabel("Hva fungerer ikke?").fill(text);
    await page.getByLabel("Hvilken side gjelder det? (valgfritt)").fill("/samarbeid");
    await page.getByLabel("E-postadressen din (valgfritt)").fill("leser@eksempel.no");
    await page.getByRole("button", { name: "Send tilbakemelding" }).click();

    await expect(page).toHaveURL(/\/tilgjengelighet\?takk=1/);
    await expect(page.getByRole("status").filter({ hasText: "Takk! Vi har fått tilbakemeldingen din" })).toBeVisible();
    await expect(page.getByLabel("Hva fungerer ikke?")).toHaveValue("");
    const mail = lastMailTo(FEEDBACK_ADDRESS);
    expect(mail?.subject).toBe("Tilbakemelding om tilgjengelighet i Laget");
    expect(mail?.body_text).toContain(text);
    expect(mail?.body_text).toContain("leser@eksempel.no");
    expect(mail?.body_text).toContain("/samarbeid");
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, expectedConsoleErrors: [/status of 400/] });

  test("the feedback form works as a plain HTML form", async ({ page }) => {
    const text = `Kontrasten i bunnteksten er for svak (${Date.now()})`;
    await page.goto("/tilgjengelighet");
    await page.getByRole("button", { name: "Send tilbakemelding" }).click();
    await expect(page.getByLabel("Hva fungerer ikke?")).toHaveAccessibleDescription(/Skriv hva som ikke fungerer\./);

    await page.getByLabel("Hva fungerer ikke?").fill(text);
    await page.getByRole("button", { name: "Send tilbakemelding" }).click();
    await expect(page).toHaveURL(/\/tilgjengelighet\?takk=1/);
    await expect(page.getByText("Takk! Vi har fått tilbakemeldingen din")).toBeVisible();
    expect(lastMailTo(FEEDBACK_ADDRESS)?.body_text).toContain(text);
  });
});

test.describe("the privacy statement", () => {
  test("has its headings, the retention times, the cookies and the contacts", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("contentinfo").getByRole("link", { name: "Personvern" }).click();
    await expect(page).toHaveURL(/\/personvern$/);
    await expect(page.getByRole("heading", { level: 1, name: "Personvernerklæring for Laget" })).toBeVisible();
    for (const name of [
      "Hva vi lagrer, hvorfor og hvor lenge",
      "Hvem ser hva",
      "Rettighetene dine",
      "Informasjonskapsler (cookies)",
      "Kontakt og klage",
    ]) {
      await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
    }
    for (const name of ["Kontoen din", "Innloggingsøkter", "Endringslogg", "Tellere mot misbruk"]) {
      await expect(page.getByRole("heading", { level: 3, name })).toBeVisible();
    }
    await expect(page.getByText("24 timer.")).toBeVisible();
    await expect(page.getByText("5 år.")).toBeVisible();
    await expect(page.getByText("90 dager.")).toBeVisible();
    const cookies = page.getByRole("table", { name: "Informasjonskapsler i Laget" });
    await expect(cookies.getByRole("rowheader")).toHaveText(["laget_sesjon", "laget_sprak"]);
    await expect(page.getByText(/ingen sporing, ingen analyseverktøy/)).toBeVisible();
    await expect(page.getByRole("link", { name: "kontosiden din" }).first()).toHaveAttribute("href", "/konto");
    await expect(page.getByRole("link", { name: "personvern@laget.no" })).toHaveAttribute("href", "mailto:personvern@laget.no");
    await expect(page.getByRole("link", { name: /Datatilsynet/ })).toHaveAttribute("href", /datatilsynet\.no/);
    await expectNoAxeViolations(page, page.url(), { bestPractices: true });
    await page.setViewportSize({ width: 320, height: 800 });
    await expectNoSidewaysScroll(page);
  });
});
