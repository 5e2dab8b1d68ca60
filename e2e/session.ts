import type { Page } from "@playwright/test";
import { e2eDb } from "./db";
import { expect } from "./fixtures";

/** The password every demo account has (DEMO_PASSWORD in db/seed.ts, which the e2e process does not load). */
export const DEMO_PASSWORD = "demo-passord-2026";

/** The heading of each role's workspace, where logging in without a return path lands. */
export const WORKSPACE_HEADING = /^(Min side|Oversikt: .+|Administrasjon)$/;

/**
 * Logs in through the form and waits until the person's workspace (Min side for partners, the
 * dashboard for coordinators, Administrasjon for admins) has been rendered, not merely until the
 * address has changed: the router changes the address before React has committed the new page,
 * and a test that navigates away in that gap interrupts a render. (React's "Root did not complete",
 * #345, that once failed CI runs came from a key press or click before hydration: ADR 009.)
 */
export async function logIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/logg-inn");
  await page.getByLabel("E-post").fill(email);
  await page.getByLabel("Passord").fill(password);
  await page.getByRole("button", { name: "Logg inn", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: WORKSPACE_HEADING })).toBeVisible();
}

/** Logs out with the header's button and waits until the log-in page has been rendered. */
export async function logOut(page: Page) {
  await page.getByRole("button", { name: "Logg ut", exact: true }).click();
  await expect(page).toHaveURL(/\/logg-inn\?utlogget/);
  await expect(page.getByRole("heading", { level: 1, name: "Logg inn" })).toBeVisible();
}

/**
 * After signing up (registering, or asking to join with a new account): the form answered "check
 * your e-mail"; this opens the confirmation link from the mail to `email`, as the person would, and
 * confirms, which signs them in on Min side. The mail is written after the answer, so it is waited for.
 */
export async function confirmSignup(page: Page, email: string) {
  await expect(page.getByRole("heading", { level: 1, name: "Sjekk e-posten din" }).or(page.getByRole("heading", { level: 2, name: "Sjekk e-posten din" }))).toBeVisible();
  let link: string | undefined;
  await expect
    .poll(() => {
      const db = e2eDb();
      try {
        const mail = db
          .prepare("SELECT body_text FROM email_outbox WHERE lower(\"to\") = lower(?) AND subject = 'Bekreft e-postadressen din i Laget' ORDER BY id DESC LIMIT 1")
          .get(email) as { body_text: string } | undefined;
        link = /\/registrer\/bekreft\/[A-Za-z0-9_-]+/.exec(mail?.body_text ?? "")?.[0];
        return link;
      } finally {
        db.close();
      }
    })
    .toBeTruthy();
  await page.goto(link!);
  await page.getByRole("button", { name: "Bekreft og logg inn" }).click();
  await expect(page).toHaveURL(/\/min-side\?bekreftet$/);
  await expect(page.getByRole("heading", { level: 1, name: "Min side" })).toBeVisible();
}
