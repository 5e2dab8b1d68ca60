import type { MetaDescriptor } from "@remix-run/node";
import { DEFAULT_LANGUAGE, getMessages, type Language, type Messages } from "~/i18n";

type MatchLike = { id: string; data?: unknown; error?: unknown };

/** The messages for the request's language, read from the root loader's data inside a `meta` export. */
export function messagesFromMatches(matches: readonly MatchLike[]): Messages {
  const root = matches.find((m) => m.id === "root")?.data as { lang?: Language } | undefined;
  return getMessages(root?.lang ?? DEFAULT_LANGUAGE);
}

/** True when an action on the page has just refused a form; `DocumentMeta` marks the root's data so. */
export function refusedFromMatches(matches: readonly MatchLike[]): boolean {
  const root = matches.find((m) => m.id === "root")?.data as { refused?: boolean } | undefined;
  return root?.refused === true;
}

/** `<title>` and description for a page, with the product name appended. */
export function pageMeta(
  matches: readonly MatchLike[],
  pick: (t: Messages) => { title: string; description?: string; refused?: boolean },
): MetaDescriptor[] {
  // A page whose own error boundary shows an error (a 404 on a /min-side page): the boundary's
  // <title> names the error, as on every other error page; the page's title would say otherwise.
  if (matches.some((m) => m.error !== undefined && m.error !== null)) return [];
  const t = messagesFromMatches(matches);
  const { title, description, refused } = pick(t);
  const full = title.endsWith(t.meta.titleSuffix) || title.startsWith(t.meta.appName) ? title : `${title}${t.meta.titleSuffix}`;
  return [
    // "Feil: " when a form on the page was just refused (set by app/components/DocumentMeta.tsx).
    // `refused` for a GET form whose loader refused the query (the audit log's filters).
    { title: refused || refusedFromMatches(matches) ? `${t.meta.errorTitlePrefix}${full}` : full },
    ...(description ? [{ name: "description", content: description }] : []),
  ];
}
