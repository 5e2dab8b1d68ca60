import { expect, test } from "./fixtures";

/**
 * What only a browser shows about the response cache (server/response-cache.ts; the server-side
 * rules are proven in server/response-cache.test.ts): a repeat visit revalidates and gets 304, the
 * browser keeps the policy that matches the nonce in the body it kept, and that page still runs its
 * scripts. The fixture fails the test on any console error, a CSP violation included.
 */
test("a repeat visit is answered with 304 and the kept page still runs its scripts", async ({ page }) => {
  // Playwright and the DevTools response event report a revalidated document with the kept status
  // (200); the raw status from the wire is in responseReceivedExtraInfo.
  const devtools = await page.context().newCDPSession(page);
  await devtools.send("Network.enable");
  const documents = new Set<string>();
  const wireStatuses: number[] = [];
  devtools.on("Network.requestWillBeSent", ({ requestId, type, request }) => {
    if (type === "Document" && new URL(request.url).pathname === "/partnere") documents.add(requestId);
  });
  devtools.on("Network.responseReceivedExtraInfo", ({ requestId, statusCode }) => {
    if (documents.has(requestId)) wireStatuses.push(statusCode);
  });

  const first = await page.goto("/partnere");
  expect(await first!.headerValue("content-security-policy")).toContain("'nonce-");
  await page.reload();
  const kept = await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(wireStatuses[0]).toBe(200);
  expect(wireStatuses.slice(1)).toContain(304);
  // The 304 on the wire brings no policy, so the one kept with the body (and its nonce) still applies.
  expect(await kept!.headerValue("content-security-policy")).toBeNull();

  // Client-side navigation works only if the kept page's scripts ran: the document stays the same.
  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
  await page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Tiltak" }).click();
  await expect(page).toHaveURL(/\/tiltak$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
});
