import { useRouteLoaderData } from "@remix-run/react";
import { en, nb } from "./catalogues.server";
import type { Messages } from "./nb";
import { dateTimeFormat, numberFormat } from "./format";

export type { Messages };
export { LANGUAGES, type Language } from "./languages";
import { LANGUAGES, type Language } from "./languages";
export const DEFAULT_LANGUAGE: Language = "nb";

// On the server both are there from the start. In the browser (where the `.server` import is empty)
// entry.client.tsx loads the page's language before hydrating: its core, plus the coordinator and
// admin texts on those pages only (the layouts' clientLoader loads them on a client-side navigation
// there). A public page so carries none of the workspaces' text, which keeps it within its weight.
const catalogues: Partial<Record<Language, Messages>> = { nb, en };
// The grants' text (issue 20) travels with the workspaces': the grant pages load it as the
// coordinator pages load theirs.
// The coordinators' planning text (issue 21) too.
type WorkspaceMessages = Pick<Messages, "admin" | "coordinator" | "grants" | "planning">;
// The programme pages' and the map's text (issues 21, 25) loads on those public pages and the area
// pages, and in the workspaces (which show the same charts, budgets and maps).
type PlacesMessages = Pick<Messages, "places">;
// E-mail text (`mail`) is written only on the server: the browser never loads it.
const coreLoaders: Record<Language, () => Promise<Omit<Messages, keyof WorkspaceMessages | keyof PlacesMessages | "mail">>> = {
  nb: () => import("./nb.core").then((module) => module.nbCore),
  en: () => import("./en.core").then((module) => module.enCore),
};
const workspaceLoaders: Record<Language, () => Promise<WorkspaceMessages>> = {
  nb: () =>
    Promise.all([import("./nb.admin"), import("./nb.coordinator"), import("./nb.grants"), import("./nb.planning")]).then(([a, c, g, p]) => ({
      admin: a.admin,
      coordinator: c.coordinator,
      grants: g.grants,
      planning: p.planning,
    })),
  en: () =>
    Promise.all([import("./en.admin"), import("./en.coordinator"), import("./en.grants"), import("./en.planning")]).then(([a, c, g, p]) => ({
      admin: a.admin,
      coordinator: c.coordinator,
      grants: g.grants,
      planning: p.planning,
    })),
};
const placesLoaders: Record<Language, () => Promise<PlacesMessages>> = {
  nb: () => import("./nb.places").then((module) => ({ places: module.places })),
  en: () => import("./en.places").then((module) => ({ places: module.places })),
};

/** The pages that show the workspaces' text: coordinator, admin and the grants' pages (issue 20). */
export function isWorkspacePath(pathname: string): boolean {
  return /^\/(koordinator|admin|bydelsgruppe|tilskudd|min-side\/tilskudd)(\/|$)/.test(pathname);
}

/** The pages that show the programme pages' and the map's text: those public pages, the area pages and the workspaces. */
export function isPlacesPath(pathname: string): boolean {
  return /^\/(satsinger|kart|omrader)(\/|$)/.test(pathname) || isWorkspacePath(pathname);
}

export async function loadCatalogue(lang: Language, { workspace = false, places = false } = {}): Promise<void> {
  // Until the workspaces are loaded, the browser's catalogue lacks them; only their pages read them.
  const loaded = catalogues[lang] ?? ({ ...(await coreLoaders[lang]()) } as Messages);
  const [workspaceText, placesText] = await Promise.all([
    workspace && !("coordinator" in loaded) ? workspaceLoaders[lang]() : undefined,
    places && !("places" in loaded) ? placesLoaders[lang]() : undefined,
  ]);
  Object.assign(loaded, workspaceText, placesText);
  catalogues[lang] = loaded;
}

/** For the workspaces' layout routes: their text must be there before a client-side navigation renders. */
export function loadWorkspaceCatalogue(): Promise<void> {
  const lang = document.documentElement.lang;
  return loadCatalogue(isLanguage(lang) ? lang : DEFAULT_LANGUAGE, { workspace: true, places: true });
}

/** For the programme pages, the map and the area pages (a clientLoader): their text, before a client-side navigation renders. */
export function loadPlacesCatalogue(): Promise<void> {
  const lang = document.documentElement.lang;
  return loadCatalogue(isLanguage(lang) ? lang : DEFAULT_LANGUAGE, { places: true });
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
