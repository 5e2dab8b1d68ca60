import { afterEach, describe, expect, it, vi } from "vitest";
import { action, loader } from "~/routes/sprak";
import { languageCookie, languageFromRequest, messagesFor } from "./language.server";

const env = vi.hoisted(() => ({ secureCookies: false }));
// vi.mock is hoisted above the imports, so the modules under test see this environment.
vi.mock("~/utils/env.server", () => ({ getEnv: () => env }));

const withCookie = (cookie?: string) => new Request("http://localhost/partnere", { headers: cookie ? { cookie } : {} });

function post(fields: Record<string, string>, cookie?: string) {
  return new Request("http://localhost/sprak", {
    method: "POST",
    body: new URLSearchParams(fields),
    headers: { "Content-Type": "application/x-www-form-urlencoded", ...(cookie ? { cookie } : {}) },
  });
}

const actionArgs = (request: Request) => ({ request, params: {}, context: {} }) as Parameters<typeof action>[0];

afterEach(() => {
  env.secureCookies = false;
});

describe("the reader's language", () => {
  it("comes from the laget_sprak cookie, and is bokmål without it", () => {
    expect(languageFromRequest(withCookie())).toBe("nb");
    expect(languageFromRequest(withCookie("laget_sprak=en"))).toBe("en");
    expect(languageFromRequest(withCookie("laget_sesjon=abc; laget_sprak=en; annet=1"))).toBe("en");
    expect(languageFromRequest(withCookie("laget_sprak=nb"))).toBe("nb");
  });

  it("ignores unknown values and never guesses from Accept-Language", () => {
    expect(languageFromRequest(withCookie("laget_sprak=de"))).toBe("nb");
    expect(languageFromRequest(withCookie("x_laget_sprak=en"))).toBe("nb");
    const english = new Request("http://localhost/", { headers: { "Accept-Language": "en-GB,en;q=0.9" } });
    expect(languageFromRequest(english)).toBe("nb");
  });

  it("gives server-side text in that language", () => {
    expect(messagesFor(withCookie("laget_sprak=en")).meta.lang).toBe("en");
    expect(messagesFor(withCookie()).meta.lang).toBe("nb");
  });

  it("is remembered for a year, for the whole site, out of reach of scripts", () => {
    expect(languageCookie("en")).toBe("laget_sprak=en; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly");
    env.secureCookies = true;
    expect(languageCookie("nb")).toBe("laget_sprak=nb; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly; Secure");
  });
});

describe("POST /sprak", () => {
  it("sets the cookie and goes back to the page, search included", async () => {
    const response = await action(actionArgs(post({ lang: "en", tilbake: "/partnere?sektor=voluntary" })));
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/partnere?sektor=voluntary");
    expect(response.headers.get("Set-Cookie")).toMatch(/^laget_sprak=en; /);
  });

  it("goes to the front page for a missing or foreign address", async () => {
    for (const tilbake of [undefined, "https://evil.example/", "//evil.example"]) {
      const response = await action(actionArgs(post({ lang: "nb", ...(tilbake ? { tilbake } : {}) })));
      expect(response.headers.get("Location")).toBe("/");
    }
  });

  it("refuses an unknown language with a message in the current language, and sets nothing", async () => {
    const refused = await action(actionArgs(post({ lang: "de" })));
    expect(refused.status).toBe(400);
    expect(refused.headers.get("Set-Cookie")).toBeNull();
    expect(await refused.text()).toBe("Ukjent språk. Velg nb (norsk bokmål) eller en (engelsk).");
    const english = await action(actionArgs(post({}, "laget_sprak=en")));
    expect(english.status).toBe(400);
    expect(await english.text()).toBe("Unknown language. Choose nb (Norwegian Bokmål) or en (English).");
  });

  it("changes nothing on GET", () => {
    const response = loader();
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/");
    expect(response.headers.get("Set-Cookie")).toBeNull();
  });
});
