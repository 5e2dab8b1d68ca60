/**
 * What the page shell (app/root.tsx) needs on every request: the language, the signed-in person for
 * the header, and the slid session cookie. In one server module, so that the root route's browser
 * build carries one empty stand-in for it instead of a shared 110-byte chunk per server module it
 * imported (the compiler replaces every *.server module with one), on every page.
 */
import type { Language } from "~/i18n";
import { shellFacts } from "~/models/grant/scheme.server";
import { getSessionUser, sessionCookieUpdate } from "./auth.server";
import { languageFromRequest } from "./language.server";

export type ShellUser = { name: string; isAdmin: boolean; isCoordinator: boolean; isGroupMember: boolean; unread: number };

export async function shellData(request: Request): Promise<{ lang: Language; user: ShellUser | null; cookie: string | null }> {
  const lang = languageFromRequest(request);
  const session = await getSessionUser(request);
  // Unread notifications and a seat in a bydelsgruppe in one statement: the header is on every page.
  const facts = session ? shellFacts(session.user.id) : null;
  const user =
    session && facts
      ? {
          name: session.user.name,
          isAdmin: session.user.role === "admin",
          isCoordinator: session.user.role === "coordinator",
          isGroupMember: facts.isGroupMember,
          unread: facts.unread,
        }
      : null;
  // The slid session cookie (or one that clears a dead session); the root loader runs on every navigation.
  const cookie = await sessionCookieUpdate(request);
  return { lang, user, cookie: cookie ?? null };
}
