/**
 * The access-control matrix of the grants in public (issue 20): /tilskudd, a scheme's page and
 * /api/v1/grants answer everyone alike (anonymous, either partner, a coordinator of another
 * programme, the scheme's coordinator, admin); an unknown scheme is not found for everyone; a POST
 * changes nothing. Group members and applicants see the same public page as anyone.
 */
import { matrixTests, type Actor, type Endpoint, type Outcome } from "./access-matrix";
import { e2eDb } from "./db";
import { test } from "./fixtures";

const everyone = (outcome: Outcome): Record<Actor, Outcome> => ({
  anonymous: outcome,
  partnerA: outcome,
  partnerB: outcome,
  otherCoordinator: outcome,
  coordinator: outcome,
  admin: outcome,
});

const ENDPOINTS: Endpoint[] = [
  { method: "GET", path: () => "/tilskudd", expect: everyone("allow") },
  { method: "GET", path: () => "/tilskudd/naermiljotilskudd-storhaug", expect: everyone("allow") },
  { method: "GET", path: () => "/tilskudd/bomiljotilskudd-groruddalen", expect: everyone("allow") },
  { method: "GET", path: () => "/tilskudd/finnes-ikke", expect: everyone("notFound") },
  { method: "GET", path: () => "/api/v1/grants", expect: everyone("allow") },
  { method: "GET", path: () => "/api/v1/grants?format=csv", expect: everyone("allow") },
];

/** What a wrongly allowed request could change: the grants' decisions, applications and rounds. */
function snapshot() {
  const db = e2eDb();
  try {
    return db.prepare("SELECT (SELECT count(*) FROM grant_decisions) AS d, (SELECT count(*) FROM grant_applications) AS a, (SELECT group_concat(coalesce(letters_sent_at, '-')) FROM grant_rounds) AS r").get();
  } finally {
    db.close();
  }
}

test.describe("the grants in public answer everyone alike", () => {
  matrixTests(ENDPOINTS, snapshot);
});
