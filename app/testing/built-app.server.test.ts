import { describe, expect, it } from "vitest";
import { seedDemoData } from "../../db/seed";
import { getDb } from "../utils/db.server";
import { formRequest, getRequest, loadBuiltApp, sessionCookieFor } from "./built-app.server";

describe("built app harness", () => {
  it("renders pages and runs actions of the real build", async () => {
    await seedDemoData(getDb());
    const app = await loadBuiltApp();
    const page = await app(getRequest("/partnere"));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("<html");
    const cookie = await sessionCookieFor("partner@laget.test");
    const mine = await app(getRequest("/min-side", { cookie }));
    expect(mine.status).toBe(200);
    const bad = await app(formRequest("/logg-inn", { email: "", password: "" }));
    expect(bad.status).toBe(400);
  });
});
