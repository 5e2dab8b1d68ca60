/** The closing page's scope, for its loader and its actions: the person's programme and, optionally, one of its area lifts. */
import { getClosingTarget } from "~/models/closing/period.server";
import { pickProgramme } from "~/models/programme.server";
import { requireStaff } from "~/services/actor.server";
import { orRespond } from "~/utils/refusal.server";

/** 404 for an unknown programme or lift, 403 for another programme's. */
export async function closingScope(request: Request) {
  const actor = await requireStaff(request);
  const query = new URL(request.url).searchParams;
  const { programme, programmes } = orRespond(() => pickProgramme(actor, query.get("satsing")));
  const target = orRespond(() => getClosingTarget(actor, programme.id, query.get("omrade") || null));
  const base = `/koordinator/avslutning?satsing=${encodeURIComponent(programme.slug)}${target.lift ? `&omrade=${encodeURIComponent(target.lift.slug)}` : ""}`;
  return { actor, query, programme, programmes, target, base };
}
