/**
 * The access matrix of closing a period (issue 21): /koordinator/avslutning and its successor page are
 * the programme's coordinator's and the admin's (Levekårsløftet's coordinator is refused, 403; partners
 * 403; anonymous people are sent to log in). POST bodies are invalid or unconfirmed (an allowed
 * request answers 400 and changes nothing): Groruddalssatsingen is never closed here.
 */
import { matrixTests, type Actor, type Endpoint, type Outcome } from "./access-matrix";
import { e2eDb } from "./db";

const staff: Record<Actor, Outcome> = { anonymous: "login", partnerA: "forbidden", partnerB: "forbidden", otherCoordinator: "allow", coordinator: "allow", admin: "allow" };
/** Groruddalssatsingen's: its coordinator and the admin only. */
const grorud: Record<Actor, Outcome> = { ...staff, otherCoordinator: "forbidden" };
/** Unknown to those who may look. */
const unknown: Record<Actor, Outcome> = { ...staff, otherCoordinator: "notFound", coordinator: "notFound", admin: "notFound" };
const unknownLift: Record<Actor, Outcome> = { ...grorud, coordinator: "notFound", admin: "notFound" };

const CLOSING = "/koordinator/avslutning?satsing=groruddalssatsingen";
const SUCCESSOR = "/koordinator/avslutning/etterfolger?satsing=groruddalssatsingen";

const ENDPOINTS: Endpoint[] = [
  { method: "GET", path: () => "/koordinator/avslutning", expect: staff },
  { method: "GET", path: () => CLOSING, expect: grorud },
  { method: "GET", path: () => `${CLOSING}&omrade=grorud`, expect: grorud },
  { method: "GET", path: () => `${CLOSING}&omrade=finnes-ikke`, expect: unknownLift },
  { method: "GET", path: () => `${CLOSING}&tiltak=finnes-ikke`, expect: unknownLift },
  { method: "GET", path: () => "/koordinator/avslutning?satsing=finnes-ikke", expect: unknown },
  { method: "GET", path: () => SUCCESSOR, expect: grorud },
  { method: "POST", path: () => CLOSING, form: { intent: "outcome", initiativeId: "", outcome: "" }, expect: grorud },
  { method: "POST", path: () => CLOSING, form: { intent: "close" }, expect: grorud },
  { method: "POST", path: () => `${CLOSING}&omrade=grorud`, form: { intent: "close" }, expect: grorud },
  { method: "POST", path: () => SUCCESSOR, form: { name: "", periodStart: "" }, expect: grorud },
];

function snapshot() {
  const db = e2eDb();
  try {
    return {
      programmes: db.prepare("SELECT id, slug, closed_at, predecessor_id FROM programmes ORDER BY id").all(),
      lifts: db.prepare("SELECT id, lift_closed_at FROM areas ORDER BY id").all(),
      outcomes: db.prepare("SELECT initiative_id, outcome, organisation_id, organisation_name, from_date, reason, successor_initiative_id FROM initiative_outcomes ORDER BY initiative_id").all(),
      initiatives: db.prepare("SELECT count(*) AS n, sum(status = 'completed') AS completed FROM initiatives").get(),
    };
  } finally {
    db.close();
  }
}

matrixTests(ENDPOINTS, snapshot);
