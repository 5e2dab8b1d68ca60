import { useRouteLoaderData } from "@remix-run/react";
import { en } from "./en";
import { nb, type Messages } from "./nb";

export type { Messages };
export const LANGUAGES = ["nb", "en"] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = "nb";

const catalogues: Record<Language, Messages> = { nb, en };

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

export function getMessages(lang: Language = DEFAULT_LANGUAGE): Messages {
  return catalogues[lang];
}

/** The interface text for the language the root loader chose for this request. */
export function useT(): Messages {
  const root = useRouteLoaderData<{ lang?: Language }>("root");
  return getMessages(root?.lang ?? DEFAULT_LANGUAGE);
}

export function formatDate(value: Date | number, messages: Messages, options?: Intl.DateTimeFormatOptions) {
  return new Intl.DateTimeFormat(messages.meta.locale, options ?? { dateStyle: "long" }).format(value);
}

export function formatNumber(value: number, messages: Messages) {
  return new Intl.NumberFormat(messages.meta.locale).format(value);
}
