/**
 * What the page shell (app/root.tsx) needs on every request: the language, the signed-in person for
 * the header, and the slid session cookie. In one server module, so that the root route's browser
 * build carries one empty stand-in for it instead of a shared 110-byte chunk per server module it
 * imported (the compiler replaces every *.server module with one), on every page.
 */
import type { Language } from "~/i18n";
import { unreadNotificationCount } from "~/models/notification.server";
import { getSessionUser, sessionCookieUpdate } from "./auth.server";
import { languageFromRequest } from "./language.server";

export type ShellUser = { name: string; isAdmin: boolean; isCoordinator: boolean; unread: number };

export async function shellData(request: Request): Promise<{ lang: Language; user: ShellUser | null; cookie: string | null }> {
  const lang = languageFromRequest(request);
  const session = await getSessionUser(request);
  const user = session
    ? {
        name: session.user.name,
        isAdmin: session.user.role === "admin",
        isCoordinator: session.user.role === "coordinator",
        unread: unreadNotificationCount(session.user.id),
      }
    : null;
  // The slid session cookie (or one that clears a dead session); the root loader runs on every navigation.
  const cookie = await sessionCookieUpdate(request);
  return { lang, user, cookie: cookie ?? null };
}
