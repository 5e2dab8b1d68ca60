import { sql } from "drizzle-orm";
import { getDb } from "~/utils/db.server";

/** For load balancers and uptime checks: 200 when the database answers a query, 503 otherwise; the body says which. */
export function loader() {
  const headers = { "Cache-Control": "no-store" };
  try {
    getDb().get(sql`select 1`);
    return Response.json({ status: "ok", database: "ok" }, { headers });
  } catch {
    return Response.json({ status: "error", database: "unavailable" }, { status: 503, headers });
  }
}
