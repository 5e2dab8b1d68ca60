import type { APIRequestContext } from "@playwright/test";
import { e2eDb } from "./db";
import { expect, test } from "./fixtures";
import { PUBLIC_PAGES } from "./public-pages";

/**
 * Loaders and the open-data API return only public fields. An anonymous visitor crawls every public
 * page (both languages), the list pages' detail pages, the Atom feeds and the API, and nothing may
 * contain a person's name or e-mail, anything of a pending, rejected or archived organisation, a
 * hidden or members-only update, a non-public or archived tiltak, or a decision reason; every
 * e-mail-like and phone-like string must be an approved organisation's public contact.
 */

// Short strings (a first name that is also a place, "Alna") would match innocent text: skip them.
const MIN_FORBIDDEN_LENGTH = 6;

// Laget's own addresses (privacy, accessibility feedback) and the invented examples in form hints.
const SITE_ADDRESSES = [
  "tilgjengelighet@laget.no",
  "personvern@laget.no",
  "navn@eksempel.no",
  "name@example.com",
  "post@organisasjon.no",
  "post@organisasjonen.no",
  "post@organisation.no",
];

const EMAIL = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/g;
// Norwegian numbers: 8 digits, alone or grouped 2-2-2-2 or 3-2-3, optionally +47. Not inside a
// longer token (timestamps, ids, hashes, asset names, org numbers).
const PHONE = /(?<![\w/.+-])(?:\+47 ?)?(?:\d{2} \d{2} \d{2} \d{2}|\d{3} \d{2} \d{3}|\d{8})(?![\w/-]|\.\d)/g;

const phoneDigits = (s: string) => s.replace(/\D/g, "").replace(/^47(?=\d{8}$)/, "");

type Rules = { forbidden: Map<string, string>; emails: Set<string>; phones: Set<string> };

/** Reads what must not be public, and the public contacts, from the e2e database now. */
function readRules(): Rules {
  const db = e2eDb();
  try {
    const forbidden = new Map<string, string>();
    const add = (what: string, value: unknown) => {
      if (typeof value !== "string" && typeof value !== "number") return;
      const s = String(value).trim().toLowerCase();
      if (s.length >= MIN_FORBIDDEN_LENGTH) forbidden.set(s, what);
    };
    const rows = (sql: string) => db.prepare(sql).all() as Record<string, unknown>[];
    for (const u of rows("SELECT email, name FROM users")) {
      add("a user's e-mail", u.email);
      add("a user's name", u.name);
    }
    for (const o of rows("SELECT slug, name, org_number, description, status FROM organisations WHERE status != 'approved'")) {
      add(`a ${o.status} organisation's name`, o.name);
      add(`a ${o.status} organisation's slug`, o.slug);
      add(`a ${o.status} organisation's org number`, o.org_number);
      if (typeof o.org_number === "string") add(`a ${o.status} organisation's org number`, o.org_number.replace(/(\d{3})(\d{3})(\d{3})/, "$1 $2 $3"));
      add(`a ${o.status} organisation's description`, o.description);
    }
    for (const o of rows("SELECT decision_reason FROM organisations")) add("an organisation's decision reason", o.decision_reason);
    for (const u of rows("SELECT title, body, hidden_reason FROM updates WHERE hidden_at IS NOT NULL OR visibility != 'public'")) {
      add("a hidden or members-only update's title", u.title);
      add("a hidden or members-only update's body", u.body);
    }
    for (const u of rows("SELECT hidden_reason FROM updates")) add("an update's hiding reason", u.hidden_reason);
    for (const i of rows("SELECT slug, title FROM initiatives WHERE is_public = 0 OR archived_at IS NOT NULL")) {
      add("a non-public tiltak's title", i.title);
      add("a non-public tiltak's slug", i.slug);
    }
    for (const p of rows("SELECT message, decision_message FROM participations")) {
      add("a participation request's message", p.message);
      add("a participation decision's message", p.decision_message);
    }
    for (const m of rows("SELECT message FROM memberships")) add("a membership request's message", m.message);
    // Medvirkning (issue 22): internal meetings, and what residents said that no coordinator has made public.
    for (const m of rows("SELECT slug, title, description FROM meetings WHERE is_public = 0")) {
      add("an internal meeting's title", m.title);
      add("an internal meeting's slug", m.slug);
      add("an internal meeting's description", m.description);
    }
    for (const i of rows("SELECT body, answer, reason FROM resident_inputs WHERE is_public = 0")) {
      add("an unpublished input's text", i.body);
      add("an unpublished input's answer", i.answer);
      add("an unpublished input's reason", i.reason);
    }

    const emails = new Set(SITE_ADDRESSES);
    const phones = new Set<string>();
    for (const o of rows("SELECT contact_email, contact_phone FROM organisations WHERE status = 'approved'")) {
      if (typeof o.contact_email === "string") emails.add(o.contact_email.toLowerCase());
      if (typeof o.contact_phone === "string") phones.add(phoneDigits(o.contact_phone));
    }
    // A public contact is public even when a person uses the same address to log in.
    for (const e of emails) forbidden.delete(e);
    return { forbidden, emails, phones };
  } finally {
    db.close();
  }
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** Undoes HTML entities and the JSON/JS string escapes of the embedded loader data and the API. */
function normalise(body: string): string {
  let text = body.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi, (m, dec, hex, name) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (ENTITIES[name.toLowerCase()] ?? m),
  );
  // Loader data is a JSON string inside a JS string: escapes can be doubled.
  for (let i = 0; i < 3; i++) {
    text = text
      .replace(/\\+u([0-9a-fA-F]{4})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)))
      .replace(/\\+(["/'\\])/g, "$1")
      .replace(/\\+[nrt]/g, " ");
  }
  return text.replace(/\u00a0/g, " ").toLowerCase();
}

type Fetched = { url: string; text: string };

async function get(request: APIRequestContext, url: string, lang: "nb" | "en"): Promise<{ status: number; body: string }> {
  const response = await request.get(url, { headers: { Cookie: `laget_sprak=${lang}` }, maxRedirects: 0 });
  return { status: response.status(), body: await response.text() };
}

/** Public pages, then the lists' pages and detail pages they link to (no filter combinations). */
async function crawlHtml(request: APIRequestContext, lang: "nb" | "en"): Promise<Fetched[]> {
  const follow = [
    /^\/(partnere|tiltak|omrader)\/[a-z0-9-]+$/,
    /^\/(partnere|tiltak|omrader|oppdateringer)(\?side=\d+)?$/,
    /^\/oppdateringer\.atom(\?(tiltak|omrade)=[a-z0-9-]+)?$/,
    /^\/moter\/[a-z0-9-]+$/,
    /^\/moter(\.ics|\.atom)?(\?(omrade|satsing)=[a-z0-9-]+)?$/,
  ];
  const queue = PUBLIC_PAGES.map((p) => p.path);
  const seen = new Set(queue);
  const fetched: Fetched[] = [];
  while (queue.length) {
    const url = queue.shift()!;
    const { status, body } = await get(request, url, lang);
    expect([200, 404], `${url} answers`).toContain(status);
    fetched.push({ url: `${url} (${lang})`, text: normalise(body) });
    for (const [, raw = ""] of body.matchAll(/href="([^"#]+)"/g)) {
      const href = raw.replace(/&amp;/g, "&");
      if (!href.startsWith("/") || seen.has(href) || !follow.some((re) => re.test(href))) continue;
      seen.add(href);
      queue.push(href);
    }
  }
  return fetched;
}

/** The Atom feed and every page of every API listing, as JSON and as CSV. */
async function crawlFeedsAndApi(request: APIRequestContext): Promise<Fetched[]> {
  const fetched: Fetched[] = [];
  const fetchOne = async (url: string) => {
    const { status, body } = await get(request, url, "nb");
    expect(status, `${url} answers`).toBe(200);
    fetched.push({ url, text: normalise(body) });
    return body;
  };
  await fetchOne("/oppdateringer.atom");
  for (const feed of ["/moter.ics", "/moter.atom", "/moter.ics?satsing=groruddalssatsingen", "/moter.ics?omrade=romsas"]) await fetchOne(feed);
  for (const listing of ["organisations", "initiatives", "participations"]) {
    await fetchOne(`/api/v1/${listing}?format=csv`);
    let next: string | null = `/api/v1/${listing}?per_page=100`;
    let pages = 0;
    while (next && pages++ < 50) {
      const json = JSON.parse(await fetchOne(next)) as { links?: { next?: string | null } };
      next = json.links?.next ? new URL(json.links.next).pathname + new URL(json.links.next).search : null;
      if (next) await fetchOne(`${next}&format=csv`);
    }
  }
  return fetched;
}

/**
 * Rules read before and after the crawl: other specs change data at the same time, so only what
 * was forbidden throughout counts as forbidden, and what was a public contact at either time is allowed.
 */
function check(before: Rules, after: Rules, fetched: Fetched[]) {
  const forbidden = [...before.forbidden].filter(([s]) => after.forbidden.has(s));
  const emails = new Set([...before.emails, ...after.emails]);
  const phones = new Set([...before.phones, ...after.phones]);
  const problems: string[] = [];
  for (const { url, text } of fetched) {
    for (const [s, what] of forbidden) if (text.includes(s)) problems.push(`${url}: ${what} "${s.slice(0, 60)}"`);
    for (const [email] of text.matchAll(EMAIL)) if (!emails.has(email)) problems.push(`${url}: e-mail ${email}`);
    // The build's version (8 hex digits, in the manifest's name and data) can happen to be all digits.
    const buildVersion = /\/build\/manifest-([0-9a-f]+)\.js/.exec(text)?.[1];
    const withoutBuildVersion = buildVersion ? text.replaceAll(buildVersion, "") : text;
    // A bare number in JSON (the page's loader data, the API) is an amount or a count, e.g. a budget
    // line's 25000000 øre: phone numbers are kept and sent as text, in quotes, and are still checked.
    const withoutJsonNumbers = withoutBuildVersion.replace(/(?<=[:,[])\d+(?=[,}\]])/g, "#");
    for (const [phone] of withoutJsonNumbers.matchAll(PHONE)) if (!phones.has(phoneDigits(phone))) problems.push(`${url}: phone ${phone}`);
  }
  expect([...new Set(problems)], "non-public data in public responses").toEqual([]);
}

test.describe("public pages and the API show only public data", () => {
  test.describe.configure({ mode: "parallel" });

  for (const lang of ["nb", "en"] as const) {
    test(`every public page and linked record (${lang})`, async ({ request }) => {
      test.setTimeout(120_000);
      const before = readRules();
      expect(before.forbidden.size, "the seed has non-public data to look for").toBeGreaterThan(20);
      const fetched = await crawlHtml(request, lang);
      expect(fetched.length).toBeGreaterThan(100);
      // The decoding works: a public name with an entity (&amp;) and a non-ASCII letter is found as written.
      expect(fetched.some((f) => f.text.includes("grorud bakeri & kafé"))).toBe(true);
      check(before, readRules(), fetched);
    });
  }

  test("the Atom feed and the open-data API", async ({ request }) => {
    test.setTimeout(120_000);
    const before = readRules();
    const fetched = await crawlFeedsAndApi(request);
    check(before, readRules(), fetched);
  });
});
