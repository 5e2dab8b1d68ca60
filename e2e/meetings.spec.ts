/**
 * Meetings and stops (issue 22), at 360 px as staff use them on a phone: the Levekårsløftet
 * coordinator creates a caravan series (a wrong period is refused and keeps what was typed), cancels
 * one stop (an empty notice is refused), and the iCal feed — fetched and parsed here, line by line —
 * shows that stop STATUS:CANCELLED under the same UID with its SEQUENCE moved on, in Oslo time with
 * Europe/Oslo's VTIMEZONE. The public sees the calendar and the notice. The same without JavaScript
 * (a single meeting, moved), and axe at 320 and 1280 px in bokmål and English on every page.
 * The spec makes its own meetings in 2031; the demo's are only read.
 */
import { expectNoAxeViolations } from "./axe";
import { expect, test } from "./fixtures";
import { logIn } from "./session";

const STINE = "stavanger-koordinator@laget.test";
// Refused forms answer 400, as they should.
test.use({ expectedConsoleErrors: [/status of 400/], viewport: { width: 360, height: 800 } });

const slugOf = (title: string) => title.toLowerCase().replace(/æ/g, "ae").replace(/ø/g, "o").replace(/å/g, "a").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

type Component = { name: string; props: { name: string; params: Record<string, string>; value: string }[]; children: Component[] };

/**
 * A strict RFC 5545 reader for the test: every line ends in CRLF, folded lines (CRLF then a space or
 * tab) are unfolded, each content line is NAME[;PARAM=VALUE…]:VALUE, and BEGIN/END nest properly.
 * Anything else fails the test.
 */
function parseICalendar(text: string): Component {
  expect(text.endsWith("\r\n"), "the calendar ends with CRLF").toBe(true);
  expect(/(^|[^\r])\n/.test(text), "every line break is CRLF").toBe(false);
  const lines = text.slice(0, -2).replace(/\r\n[ \t]/g, "").split("\r\n");
  const root: Component = { name: "", props: [], children: [] };
  const stack = [root];
  for (const line of lines) {
    const match = /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^;:,"]*)(?:,(?:"[^"]*"|[^;:,"]*))*)*):(.*)$/.exec(line);
    expect(match, `a content line: ${line}`).not.toBeNull();
    const [, name, paramText, value] = match!;
    const params = Object.fromEntries([...paramText!.matchAll(/;([A-Za-z0-9-]+)=("[^"]*"|[^;]*)/g)].map((m) => [m[1]!.toUpperCase(), m[2]!]));
    const top = stack[stack.length - 1]!;
    if (name!.toUpperCase() === "BEGIN") {
      const child: Component = { name: value!, props: [], children: [] };
      top.children.push(child);
      stack.push(child);
    } else if (name!.toUpperCase() === "END") {
      expect(top.name, "END matches its BEGIN").toBe(value);
      stack.pop();
    } else {
      top.props.push({ name: name!.toUpperCase(), params, value: value! });
    }
  }
  expect(stack, "every BEGIN has its END").toHaveLength(1);
  expect(root.children.map((c) => c.name)).toEqual(["VCALENDAR"]);
  return root.children[0]!;
}
const prop = (c: Component, name: string) => c.props.find((p) => p.name === name);
const unescapeText = (v: string) => v.replace(/\\n/gi, "\n").replace(/\\([,;\\])/g, "$1");

async function fetchCalendar(request: import("@playwright/test").APIRequestContext, query: string) {
  const response = await request.get(`/moter.ics${query}`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  const calendar = parseICalendar(await response.text());
  expect(prop(calendar, "VERSION")?.value).toBe("2.0");
  expect(prop(calendar, "PRODID")).toBeTruthy();
  const timezone = calendar.children.find((c) => c.name === "VTIMEZONE");
  expect(prop(timezone!, "TZID")?.value).toBe("Europe/Oslo");
  expect(timezone!.children.map((c) => c.name).sort()).toEqual(["DAYLIGHT", "STANDARD"]);
  return calendar.children.filter((c) => c.name === "VEVENT");
}

test("a coordinator creates a caravan series on a phone, cancels one stop, and the calendar feed shows it cancelled under the same UID", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const title = `Vogna på prøve ${Date.now().toString(36)}`;
  await logIn(page, STINE);
  await page.goto("/koordinator/moter?satsing=levekarsloftet");
  await expect(page.getByRole("heading", { level: 1, name: "Møter og stopp" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Koordinatormeny" }).getByRole("link", { name: "Møter", exact: true })).toHaveAttribute("aria-current", "page");
  await page.getByRole("link", { name: "Ny serie" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ny serie med møter" })).toBeVisible();

  await page.getByLabel("Område").selectOption({ label: "– – Lervig" });
  await page.getByLabel("Type møte").selectOption({ label: "Stopp med Levekårsløftet på hjul" });
  await page.getByLabel("Tittel").fill(title);
  await page.getByLabel("Ukedag").selectOption({ label: "tirsdag" });
  await page.getByLabel("Hvor ofte").selectOption({ label: "Annenhver uke" });
  await page.getByLabel("Fra dato").fill("2031-02-28");
  await page.getByLabel("Til og med dato").fill("2031-01-01");
  await page.getByLabel("Starter kl.").fill("16.00");
  await page.getByLabel("Slutter kl.").fill("19:00");
  await page.getByLabel("Sted", { exact: true }).fill("Lervigsparken");
  await page.getByRole("button", { name: "Opprett serien" }).click();
  // A wrong period: a Norwegian message, and what was typed is still there.
  await expect(page.locator("[data-error-summary]")).toContainText("Serien må slutte etter at den begynner.");
  await expect(page.getByLabel("Tittel")).toHaveValue(title);
  await expect(page.getByLabel("Sted", { exact: true })).toHaveValue("Lervigsparken");

  await page.getByLabel("Fra dato").fill("2031-01-01");
  await page.getByLabel("Til og med dato").fill("2031-02-28");
  await page.getByRole("button", { name: "Opprett serien" }).click();
  await expect(page.getByText("Serien er opprettet med 4 møter.")).toBeVisible();

  const slug = `${slugOf(title)}-2031-02-04`;
  const before = (await fetchCalendar(page.request, "?omrade=lervig")).filter((e) => unescapeText(prop(e, "SUMMARY")!.value) === title);
  expect(before).toHaveLength(4);
  const stop = before.find((e) => prop(e, "DTSTART")!.value === "20310204T160000")!;
  expect(prop(stop, "DTSTART")!.params.TZID).toBe("Europe/Oslo");
  expect(prop(stop, "DTEND")!.value).toBe("20310204T190000");
  expect(prop(stop, "STATUS")?.value).toBe("CONFIRMED");
  expect(prop(stop, "DTSTAMP")!.value).toMatch(/^\d{8}T\d{6}Z$/);
  const uid = prop(stop, "UID")!.value;
  const sequence = Number(prop(stop, "SEQUENCE")!.value);

  await page.goto(`/koordinator/moter/${slug}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await page.getByRole("button", { name: "Avlys møtet" }).click();
  await expect(page.locator("[data-error-summary]")).toContainText("Fyll ut feltet.");
  await page.getByRole("region", { name: "Avlys møtet" }).getByLabel("Beskjed til de som skulle komme").fill("Vogna er på verksted. Neste stopp er 18. februar.");
  await page.getByRole("button", { name: "Avlys møtet" }).click();
  await expect(page.getByText("Møtet er avlyst.", { exact: true })).toBeVisible();
  await expect(page.getByText("Dette møtet er historie og kan ikke endres.")).toBeVisible();

  const after = (await fetchCalendar(page.request, "?omrade=lervig")).filter((e) => unescapeText(prop(e, "SUMMARY")!.value) === title);
  expect(after).toHaveLength(4);
  const cancelled = after.find((e) => prop(e, "UID")!.value === uid)!;
  expect(prop(cancelled, "STATUS")?.value).toBe("CANCELLED");
  expect(Number(prop(cancelled, "SEQUENCE")!.value)).toBeGreaterThan(sequence);
  expect(unescapeText(prop(cancelled, "DESCRIPTION")!.value)).toContain("Vogna er på verksted.");
  expect(after.filter((e) => prop(e, "STATUS")?.value === "CANCELLED")).toHaveLength(1);

  // The public: the calendar with the notice, the meeting's page, and the feed without a session.
  const visitor = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const pub = await visitor.newPage();
  await pub.goto("/moter?omrade=lervig");
  await expect(pub.getByRole("heading", { level: 1, name: "Møter og stopp" })).toBeVisible();
  const item = pub.getByRole("listitem").filter({ hasText: title }).filter({ hasText: "Avlyst" });
  await expect(item).toContainText("Vogna er på verksted.");
  await pub.getByRole("link", { name: title }).first().click();
  await expect(pub.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await pub.goto(`/moter/${slug}`);
  await expect(pub.getByText("Møtet er avlyst", { exact: true })).toBeVisible();
  const anonymous = await fetchCalendar(visitor.request, "");
  expect(anonymous.find((e) => prop(e, "UID")!.value === uid)?.props.find((p) => p.name === "STATUS")?.value).toBe("CANCELLED");
  // The demo's internal partners' meeting is not in the public feed or calendar.
  expect(anonymous.some((e) => prop(e, "SUMMARY")!.value.startsWith("Samarbeidsmøte"))).toBe(false);
  expect((await visitor.request.get("/moter/samarbeidsmote-for-partnerne-pa-romsas-2027-01-20")).status()).toBe(404);
  await visitor.close();
});

test("the demo's cancelled caravan stop is cancelled in the feed, and unknown filters are a 404", async ({ request }) => {
  const events = await fetchCalendar(request, "?satsing=levekarsloftet");
  const lervig = events.filter((e) => prop(e, "SUMMARY")!.value === "Levekårsløftet på hjul på Lervig");
  expect(lervig.find((e) => prop(e, "DTSTART")!.value === "20270223T160000")?.props.find((p) => p.name === "STATUS")?.value).toBe("CANCELLED");
  // Summer time: 16:00 in Oslo stays 16:00 in June.
  expect(lervig.some((e) => prop(e, "DTSTART")!.value === "20270601T160000")).toBe(true);
  expect((await request.get("/moter.ics?omrade=finnes-ikke")).status()).toBe(404);
  expect((await request.get("/moter?satsing=finnes-ikke")).status()).toBe(404);
  const atom = await request.get("/moter.atom?omrade=lervig");
  expect(atom.headers()["content-type"]).toContain("application/atom+xml");
  expect(await atom.text()).toContain("AVLYST: Levekårsløftet på hjul på Lervig");
});

test("a held meeting is closed with the number of attendees, the organisations present and a summary", async ({ page }) => {
  const title = `Holdt nabomote ${Date.now().toString(36)}`;
  await logIn(page, STINE);
  await page.goto("/koordinator/moter/ny?satsing=levekarsloftet");
  await page.getByLabel("Område").selectOption({ label: "– – Badedammen" });
  await page.getByLabel("Type møte").selectOption({ label: "Åpent møte" });
  await page.getByLabel("Tittel").fill(title);
  await page.getByLabel("Dato").fill("2024-05-07");
  await page.getByLabel("Starter kl.").fill("18:00");
  await page.getByLabel("Slutter kl.").fill("20:00");
  await page.getByLabel("Sted", { exact: true }).fill("Badedammen");
  await page.getByRole("button", { name: "Opprett møtet" }).click();
  await expect(page.getByText("Møtet er opprettet.")).toBeVisible();
  const close = page.getByRole("region", { name: "Avslutt møtet" });
  await close.getByLabel("Antall deltakere").fill("mange");
  await close.getByLabel("Kort oppsummering").fill("Ønsker lys i parken.");
  await close.getByRole("button", { name: "Avslutt møtet" }).click();
  await expect(page.locator("[data-error-summary]")).toContainText("Skriv antall deltakere som et helt tall, for eksempel 25.");
  await expect(page.getByRole("region", { name: "Avslutt møtet" }).getByLabel("Kort oppsummering")).toHaveValue("Ønsker lys i parken.");
  await page.getByRole("region", { name: "Avslutt møtet" }).getByLabel("Antall deltakere").fill("27");
  await page.getByRole("region", { name: "Avslutt møtet" }).getByRole("button", { name: "Avslutt møtet" }).click();
  await expect(page.getByText("Møtet er avsluttet.", { exact: true })).toBeVisible();
  await page.goto(`/moter/${slugOf(title)}-2024-05-07`);
  await expect(page.getByText("27 deltakere")).toBeVisible();
  await expect(page.getByText("Ønsker lys i parken.")).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a single meeting is created, refused with what was typed kept, and moved with plain forms", async ({ page }) => {
    const title = `Nabomøte ${Date.now().toString(36)}`;
    await page.goto("/logg-inn");
    await page.getByLabel("E-post").fill(STINE);
    await page.getByLabel("Passord").fill("demo-passord-2026");
    await page.getByRole("button", { name: "Logg inn", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.goto("/koordinator/moter/ny?satsing=levekarsloftet");
    await page.getByLabel("Område").selectOption({ label: "– – Emmaus" });
    await page.getByLabel("Type møte").selectOption({ label: "Åpent møte" });
    await page.getByLabel("Tittel").fill(title);
    await page.getByLabel("Dato").fill("9999-01-01");
    await page.getByLabel("Starter kl.").fill("18:00");
    await page.getByLabel("Slutter kl.").fill("17:00");
    await page.getByRole("button", { name: "Opprett møtet" }).click();
    await expect(page.locator("[data-error-summary]")).toContainText("Skriv datoen som ÅÅÅÅ-MM-DD, mellom år 2000 og 2100.");
    await expect(page.locator("[data-error-summary]")).toContainText("Skriv hvor møtet er.");
    await expect(page.getByLabel("Tittel")).toHaveValue(title);
    await page.getByLabel("Dato").fill("2031-05-06");
    await page.getByLabel("Slutter kl.").fill("20:00");
    await page.getByLabel("Sted", { exact: true }).fill("Emmaus menighetshus");
    await page.getByRole("button", { name: "Opprett møtet" }).click();
    await expect(page.getByText("Møtet er opprettet.")).toBeVisible();
    await page.getByRole("region", { name: "Flytt møtet" }).getByLabel("Dato").fill("2031-05-13");
    await page.getByRole("region", { name: "Flytt møtet" }).getByLabel("Beskjed til de som skulle komme").fill("Flyttet en uke på grunn av 17. mai-forberedelser.");
    await page.getByRole("button", { name: "Flytt møtet" }).click();
    await expect(page.getByText("Møtet er flyttet.", { exact: true })).toBeVisible();
    await page.goto(`/moter/${slugOf(title)}-2031-05-06`);
    await expect(page.getByText("Møtet er flyttet", { exact: true })).toBeVisible();
    await expect(page.getByText(/13\. mai 2031 kl\. 18:00–20:00/)).toBeVisible();
  });
});

test("the meeting pages have no axe violations at 320 and 1280 px, in bokmål and English", async ({ page, context, baseURL }) => {
  test.setTimeout(240_000);
  const groups: [string | null, string[]][] = [
    [null, ["/moter", "/moter?omrade=storhaug", "/moter/levekarsloftet-pa-hjul-pa-lervig-2027-02-23", "/moter/apent-mote-om-romsas-senter-2026-10-15", "/omrader/lervig"]],
    [STINE, ["/koordinator/moter?satsing=levekarsloftet", "/koordinator/moter/ny", "/koordinator/moter/serie", "/koordinator/moter/levekarsloftet-pa-hjul-pa-lervig-2027-03-09"]],
    ["partner@laget.test", ["/min-side/moter", "/moter/samarbeidsmote-for-partnerne-pa-romsas-2027-01-20"]],
  ];
  for (const [who, paths] of groups) {
    await context.clearCookies();
    if (who) await logIn(page, who);
    for (const lang of ["nb", "en"]) {
      await context.addCookies([{ name: "laget_sprak", value: lang, url: baseURL! }]);
      for (const path of paths) {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
        for (const width of [320, 1280]) {
          await page.setViewportSize({ width, height: 900 });
          await expectNoAxeViolations(page, `${path} (${lang}) at ${width} px`);
          if (width === 320) {
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
            expect(overflow, `${path} overflows at 320 px`).toBeLessThanOrEqual(0);
          }
        }
      }
    }
  }
});
