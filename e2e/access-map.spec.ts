/**
 * The access matrix of the map (issue 25): /kart and an area page's map are everyone's; an unknown
 * programme is a 404 for everyone; the boundary import on /admin/omrader/:slug is the administrators'
 * alone (a partner and a coordinator, of any programme, are refused with 403; anonymous people are
 * sent to log in). The POST bodies name no draft that exists, so even the admin's request answers
 * 400 and no outline changes.
 */
import { adminOnly, matrixTests, type Actor, type Endpoint, type Outcome } from "./access-matrix";
import { e2eDb } from "./db";

const everyone: Record<Actor, Outcome> = { anonymous: "allow", partnerA: "allow", partnerB: "allow", otherCoordinator: "allow", coordinator: "allow", admin: "allow" };
const nobody: Record<Actor, Outcome> = { anonymous: "notFound", partnerA: "notFound", partnerB: "notFound", otherCoordinator: "notFound", coordinator: "notFound", admin: "notFound" };
const unknownToAdmin: Record<Actor, Outcome> = { ...adminOnly, admin: "notFound" };

const ENDPOINTS: Endpoint[] = [
  { method: "GET", path: () => "/kart", expect: everyone },
  { method: "GET", path: () => "/kart?vis=mangler-sektor&satsing=levekarsloftet", expect: everyone },
  { method: "GET", path: () => "/kart?satsing=finnes-ikke", expect: nobody },
  { method: "GET", path: () => "/omrader/bydel-grorud?vis=tiltak", expect: everyone },
  { method: "GET", path: () => "/admin/omrader/storhaug", expect: adminOnly },
  { method: "POST", path: () => "/admin/omrader/storhaug", form: { intent: "saveBoundaries", draft: "finnes-ikke" }, expect: adminOnly },
  { method: "POST", path: () => "/admin/omrader/finnes-ikke", form: { intent: "saveBoundaries", draft: "finnes-ikke" }, expect: unknownToAdmin },
];

function snapshot() {
  const db = e2eDb();
  try {
    return db.prepare("SELECT area_id, length(geometry) AS size, source, licence, imported_by_user_id FROM area_boundaries ORDER BY area_id").all();
  } finally {
    db.close();
  }
}

matrixTests(ENDPOINTS, snapshot);
