import { useRouteLoaderData } from "@remix-run/react";
import { en, nb } from "./catalogues.server";
import type { Messages } from "./nb";
import { dateTimeFormat, numberFormat } from "./format";

export type { Messages };
export { LANGUAGES, type Language } from "./languages";
import { LANGUAGES, type Language } from "./languages";
export const DEFAULT_LANGUAGE: Language = "nb";

// On the server both are there from the start. In the browser (where the `.server` import is empty)
// entry.client.tsx loads the page's language before hydrating: its core, plus the sections its path
// needs (SECTIONS below); a route that shows a section loads it in a clientLoader too, for a
// client-side navigation there. A public page so carries none of the workspaces' text, which keeps
// it within its weight (scripts/page-weight.test.ts).
const catalogues: Partial<Record<Language, Messages>> = { nb, en };

type Section = {
  /** The pages that show the section's text. */
  paths: RegExp;
  load: Record<Language, () => Promise<Partial<Messages>>>;
  /** A key the section brings, to tell whether it is loaded. */
  marker: keyof Messages;
};
const WORKSPACE_PATHS = /^\/(koordinator|admin|bydelsgruppe|min-side\/tilskudd)(\/|$)/;
const SECTIONS = {
  // The coordinators' and administrators' workspaces, with all the grants' text (issue 20: the
  // applicant's and the group's pages too) and the coordinators' planning text (issue 21).
  workspace: {
    paths: WORKSPACE_PATHS,
    marker: "coordinator",
    load: {
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
    },
  },
  // The public grant pages: the words every grant page shares and their own, none of the applicant's,
  // administrator's or group's (those are the workspace's).
  publicGrants: {
    paths: /^\/tilskudd(\/|$)/,
    marker: "grants",
    load: {
      nb: () =>
        Promise.all([import("./nb.grants.words"), import("./nb.grants.public")]).then(([w, p]) => ({
          grants: { ...w.grantWords, publicPages: p.publicPages } as Messages["grants"],
        })),
      en: () =>
        Promise.all([import("./en.grants.words"), import("./en.grants.public")]).then(([w, p]) => ({
          grants: { ...w.grantWords, publicPages: p.publicPages } as Messages["grants"],
        })),
    },
  },
  // The programme pages' and the map's text (issues 21, 25): those public pages, the area pages, and
  // the workspaces (which show the same charts, budgets and maps).
  places: {
    // A tiltak's own page too (issue 21: a closed period's outcome), but not the list /tiltak.
    paths: new RegExp(`^/(satsinger|kart|omrader)(/|$)|^/tiltak/[^/]+/?$|${WORKSPACE_PATHS.source}`),
    marker: "places",
    load: {
      nb: () => import("./nb.places").then((module) => ({ places: module.places })),
      en: () => import("./en.places").then((module) => ({ places: module.places })),
    },
  },
  // Medvirkning (issue 22): the public calendar (/moter), the area pages that show an area's next
  // meetings, the partner's meetings (/min-side/moter), and the workspaces (the coordinators' pages
  // and the navigation's "Møter").
  meetings: {
    paths: new RegExp(`^/(moter|omrader|min-side/moter)(/|$)|${WORKSPACE_PATHS.source}`),
    marker: "meetings",
    load: {
      nb: () => import("./nb.meetings").then((module) => ({ meetings: module.meetings })),
      en: () => import("./en.meetings").then((module) => ({ meetings: module.meetings })),
    },
  },
  // The text of those who run meetings (the coordinators' pages, the navigation's "Møter", the partner's
  // meetings and the forms' messages): only where they work, never on the public calendar or area pages.
  meetingsWork: {
    paths: new RegExp(`^/min-side/moter(/|$)|${WORKSPACE_PATHS.source}`),
    marker: "meetingsWork",
    load: {
      nb: () => import("./nb.meetings.work").then((module) => ({ meetingsWork: module.meetingsWork })),
      en: () => import("./en.meetings.work").then((module) => ({ meetingsWork: module.meetingsWork })),
    },
  },
  // The open data's documentation and the statements about accessibility and privacy: long texts that
  // only their own pages show.
  about: {
    paths: /^\/(apne-data|tilgjengelighet|personvern)(\/|$)/,
    marker: "openData",
    load: {
      nb: () => import("./nb.open-data").then((module) => ({ openData: module.openData })),
      en: () => import("./en.open-data").then((module) => ({ openData: module.openData })),
    },
  },
} satisfies Record<string, Section>;
export type CatalogueSection = keyof typeof SECTIONS;
// E-mail text (`mail`) is written only on the server: the browser never loads it.
type SectionKeys = "admin" | "coordinator" | "grants" | "planning" | "places" | "meetings" | "meetingsWork" | "openData" | "mail";
const coreLoaders: Record<Language, () => Promise<Omit<Messages, SectionKeys>>> = {
  nb: () => import("./nb.core").then((module) => module.nbCore),
  en: () => import("./en.core").then((module) => module.enCore),
};

/** The sections of the catalogue a page at this path shows. */
export function sectionsForPath(pathname: string): CatalogueSection[] {
  return (Object.keys(SECTIONS) as CatalogueSection[]).filter((name) => SECTIONS[name].paths.test(pathname));
}

/**
 * The page's language with the sections it needs; what is loaded already is not asked for again. A
 * workspace section brings the whole of `grants`, replacing the public grant pages' part of it.
 */
export async function loadCatalogue(lang: Language, sections: readonly CatalogueSection[] = []): Promise<void> {
  const loaded = catalogues[lang] ?? ({ ...(await coreLoaders[lang]()) } as Messages);
  const missing = sections.filter((name) => !(SECTIONS[name].marker in loaded));
  Object.assign(loaded, ...(await Promise.all(missing.map((name) => SECTIONS[name].load[lang]()))));
  catalogues[lang] = loaded;
}

function loadInBrowser(sections: readonly CatalogueSection[]): Promise<void> {
  const lang = document.documentElement.lang;
  return loadCatalogue(isLanguage(lang) ? lang : DEFAULT_LANGUAGE, sections);
}

/** For the workspaces' layout routes and the grant pages: their text must be there before a client-side navigation renders. */
export function loadWorkspaceCatalogue(): Promise<void> {
  return loadInBrowser(["workspace", "places", "meetings", "meetingsWork"]);
}

/** For the public grant pages (a clientLoader). */
export function loadPublicGrantsCatalogue(): Promise<void> {
  return loadInBrowser(["publicGrants"]);
}

/** For the programme pages, the map and the area pages (a clientLoader): their text, before a client-side navigation renders. */
export function loadPlacesCatalogue(): Promise<void> {
  return loadInBrowser(["places"]);
}

/** For the public meeting pages and the partner's meetings (a clientLoader): their text before a client-side navigation renders. */
export function loadMeetingsCatalogue(options: { work?: boolean } = {}): Promise<void> {
  return loadInBrowser(options.work ? ["meetings", "meetingsWork"] : ["meetings"]);
}

/** For the open data's, accessibility and privacy pages (a clientLoader). */
export function loadAboutCatalogue(): Promise<void> {
  return loadInBrowser(["about"]);
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
