import { useRouteLoaderData } from "@remix-run/react";
import { en, nb } from "./catalogues.server";
import type { Messages } from "./nb";
import { dateTimeFormat, numberFormat } from "./format";

export type { Messages };
export const LANGUAGES = ["nb", "en"] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = "nb";

// On the server both are there from the start; in the browser (where the `.server` import is empty)
// entry.client.tsx loads the page's language before hydrating.
const catalogues: Partial<Record<Language, Messages>> = { nb, en };
const catalogueLoaders: Record<Language, () => Promise<Messages>> = {
  nb: () => import("./nb").then((module) => module.nb),
  en: () => import("./en").then((module) => module.en),
};

export async function loadCatalogue(lang: Language): Promise<void> {
  catalogues[lang] ??= await catalogueLoaders[lang]();
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

export function getMessages(lang: Language = DEFAULT_LANGUAGE): Messages {
  // In the browser only the page's language is loaded; the language changes with a full page load
  // (the switch is a plain form), so another language is asked for only by an error page's fallback.
  const messages = catalogues[lang] ?? Object.values(catalogues).find(Boolean);
  if (!messages) throw new Error("No message catalogue loaded");
  return messages;
}

/** The interface text for the language the root loader chose for this request. */
export function useT(): Messages {
  const root = useRouteLoaderData<{ lang?: Language }>("root");
  return getMessages(root?.lang ?? DEFAULT_LANGUAGE);
}

export function formatDate(value: Date | number, messages: Messages, options?: Intl.DateTimeFormatOptions) {
  return dateTimeFormat(messages.meta.locale, options ?? { dateStyle: "long" }).format(value);
}

export function formatNumber(value: number, messages: Messages) {
  return numberFormat(messages.meta.locale).format(value);
}
