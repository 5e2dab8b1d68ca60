/**
 * Hostile input against the applicant's pages (/min-side/tilskudd…, issue 20) on the demo data: the
 * new-application form as Emil Emmaus, a draft's page as Lise Lervig (its applicant: save, submit,
 * more lines, attachments, withdraw), a decided application's page as Emil (appeal and report), and
 * the same pages posted by someone who is not the applicant, who must get 404 whatever the form says.
 * See app/testing/hostile-actions.server.ts for what every answer must satisfy.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, seedDemoData } from "../../db/seed";
import { getDb } from "../utils/db.server";
import { sessionCookieFor } from "./built-app.server";
import { checkActionAgainstHostileInput, type HostileTarget } from "./hostile-actions.server";

let draft: number;
let decided: number;

beforeAll(async () => {
  await seedDemoData(getDb());
  const raw = getDb().$client;
  const id = (title: string) => (raw.prepare("select id from grant_applications where title = ?").get(title) as { id: number }).id;
  draft = id("Vinterpadling og badstue");
  decided = id("Nabolagsfest i Emmaus");
});

const emil = () => sessionCookieFor("emil.emmaus@laget.test");
const lise = () => sessionCookieFor("lise.lervig@laget.test");
const partner = () => sessionCookieFor(DEMO_ACCOUNTS.partner);
const INTENTS = ["save", "submit", "addLines", "withdraw", "appeal", "report", "removeAttachment", "publish"];
const FIELDS = ["attachmentId", "text", "spent", "unspent", "participantsReached", "applicant", "toReport", "budgetLines[0].amount", "budgetLines[40].description"];

/** Fields each page's own forms must show (so the test fails when the page is missing). */
const SHOWN: Record<number, string[]> = { 0: ["title", "budgetLines[0].amount", "amountApplied"], 2: ["title", "contactEmail"], 3: ["spent", "text"] };

const targets = (): HostileTarget[] => [
  { path: "/min-side/tilskudd/ny?ordning=naermiljotilskudd-storhaug", cookie: emil, extraFields: ["applicant", "budgetLines[31].amount"], extraIntents: ["save", "submit", "addLines"] },
  { path: "/min-side/tilskudd/ny?ordning=finnes-ikke", page: null, cookie: emil, extraFields: FIELDS, extraIntents: INTENTS },
  { path: `/min-side/tilskudd/${draft}`, cookie: lise, extraFields: FIELDS, extraIntents: INTENTS },
  { path: `/min-side/tilskudd/${decided}`, cookie: emil, extraFields: FIELDS, extraIntents: INTENTS },
  // Not the applicant: every form is 404, as if the application did not exist.
  { path: `/min-side/tilskudd/${draft}`, page: null, cookie: partner, extraFields: FIELDS, extraIntents: INTENTS },
  { path: "/min-side/tilskudd/999999999", page: null, cookie: emil, extraFields: FIELDS, extraIntents: INTENTS },
];

describe("the applicant's grant forms under hostile input", () => {
  // The list needs the seeded ids, so the tests are numbered and look their target up when they run.
  for (let i = 0; i < 6; i++) {
    it(`applicant action #${i + 1}`, async () => {
      const target = targets()[i]!;
      const { fields, statuses } = await checkActionAgainstHostileInput(target);
      expect(fields.length).toBeGreaterThan(0);
      expect(fields).toEqual(expect.arrayContaining(SHOWN[i] ?? []));
      if (target.cookie === partner || target.path.endsWith("999999999")) expect([...statuses.keys()].every((s) => s === 404 || s === 400 || s === 403)).toBe(true);
    }, 120_000);
  }
});
