/**
 * The access matrix of meetings (issue 22). The coordinator's pages of a Groruddalssatsingen meeting
 * are its coordinator's and the admin's (Levekårsløftet's coordinator is refused, 403; partners 403;
 * anonymous people are sent to log in). The public calendar and feeds are anyone's; an internal
 * meeting's page opens only for its programme's coordinator, the admin and a member of an
 * organisation taking part (Leksehjelpa Romsås: partnerA) — for everyone else it does not exist.
 * Min side's meetings are partners'. POST bodies are invalid, so even an allowed request changes nothing.
 */
import { lookup, matrixTests, type Actor, type Endpoint, type Outcome } from "./access-matrix";
import { e2eDb } from "./db";

const staff: Record<Actor, Outcome> = { anonymous: "login", partnerA: "forbidden", partnerB: "forbidden", otherCoordinator: "allow", coordinator: "allow", admin: "allow" };
/** Groruddalssatsingen's: its coordinator and the admin only. */
const grorud: Record<Actor, Outcome> = { ...staff, otherCoordinator: "forbidden" };
const unknown: Record<Actor, Outcome> = { ...staff, otherCoordinator: "notFound", coordinator: "notFound", admin: "notFound" };
const everyone: Record<Actor, Outcome> = { anonymous: "allow", partnerA: "allow", partnerB: "allow", otherCoordinator: "allow", coordinator: "allow", admin: "allow" };
const nobody: Record<Actor, Outcome> = { anonymous: "notFound", partnerA: "notFound", partnerB: "notFound", otherCoordinator: "notFound", coordinator: "notFound", admin: "notFound" };
/** An internal meeting: its coordinators and the organisations taking part. */
const internal: Record<Actor, Outcome> = { ...nobody, partnerA: "allow", coordinator: "allow", admin: "allow" };
const partners: Record<Actor, Outcome> = { anonymous: "login", partnerA: "allow", partnerB: "allow", otherCoordinator: "forbidden", coordinator: "forbidden", admin: "forbidden" };

const PUBLIC = "apent-mote-om-aktiviteter-for-ungdom-pa-romsas-2027-02-04";
const INTERNAL = "samarbeidsmote-for-partnerne-pa-romsas-2027-01-20";
const MEETING = `/koordinator/moter/${PUBLIC}`;
const groruddalen = () => String(lookup<{ id: number }>("SELECT id FROM programmes WHERE slug = 'groruddalssatsingen'").id);

const ENDPOINTS: Endpoint[] = [
  { method: "GET", path: () => "/koordinator/moter", expect: staff },
  { method: "GET", path: () => "/koordinator/moter?satsing=groruddalssatsingen", expect: grorud },
  { method: "GET", path: () => "/koordinator/moter?satsing=finnes-ikke", expect: unknown },
  { method: "GET", path: () => "/koordinator/moter/ny", expect: staff },
  { method: "GET", path: () => "/koordinator/moter/serie", expect: staff },
  { method: "GET", path: () => MEETING, expect: grorud },
  { method: "GET", path: () => `/koordinator/moter/${INTERNAL}`, expect: grorud },
  { method: "GET", path: () => "/koordinator/moter/finnes-ikke", expect: unknown },
  {
    method: "POST",
    path: () => "/koordinator/moter/ny",
    form: {
      title: "",
      get programmeId() {
        return groruddalen();
      },
    },
    expect: grorud,
  },
  {
    method: "POST",
    path: () => "/koordinator/moter/serie",
    form: {
      title: "",
      get programmeId() {
        return groruddalen();
      },
    },
    expect: grorud,
  },
  { method: "POST", path: () => MEETING, form: { intent: "save", title: "" }, expect: grorud },
  { method: "POST", path: () => MEETING, form: { intent: "cancel", notice: "" }, expect: grorud },
  { method: "POST", path: () => MEETING, form: { intent: "move", date: "", notice: "" }, expect: grorud },
  { method: "POST", path: () => MEETING, form: { intent: "addOrganisation", organisationId: "" }, expect: grorud },
  { method: "POST", path: () => MEETING, form: { intent: "removeOrganisation", organisationId: "" }, expect: grorud },
  { method: "POST", path: () => MEETING, form: { intent: "linkInitiative", initiativeId: "" }, expect: grorud },
  { method: "POST", path: () => MEETING, form: { intent: "unlinkInitiative", initiativeId: "" }, expect: grorud },
  { method: "POST", path: () => MEETING, form: { intent: "ukjent" }, expect: grorud },
  { method: "POST", path: () => "/koordinator/moter/finnes-ikke", form: { intent: "cancel", notice: "" }, expect: unknown },
  { method: "GET", path: () => "/moter", expect: everyone },
  { method: "GET", path: () => "/moter?omrade=storhaug&satsing=levekarsloftet", expect: everyone },
  { method: "GET", path: () => "/moter?omrade=finnes-ikke", expect: nobody },
  { method: "GET", path: () => `/moter/${PUBLIC}`, expect: everyone },
  { method: "GET", path: () => `/moter/${INTERNAL}`, expect: internal },
  { method: "GET", path: () => "/moter/finnes-ikke", expect: nobody },
  { method: "GET", path: () => "/moter.ics", expect: everyone },
  { method: "GET", path: () => "/moter.ics?satsing=finnes-ikke", expect: nobody },
  { method: "GET", path: () => "/moter.atom?omrade=lervig", expect: everyone },
  { method: "GET", path: () => "/min-side/moter", expect: partners },
  { method: "POST", path: () => "/min-side/moter", form: { meetingId: "" }, expect: partners },
];

function snapshot() {
  const db = e2eDb();
  try {
    return [
      db.prepare("SELECT id, slug, title, starts_at, ends_at, is_public, cancelled_at, moved_notice, sequence FROM meetings ORDER BY id").all(),
      db.prepare("SELECT * FROM meeting_organisations ORDER BY meeting_id, organisation_id").all(),
      db.prepare("SELECT * FROM meeting_initiatives ORDER BY meeting_id, initiative_id").all(),
      db.prepare("SELECT count(*) AS n FROM meeting_series").get(),
    ];
  } finally {
    db.close();
  }
}

matrixTests(ENDPOINTS, snapshot);
