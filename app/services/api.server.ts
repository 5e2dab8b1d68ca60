/**
 * The open data API (/api/v1/*): query parameters, paging, the JSON envelope, CSV, CORS and caching,
 * the same for every endpoint. The routes only name their endpoint; the data comes from
 * app/models/open-data.server.ts, which decides what is public.
 *
 * One way to ask for CSV: `?format=csv` (a link is easy to share and to open in a spreadsheet, and
 * caches need no `Vary: Accept`).
 */
import { getMessages, type Messages } from "~/i18n";
import {
  listOpenInitiatives,
  listOpenOrganisations,
  listOpenParticipations,
  resolveReferences,
  type Listing,
  type OpenInitiative,
  type OpenOrganisation,
  type OpenParticipation,
  type SlugName,
  type Window,
} from "~/models/open-data.server";
import { listPublicGrants } from "~/models/grant/public.server";
import { listOpenProgrammes, type OpenProgrammeRow } from "~/models/programme-profile.server";
import { CSV_CONTENT_TYPE, toCsv, type CsvValue } from "~/services/csv";
import { messagesFor } from "~/services/language.server";
import { getEnv } from "~/utils/env.server";
import { log } from "~/utils/log.server";
import {
  INITIATIVE_STATUSES,
  OFFERS,
  PARTICIPATION_ROLES,
  SECTORS,
  type InitiativeStatus,
  type Offer,
  type ParticipationRole,
  type Sector,
} from "~/validation/enums";

export const PER_PAGE_DEFAULT = 50;
export const PER_PAGE_MAX = 100;
/** A CSV without page/per_page holds every match up to this many rows. */
export const CSV_MAX_ROWS = 10_000;
export const Q_MAX_LENGTH = 200;
export const NLOD_URL = "https://data.norge.no/nlod/no/2.0";
export const API_METHODS = "GET, HEAD, OPTIONS";
const CACHE_CONTROL = "public, max-age=60";
const PREFLIGHT_MAX_AGE = "86400";

type ApiMessages = Messages["openData"]["api"];
/** Error text in the request's language (the `laget_sprak` cookie, else bokmål). */
const messages = (request?: Request): ApiMessages => (request ? messagesFor(request) : getMessages()).openData.api;

/** Headers on every API response, errors included, so a script on another site can read them. */
function commonHeaders(): Record<string, string> {
  return {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": "X-Total-Count, Link",
    Link: `<${NLOD_URL}>; rel="license"`,
  };
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: "invalid_parameter" | "unknown_parameter" | "not_found" | "method_not_allowed" | "internal_error",
    message: string,
  ) {
    super(message);
  }
}

function errorResponse(error: ApiError): Response {
  return Response.json(
    { error: { code: error.code, message: error.message } },
    {
      status: error.status,
      headers: {
        ...commonHeaders(),
        "Cache-Control": "no-store",
        ...(error.status === 405 ? { Allow: API_METHODS } : {}),
      },
    },
  );
}

/** The answer to a CORS preflight: any origin may GET. */
export function preflightResponse(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...commonHeaders(),
      Allow: API_METHODS,
      "Access-Control-Allow-Methods": API_METHODS,
      "Access-Control-Allow-Headers": "Accept, Accept-Language, Content-Type",
      "Access-Control-Max-Age": PREFLIGHT_MAX_AGE,
      "Cache-Control": `public, max-age=${PREFLIGHT_MAX_AGE}`,
    },
  });
}

/** For POST, PUT, PATCH and DELETE: the open data can only be read. */
export function methodNotAllowedResponse(request?: Request): Response {
  return errorResponse(new ApiError(405, "method_not_allowed", messages(request).methodNotAllowed));
}

// ---------------------------------------------------------------------------------------------
// Query parameters
// ---------------------------------------------------------------------------------------------

type ParamSpec =
  | { kind: "enum"; values: readonly string[] }
  | { kind: "slug" }
  | { kind: "text"; max: number };

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,118}[a-z0-9])?$/;
const PAGING_PARAMS = ["page", "per_page", "format"] as const;

/** A value people typed, shortened for an error message. */
const shown = (value: string) => (value.length > 60 ? `${value.slice(0, 60)}…` : value);

export type ParsedQuery = {
  filters: Record<string, string>;
  page: number;
  perPage: number;
  format: "json" | "csv";
  /** Whether page or per_page was given (a CSV without them holds every match). */
  explicitPaging: boolean;
};

/** Reads and checks every query parameter; throws an ApiError (400) naming the first problem. */
export function parseQuery(url: URL, specs: Record<string, ParamSpec>, t: ApiMessages = messages()): ParsedQuery {
  const allowed = [...Object.keys(specs), ...PAGING_PARAMS];
  const seen = new Set<string>();
  for (const name of url.searchParams.keys()) {
    if (!allowed.includes(name)) throw new ApiError(400, "unknown_parameter", t.unknownParameter(shown(name), allowed.join(", ")));
    if (seen.has(name)) throw new ApiError(400, "invalid_parameter", t.repeatedParameter(name));
    seen.add(name);
  }
  // An empty value (`?sector=`, as a form sends it) means the parameter is not used.
  const get = (name: string) => {
    const value = url.searchParams.get(name);
    return value === null || value === "" ? undefined : value;
  };

  const rawPage = get("page");
  if (rawPage !== undefined && !/^[1-9]\d{0,5}$/.test(rawPage)) throw new ApiError(400, "invalid_parameter", t.invalidPage);
  const rawPerPage = get("per_page");
  if (rawPerPage !== undefined && (!/^[1-9]\d{0,2}$/.test(rawPerPage) || Number(rawPerPage) > PER_PAGE_MAX)) {
    throw new ApiError(400, "invalid_parameter", t.invalidPerPage(PER_PAGE_MAX));
  }
  const format = get("format") ?? "json";
  if (format !== "json" && format !== "csv") throw new ApiError(400, "invalid_parameter", t.invalidFormat);

  const filters: Record<string, string> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const value = get(name);
    if (value === undefined) continue;
    if (spec.kind === "enum" && !spec.values.includes(value)) {
      throw new ApiError(400, "invalid_parameter", t.invalidValue(name, shown(value), spec.values.join(", ")));
    }
    if (spec.kind === "slug" && !SLUG.test(value)) throw new ApiError(400, "invalid_parameter", t.invalidSlug(name));
    if (spec.kind === "text" && value.length > spec.max) throw new ApiError(400, "invalid_parameter", t.tooLong(name, spec.max));
    filters[name] = value;
  }
  return {
    filters,
    page: rawPage === undefined ? 1 : Number(rawPage),
    perPage: rawPerPage === undefined ? PER_PAGE_DEFAULT : Number(rawPerPage),
    format,
    explicitPaging: rawPage !== undefined || rawPerPage !== undefined,
  };
}

// ---------------------------------------------------------------------------------------------
// Endpoints
// ---------------------------------------------------------------------------------------------

type Endpoint<T> = {
  path: string;
  csvFilename: string;
  params: Record<string, ParamSpec>;
  /** Runs the query; filters are already checked against `params`. `t` words a not-found error. */
  load: (filters: Record<string, string>, window: Window, t: ApiMessages) => Listing<T>;
  csvHeader: string[];
  /** One CSV row per item; or `csvRows`, several rows per item (a programme's indicator values). */
  csvRow?: (item: T) => CsvValue[];
  csvRows?: (item: T) => CsvValue[][];
};

const list = (values: readonly string[]) => values.join("; ");

function notFound(missing: string[], slugs: Record<string, string | undefined>, t: ApiMessages) {
  if (missing.includes("area")) throw new ApiError(400, "not_found", t.unknownArea(shown(slugs.area ?? "")));
  if (missing.includes("programme")) throw new ApiError(400, "not_found", t.unknownProgramme(shown(slugs.programme ?? "")));
  if (missing.includes("subprogramme")) throw new ApiError(400, "not_found", t.unknownSubprogramme(shown(slugs.subprogramme ?? "")));
}

export const organisationsEndpoint: Endpoint<OpenOrganisation> = {
  path: "/api/v1/organisations",
  csvFilename: "laget-partnere.csv",
  params: {
    sector: { kind: "enum", values: SECTORS },
    area: { kind: "slug" },
    theme: { kind: "slug" },
    offer: { kind: "enum", values: OFFERS },
    q: { kind: "text", max: Q_MAX_LENGTH },
  },
  load: (f, window, t) => {
    const refs = resolveReferences({ area: f.area, subprogramme: f.theme });
    notFound(refs.missing, { area: f.area, subprogramme: f.theme }, t);
    return listOpenOrganisations(
      { sector: f.sector as Sector | undefined, areaId: refs.areaId, theme: f.theme, offer: f.offer as Offer | undefined, q: f.q },
      window,
    );
  },
  csvHeader: [
    "slug",
    "name",
    "sector",
    "orgNumber",
    "description",
    "website",
    "contactEmail",
    "contactPhone",
    "areas",
    "areaNames",
    "themes",
    "themeNames",
    "offers",
    "approvedAt",
    "url",
  ],
  csvRow: (o) => [
    o.slug,
    o.name,
    o.sector,
    o.orgNumber,
    o.description,
    o.website,
    o.contactEmail,
    o.contactPhone,
    list(o.areas.map((a) => a.slug)),
    list(o.areas.map((a) => a.name)),
    list(o.themes.map((t) => `${t.programme.slug}/${t.slug}`)),
    list(o.themes.map((t) => `${t.programme.name}: ${t.name}`)),
    list(o.offers),
    o.approvedAt,
    o.url,
  ],
};

export const initiativesEndpoint: Endpoint<OpenInitiative> = {
  path: "/api/v1/initiatives",
  csvFilename: "laget-tiltak.csv",
  params: {
    programme: { kind: "slug" },
    subprogramme: { kind: "slug" },
    area: { kind: "slug" },
    status: { kind: "enum", values: INITIATIVE_STATUSES },
  },
  load: (f, window, t) => {
    const refs = resolveReferences({ area: f.area, programme: f.programme, subprogramme: f.subprogramme });
    notFound(refs.missing, f, t);
    return listOpenInitiatives(
      {
        programme: f.programme,
        subprogramme: f.subprogramme,
        areaId: refs.areaId,
        status: f.status as InitiativeStatus | undefined,
      },
      window,
    );
  },
  csvHeader: [
    "slug",
    "title",
    "summary",
    "description",
    "programme",
    "programmeName",
    "subprogramme",
    "subprogrammeName",
    "area",
    "areaName",
    "status",
    "startDate",
    "endDate",
    "leadOrganisation",
    "soughtSectors",
    "soughtOffers",
    "url",
  ],
  csvRow: (i) => [
    i.slug,
    i.title,
    i.summary,
    i.description,
    i.programme.slug,
    i.programme.name,
    i.subprogramme.slug,
    i.subprogramme.name,
    i.area.slug,
    i.area.name,
    i.status,
    i.startDate,
    i.endDate,
    i.leadOrganisation,
    list(i.soughtSectors),
    list(i.soughtOffers),
    i.url,
  ],
};

export const participationsEndpoint: Endpoint<OpenParticipation> = {
  path: "/api/v1/participations",
  csvFilename: "laget-deltakelser.csv",
  params: {
    initiative: { kind: "slug" },
    organisation: { kind: "slug" },
    role: { kind: "enum", values: PARTICIPATION_ROLES },
  },
  // Unknown tiltak or organisation slugs give an empty list, never a hint that a private one exists.
  load: (f, window) =>
    listOpenParticipations(
      { initiative: f.initiative, organisation: f.organisation, role: f.role as ParticipationRole | undefined },
      window,
    ),
  csvHeader: ["initiative", "organisation", "role", "startedAt"],
  csvRow: (p) => [p.initiative, p.organisation, p.role, p.startedAt],
};

/** A published grant as open data: never a private person's name, never a rejection (models/grant/public.server.ts). */
export type OpenGrant = {
  scheme: SlugName;
  round: string;
  title: string;
  recipient: { kind: "organisation"; slug: string | null; name: string | null; sector: Sector | null } | { kind: "private_person" };
  area: SlugName | null;
  outcome: "granted" | "partly_granted";
  amountGranted: number;
  decidedOn: string;
  url: string;
};

export const grantsEndpoint: Endpoint<OpenGrant> = {
  path: "/api/v1/grants",
  csvFilename: "laget-tilskudd.csv",
  params: { scheme: { kind: "slug" } },
  // An unknown scheme gives an empty list, as an unknown tiltak does for participations.
  load: (f, window) => {
    // The API's windows are whole pages (offset = (page - 1) × limit), so the page follows.
    const { total, items } = listPublicGrants({ schemeSlug: f.scheme, page: Math.floor(window.offset / window.limit) + 1, pageSize: window.limit });
    const base = getEnv().publicUrl;
    return {
      total,
      items: items.map((g) => ({
        scheme: { slug: g.schemeSlug, name: g.schemeName },
        round: g.roundName,
        title: g.title,
        recipient: g.privatePerson
          ? { kind: "private_person" as const }
          : { kind: "organisation" as const, slug: g.organisationSlug, name: g.organisationName, sector: g.sector },
        area: g.areaSlug && g.areaName ? { slug: g.areaSlug, name: g.areaName } : null,
        outcome: g.outcome === "partly_granted" ? ("partly_granted" as const) : ("granted" as const),
        // Kroner, with øre as decimals: the amounts people read everywhere else.
        amountGranted: g.amountGrantedOre / 100,
        decidedOn: g.decidedOn,
        url: `${base}/tilskudd/${g.schemeSlug}`,
      })),
    };
  },
  csvHeader: ["scheme", "schemeName", "round", "title", "recipientKind", "organisation", "organisationName", "sector", "area", "areaName", "outcome", "amountGranted", "decidedOn", "url"],
  csvRow: (g) => [
    g.scheme.slug,
    g.scheme.name,
    g.round,
    g.title,
    g.recipient.kind,
    g.recipient.kind === "organisation" ? g.recipient.slug : null,
    g.recipient.kind === "organisation" ? g.recipient.name : null,
    g.recipient.kind === "organisation" ? g.recipient.sector : null,
    g.area?.slug ?? null,
    g.area?.name ?? null,
    g.outcome,
    g.amountGranted,
    g.decidedOn,
    g.url,
  ],
};

/** Kroner, with øre as decimals. */
const kr = (ore: number) => ore / 100;
type OpenAmounts = { planned: number; granted: number; spent: number };
const amounts = (a: { plannedOre: number; grantedOre: number; spentOre: number }): OpenAmounts => ({ planned: kr(a.plannedOre), granted: kr(a.grantedOre), spent: kr(a.spentOre) });

export type OpenGoal = {
  number: string;
  title: string;
  description: string;
  subprogramme: SlugName | null;
  area: SlugName | null;
  indicators: {
    name: string;
    unit: string;
    source: string;
    baseline: { year: number; value: number };
    target: { year: number; value: number } | null;
    values: { year: number; value: number }[];
  }[];
  /** Slugs of the public tiltak linked to the goal. */
  initiatives: string[];
};

/** A programme as open data (issue 21): its goals and indicators, and its adopted plans' budgets — never a draft. */
export type OpenProgramme = {
  slug: string;
  name: string;
  municipality: string;
  periodStart: number;
  periodEnd: number | null;
  description: string;
  closed: boolean;
  subprogrammes: SlugName[];
  goals: (OpenGoal & { subGoals: OpenGoal[] })[];
  budgets: {
    year: number;
    adoptedBy: string;
    adoptedOn: string;
    total: OpenAmounts;
    bySubprogramme: ({ subprogramme: string | null } & OpenAmounts)[];
    bySource: ({ source: string; sourceName: string } & OpenAmounts)[];
  }[];
  url: string;
};

type GoalRow = OpenProgrammeRow["goals"][number];
const openGoal = (g: Omit<GoalRow, "subGoals">): OpenGoal => ({
  number: g.number,
  title: g.title,
  description: g.description,
  subprogramme: g.subprogramme ? { slug: g.subprogramme.slug, name: g.subprogramme.name } : null,
  area: g.area ? { slug: g.area.slug, name: g.area.name } : null,
  indicators: g.indicators.map((i) => ({ name: i.name, unit: i.unit, source: i.source, baseline: i.baseline, target: i.target, values: i.values })),
  initiatives: g.initiatives.map((i) => i.slug),
});

export const programmesEndpoint: Endpoint<OpenProgramme> = {
  path: "/api/v1/programmes",
  csvFilename: "laget-satsinger.csv",
  params: { programme: { kind: "slug" } },
  // An unknown programme gives an empty list, as an unknown scheme does for grants.
  load: (f, window) => {
    const { total, items } = listOpenProgrammes({ programme: f.programme }, window);
    const base = getEnv().publicUrl;
    return {
      total,
      items: items.map((p) => ({
        slug: p.slug,
        name: p.name,
        municipality: p.municipality,
        periodStart: p.periodStart,
        periodEnd: p.periodEnd,
        description: p.description,
        closed: p.closedAt !== null,
        subprogrammes: p.subprogrammes,
        goals: p.goals.map(({ subGoals, ...main }) => ({ ...openGoal(main), subGoals: subGoals.map(openGoal) })),
        budgets: p.plans.map((plan) => ({
          year: plan.year,
          adoptedBy: plan.adoptedBy,
          adoptedOn: plan.adoptedOn,
          total: amounts(plan.total),
          bySubprogramme: plan.bySubprogramme.map((s) => ({ subprogramme: s.name, ...amounts(s) })),
          bySource: plan.bySource.map((s) => ({ source: s.source, sourceName: s.sourceName, ...amounts(s) })),
        })),
        url: `${base}/satsinger/${p.slug}`,
      })),
    };
  },
  // One row per figure: an indicator's baseline, yearly value or target, or a budget sum of an adopted plan.
  csvHeader: ["programme", "programmeName", "record", "goal", "goalTitle", "indicator", "unit", "source", "kind", "year", "value", "breakdown", "subprogramme", "budgetSource", "sourceName", "planned", "granted", "spent"],
  csvRows: (p) => [
    ...p.goals.flatMap(({ subGoals, ...main }) => [main, ...subGoals]).flatMap((g) =>
      g.indicators.flatMap((i) => [
        [p.slug, p.name, "indicator", g.number, g.title, i.name, i.unit, i.source, "baseline", i.baseline.year, i.baseline.value, null, null, null, null, null, null, null],
        ...i.values.map((v) => [p.slug, p.name, "indicator", g.number, g.title, i.name, i.unit, i.source, "value", v.year, v.value, null, null, null, null, null, null, null]),
        ...(i.target ? [[p.slug, p.name, "indicator", g.number, g.title, i.name, i.unit, i.source, "target", i.target.year, i.target.value, null, null, null, null, null, null, null]] : []),
      ] as CsvValue[][]),
    ),
    ...p.budgets.flatMap((b) => [
      ...b.bySubprogramme.map((s) => [p.slug, p.name, "budget", null, null, null, null, null, null, b.year, null, "subprogramme", s.subprogramme, null, null, s.planned, s.granted, s.spent]),
      ...b.bySource.map((s) => [p.slug, p.name, "budget", null, null, null, null, null, null, b.year, null, "source", null, s.source, s.sourceName, s.planned, s.granted, s.spent]),
    ] as CsvValue[][]),
  ],
};

// ---------------------------------------------------------------------------------------------
// Serving
// ---------------------------------------------------------------------------------------------

/** An absolute link to a page of the same listing, with the same filters. */
function pageLink(path: string, filters: Record<string, string>, page: number, perPage: number): string {
  const params = new URLSearchParams(filters);
  params.set("page", String(page));
  params.set("per_page", String(perPage));
  return `${getEnv().publicUrl}${path}?${params.toString()}`;
}

/** The whole answer to a request for one endpoint: preflight, JSON, CSV or a JSON error. Never throws. */
export function serveOpenData<T>(request: Request, endpoint: Endpoint<T>): Response {
  if (request.method === "OPTIONS") return preflightResponse();
  const t = messages(request);
  try {
    const query = parseQuery(new URL(request.url), endpoint.params, t);
    const { filters, page, perPage } = query;

    if (query.format === "csv") {
      const window = query.explicitPaging ? { limit: perPage, offset: (page - 1) * perPage } : { limit: CSV_MAX_ROWS, offset: 0 };
      const { total, items } = endpoint.load(filters, window, t);
      const rows = items.flatMap((item) => endpoint.csvRows?.(item) ?? (endpoint.csvRow ? [endpoint.csvRow(item)] : []));
      return new Response(toCsv(endpoint.csvHeader, rows), {
        headers: {
          ...commonHeaders(),
          "Content-Type": CSV_CONTENT_TYPE,
          "Content-Disposition": `attachment; filename="${endpoint.csvFilename}"`,
          "Cache-Control": CACHE_CONTROL,
          "X-Total-Count": String(total),
        },
      });
    }

    const { total, items } = endpoint.load(filters, { limit: perPage, offset: (page - 1) * perPage }, t);
    const totalPages = Math.ceil(total / perPage);
    return Response.json(
      {
        data: items,
        meta: { page, perPage, total, totalPages },
        links: {
          self: pageLink(endpoint.path, filters, page, perPage),
          next: page < totalPages ? pageLink(endpoint.path, filters, page + 1, perPage) : null,
          prev: page > 1 ? pageLink(endpoint.path, filters, Math.min(page - 1, Math.max(totalPages, 1)), perPage) : null,
        },
      },
      { headers: { ...commonHeaders(), "Cache-Control": CACHE_CONTROL, "X-Total-Count": String(total) } },
    );
  } catch (error) {
    if (error instanceof ApiError) return errorResponse(error);
    log.error("open data request failed", { path: endpoint.path, error: (error as Error).message });
    return errorResponse(new ApiError(500, "internal_error", t.internalError));
  }
}
