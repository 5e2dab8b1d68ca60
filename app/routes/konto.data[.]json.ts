/**
 * /konto/data.json — the signed-in person's own data as a JSON download (see exportAccountData).
 * Never cached anywhere: it holds personal data.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportAccountData } from "~/models/account/data-export.server";
import { requireSessionUser } from "~/services/auth.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireSessionUser(request);
  const exported = exportAccountData(user.id, user.role);
  if (!exported) throw new Response("Fant ikke kontoen", { status: 404 });
  return new Response(`${JSON.stringify(exported, null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="laget-mine-data.json"',
      "Cache-Control": "no-store",
    },
  });
}
