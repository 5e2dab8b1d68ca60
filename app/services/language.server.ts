/**
 * The reader's language: the `laget_sprak` cookie set by the switch in the header (POST /sprak), else
 * bokmål. Never guessed from Accept-Language, so a shared link looks the same to everyone.
 */
import { DEFAULT_LANGUAGE, getMessages, isLanguage, type Language, type Messages } from "~/i18n";
import { readCookies } from "~/utils/cookies";
import { getEnv } from "~/utils/env.server";

export const LANGUAGE_COOKIE = "laget_sprak";
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/** The language a Cookie header chooses; the response cache (server/response-cache.ts) keys by it. */
export function languageFromCookies(cookies: Map<string, string>): Language {
  const value = cookies.get(LANGUAGE_COOKIE);
  return isLanguage(value) ? value : DEFAULT_LANGUAGE;
}

export function languageFromRequest(request: Request): Language {
  return languageFromCookies(readCookies(request.headers.get("cookie")));
}

/** Text for server-side messages (API errors, e-mails to the acting person) in the request's language. */
export function messagesFor(request: Request): Messages {
  return getMessages(languageFromRequest(request));
}

/** The Set-Cookie value that remembers a chosen language for a year. */
export function languageCookie(lang: Language): string {
  const attributes = [`${LANGUAGE_COOKIE}=${lang}`, "Path=/", `Max-Age=${ONE_YEAR_SECONDS}`, "SameSite=Lax", "HttpOnly"];
  if (getEnv().secureCookies) attributes.push("Secure");
  return attributes.join("; ");
}
