/**
 * A 403 or 404 inside a workspace (/koordinator, /admin, /min-side) keeps the workspace's navigation
 * around the one error page; someone who does not belong in the workspace at all gets the plain page.
 */
import { expect, test } from "./fixtures";
import { logIn } from "./session";

test.use({ expectedConsoleErrors: [/status of 40[34]/] });

test("a coordinator's unknown tiltak is not found, inside the coordinator navigation", async ({ page }) => {
  await logIn(page, "koordinator@laget.test");
  const response = await page.goto("/koordinator/tiltak/finnes-ikke");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Fant ikke siden" })).toBeVisible();
  await expect(page).toHaveTitle(/^Fant ikke siden/);
  const nav = page.getByRole("navigation", { name: "Koordinatormeny" });
  await expect(nav).toBeVisible();
  // The way back works from the error page.
  await nav.getByRole("link", { name: "Tiltak" }).click();
  await expect(page).toHaveURL(/\/koordinator\/tiltak$/);
  await expect(page.getByRole("heading", { level: 1, name: "Fant ikke siden" })).toHaveCount(0);
});

test("a partner's unknown update is not found, inside the Min side navigation", async ({ page }) => {
  await logIn(page, "partner@laget.test");
  const response = await page.goto("/min-side/oppdateringer/999999");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Fant ikke siden" })).toBeVisible();
  await expect(page).toHaveTitle(/^Fant ikke siden/);
  const nav = page.getByRole("navigation", { name: "Min side", exact: true });
  await expect(nav).toBeVisible();
  await nav.getByRole("link", { name: "Oppdateringer" }).click();
  await expect(page).toHaveURL(/\/min-side\/oppdateringer$/);
  await expect(page.getByRole("heading", { level: 1, name: "Fant ikke siden" })).toHaveCount(0);
});

test("an admin's unknown user is not found, inside the admin navigation", async ({ page }) => {
  await logIn(page, "admin@laget.test");
  const response = await page.goto("/admin/brukere/999999");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Fant ikke siden" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Administrasjon" })).toBeVisible();
});

test("a partner gets the plain 403 page in the coordinators' and admins' workspaces, without their navigation", async ({ page }) => {
  await logIn(page, "partner@laget.test");
  for (const path of ["/koordinator", "/koordinator/tiltak/finnes-ikke", "/admin"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { level: 1, name: "Ingen tilgang" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Koordinatormeny" })).toHaveCount(0);
    await expect(page.getByRole("navigation", { name: "Administrasjon" })).toHaveCount(0);
  }
});

test("a coordinator, who has no organisation, gets the plain 403 page on Min side", async ({ page }) => {
  await logIn(page, "koordinator@laget.test");
  const response = await page.goto("/min-side/oppdateringer");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "Ingen tilgang" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Min side", exact: true })).toHaveCount(0);
});
