/**
 * The acting person for a request, with their permissions loaded: the first line of every loader
 * and action that touches non-public data.
 */
import { getSessionUser, requireSessionUser, type SessionUser } from "./auth.server";
import { isAdmin, isStaff, type Actor } from "./permissions";
import { loadActor } from "~/models/user.server";
import { requestMemo } from "~/utils/request-scope.server";

export async function getActor(request: Request): Promise<Actor | null> {
  const result = await getSessionUser(request);
  return result ? actorOf(request, result.user) : null;
}

export async function requireActor(request: Request): Promise<Actor> {
  const { user } = await requireSessionUser(request);
  return actorOf(request, user);
}

/** Loaded once per request, however many loaders (root, layout, page) ask. */
function actorOf(request: Request, user: SessionUser): Actor {
  return requestMemo(request, "actor", () => loadActor(user));
}

export function forbidden(): Response {
  return new Response("Ingen tilgang", { status: 403, statusText: "Forbidden" });
}

/** Throws 403 unless `allowed`. */
export function ensure(allowed: boolean): void {
  if (!allowed) throw forbidden();
}

export async function requireAdmin(request: Request): Promise<Actor> {
  const actor = await requireActor(request);
  ensure(isAdmin(actor));
  return actor;
}

export async function requireStaff(request: Request): Promise<Actor> {
  const actor = await requireActor(request);
  ensure(isStaff(actor));
  return actor;
}
