/**
 * Whole requests to the scheme administrator's pages that the e2e journey leaves out because they
 * would change the shared demo data other specs read: asking an applicant for more (the application
 * goes back to them), a refused partial recommendation that keeps the text, a round opened by its
 * id, and a scheme's rules saved. Runs the production build (LAGET_BUILD_DIR) in-process.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../db/seed";
import { getDb } from "../utils/db.server";
import { formRequest, getRequest, loadBuiltApp, sessionCookieFor } from "./built-app.server";

const SCHEME = "/koordinator/tilskudd/naermiljotilskudd-storhaug";
let cookie: string;
let application: number;
let roundId: number;

const raw = () => getDb().$client;

beforeAll(async () => {
  await seedDemoData(getDb());
  cookie = await sessionCookieFor("stavanger-koordinator@laget.test");
  const row = raw().prepare("select id, round_id from grant_applications where title = ?").get("Ryddeaksjon og vårfest i Emmaus") as { id: number; round_id: number };
  application = row.id;
  roundId = row.round_id;
});

describe("the administrator's requests", () => {
  it("a partial recommendation at the amount applied for is refused, the reason kept on the page", async () => {
    const app = await loadBuiltApp();
    const response = await app(
      formRequest(`${SCHEME}/varrunden-2027/${application}`, { intent: "recommend", recommendation: "partly_granted", amount: "999 999", text: "Tekst som skal bli stående" }, { cookie }),
    );
    expect(response.status).toBe(400);
    const body = await response.text();
    expect(body).toContain("Et delvis innvilget beløp må være mindre enn det søkte og større enn null.");
    expect(body).toContain("Tekst som skal bli stående");
    expect(raw().prepare("select recommendation from grant_assessments where application_id = ?").get(application)).toBeUndefined();
  });

  it("asking for more sends the application back to the applicant until the date, and they are told", async () => {
    const app = await loadBuiltApp();
    const response = await app(formRequest(`${SCHEME}/varrunden-2027/${application}`, { intent: "more", message: "Send budsjettet for leie av utstyr.", until: "2099-01-31" }, { cookie }));
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`${SCHEME}/varrunden-2027/${application}?ok=more`);
    expect(raw().prepare("select status, more_requested_until as until from grant_applications where id = ?").get(application)).toEqual({ status: "needs_more", until: "2099-01-31" });
    expect((raw().prepare("select count(*) as n from notifications where kind = 'grant_more_requested' and link = ?").get(`/min-side/tilskudd/${application}`) as { n: number }).n).toBeGreaterThan(0);
    const page = await (await app(getRequest(`${SCHEME}/varrunden-2027/${application}?ok=more`, { cookie }))).text();
    expect(page).toContain("Søkeren er bedt om mer");
    // Back with the applicant: no check or recommendation until it is submitted again.
    expect(page).not.toContain("Lagre innstillingen");
  });

  it("a round opens by its id as by its slug", async () => {
    const app = await loadBuiltApp();
    const response = await app(getRequest(`${SCHEME}/${roundId}`, { cookie }));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Vårrunden 2027");
  });

  it("the scheme's rules are saved, and a deadline in Oslo time is stored as that instant", async () => {
    const app = await loadBuiltApp();
    const areaId = (raw().prepare("select area_id from grant_scheme_areas gsa join grant_schemes s on s.id = gsa.scheme_id where s.slug = 'naermiljotilskudd-storhaug'").get() as { area_id: number }).area_id;
    const programmeId = (raw().prepare("select programme_id from grant_schemes where slug = 'naermiljotilskudd-storhaug'").get() as { programme_id: number }).programme_id;
    const save = await app(
      formRequest(
        SCHEME,
        { intent: "save", programmeId: String(programmeId), name: "Nærmiljøtilskudd Storhaug", areaIds: String(areaId), sectors: ["voluntary", "residents_group"], maxAmount: "kr 45 000", ownSharePercent: "0", appealBody: "Klageutvalget", reportDueDays: "60" },
        { cookie },
      ),
    );
    expect(save.status).toBe(302);
    expect(raw().prepare("select max_amount_ore as max, own_share_percent as share from grant_schemes where slug = 'naermiljotilskudd-storhaug'").get()).toEqual({ max: 4_500_000, share: 0 });
    const round = await app(formRequest(SCHEME, { intent: "createRound", name: "Sommerrunden 2027", opensOn: "2027-05-01", deadlineOn: "2027-06-15", deadlineTime: "12:00", budget: "80 000" }, { cookie }));
    expect(round.status).toBe(302);
    const stored = raw().prepare("select deadline_at as at, budget_ore as budget from grant_rounds where name = 'Sommerrunden 2027'").get() as { at: number; budget: number };
    // 12:00 in Oslo in June is 10:00 UTC (summer time).
    expect(new Date(stored.at).toISOString()).toBe("2027-06-15T10:00:00.000Z");
    expect(stored.budget).toBe(8_000_000);
  });
});
