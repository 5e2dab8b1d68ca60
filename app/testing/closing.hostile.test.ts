/**
 * Hostile input against closing a period and the successor (issue 21), signed in as the demo
 * coordinator: the outcome form, the close button and the successor form with random and huge text,
 * years out of range, unknown ids and another programme's; and the same forms sent for another
 * programme or by a partner, who must be refused. See app/testing/hostile-actions.server.ts for what
 * every answer must satisfy. Groruddalssatsingen's tiltak lack outcomes, so it is never closed here.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, seedDemoData } from "../../db/seed";
import { getDb } from "../utils/db.server";
import { sessionCookieFor } from "./built-app.server";
import { checkActionAgainstHostileInput, postAndCheck, type HostileTarget } from "./hostile-actions.server";

let grorudTiltak: number;
let stavangerTiltak: number;
let tiltakSlug: string;

beforeAll(async () => {
  await seedDemoData(getDb());
  const raw = getDb().$client;
  const first = (programme: string) =>
    raw.prepare("select i.id, i.slug from initiatives i join programmes p on p.id = i.programme_id where p.slug = ? and i.archived_at is null order by i.id limit 1").get(programme) as { id: number; slug: string };
  ({ id: grorudTiltak, slug: tiltakSlug } = first("groruddalssatsingen"));
  stavangerTiltak = first("levekarsloftet").id;
});

const coordinator = () => sessionCookieFor(DEMO_ACCOUNTS.coordinator);
const partner = () => sessionCookieFor(DEMO_ACCOUNTS.partner);
const CLOSING = "/koordinator/avslutning?satsing=groruddalssatsingen";
const SUCCESSOR = "/koordinator/avslutning/etterfolger?satsing=groruddalssatsingen";
const OUTCOME_FIELDS = ["initiativeId", "outcome", "organisationId", "organisationName", "fromDate", "reason", "confirm"];
const SUCCESSOR_FIELDS = ["name", "slug", "periodStart", "periodEnd", "initiativeIds"];

const targets = (): HostileTarget[] => [
  { path: `${CLOSING}&tiltak=${tiltakSlug}`, cookie: coordinator, extraFields: OUTCOME_FIELDS, extraIntents: ["outcome", "close"] },
  { path: `${CLOSING}&omrade=grorud`, page: null, cookie: coordinator, extraFields: OUTCOME_FIELDS, extraIntents: ["outcome", "close"] },
  { path: SUCCESSOR, cookie: coordinator, extraFields: SUCCESSOR_FIELDS },
  // Another programme's pages, and a partner: refused whatever the form says.
  { path: "/koordinator/avslutning?satsing=levekarsloftet", page: null, cookie: coordinator, extraFields: OUTCOME_FIELDS, extraIntents: ["outcome", "close"] },
  { path: "/koordinator/avslutning/etterfolger?satsing=levekarsloftet", page: null, cookie: coordinator, extraFields: SUCCESSOR_FIELDS },
  { path: CLOSING, page: null, cookie: partner, extraFields: OUTCOME_FIELDS, extraIntents: ["outcome", "close"] },
];

describe("closing forms under hostile input", () => {
  for (let i = 0; i < 6; i++) {
    it(`closing action #${i + 1}`, async () => {
      const target = targets()[i]!;
      const { fields } = await checkActionAgainstHostileInput(target);
      expect(fields.length).toBeGreaterThan(0);
    }, 120_000);
  }

  it("refuses years out of range, dates in other forms, unknown and other programmes' ids with a clear message, changing nothing", async () => {
    const cookie = await coordinator();
    const outcome = (fields: Record<string, string>) => postAndCheck(CLOSING, { intent: "outcome", initiativeId: String(grorudTiltak), outcome: "ordinary_operations", organisationName: "Bydel Grorud", ...fields }, cookie);
    expect(await outcome({ fromDate: "1.1.2027" })).toBe(400);
    expect(await outcome({ fromDate: "1899-12-31" })).toBe(400);
    expect(await outcome({ fromDate: "2027-02-30" })).toBe(400);
    expect(await outcome({ fromDate: "2027-01-01", outcome: "successor" })).toBe(400);
    expect(await outcome({ fromDate: "2027-01-01", initiativeId: "99999999" })).toBe(404);
    expect(await outcome({ fromDate: "2027-01-01", initiativeId: String(stavangerTiltak) })).toBe(403);
    expect(await postAndCheck(CLOSING, { intent: "close", confirm: "yes" }, cookie)).toBe(400);
    const successor = (fields: Record<string, string>) => postAndCheck(SUCCESSOR, { name: "Groruddalssatsingen 2027–2036", periodStart: "2027", ...fields }, cookie);
    expect(await successor({ periodStart: "1999" })).toBe(400);
    expect(await successor({ periodStart: "2101" })).toBe(400);
    expect(await successor({ periodStart: "2 027" })).toBe(400);
    expect(await successor({ periodStart: "2026" })).toBe(400);
    expect(await successor({ periodEnd: "2020" })).toBe(400);
    expect(await successor({ slug: "groruddalssatsingen" })).toBe(400);
    expect(await successor({ initiativeIds: String(stavangerTiltak) } as Record<string, string>)).toBe(400);
  }, 120_000);
});
