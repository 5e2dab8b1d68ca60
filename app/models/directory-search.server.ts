/**
 * Reading the partner directory's URL (/partnere?q=…&sektor=…&omrade=…&tema=…&tilbud=…&satsing=…&sortering=…&side=…)
 * into checked filters, and turning the free text into a safe FTS5 MATCH expression.
 *
 * Nothing a visitor types reaches FTS5's query syntax: the text is split into runs of letters and
 * digits (the same characters the unicode61 tokenizer keeps, æøå included), each run is quoted as a
 * string and made a prefix, and the runs are ANDed. Quotes, stars, brackets, `NEAR`, `OR`, `-` and
 * column filters are thereby either dropped or searched for as plain words.
 */
import { ftsMatchExpression, MAX_QUERY_CHARS } from "./full-text-search.server";
import { OFFERS, SECTORS, type Offer, type Sector } from "~/validation/enums";
import { findAreaBySlug } from "./area.server";
import { listProgrammeChoices } from "./programme.server";
import { findThemeBySlug, type DirectoryFilters, type DirectorySort } from "./organisation.server";

/** Longer input is cut: a search box is not the place for an essay, and it bounds the query's cost. */
export type FilterParam = "sektor" | "omrade" | "tema" | "tilbud" | "satsing" | "sortering";

export type DirectoryRequest = {
  /** The search text as typed (trimmed, cut to a sane length), to put back in the form. */
  q: string;
  filters: DirectoryFilters;
  sort: DirectorySort;
  /** The sort the visitor chose explicitly, kept when they change the search or filters. */
  chosenSort: DirectorySort | null;
  /** What each filter matched, for the form and the list of active filters. */
  active: {
    sector: Sector | null;
    area: { slug: string; name: string } | null;
    theme: { slug: string; name: string } | null;
    offer: Offer | null;
    programme: { slug: string; name: string } | null;
  };
  /** Values we did not recognise and therefore left out; shown to the visitor. */
  ignored: { param: FilterParam; value: string }[];
};

const SORTS: readonly DirectorySort[] = ["navn", "nyeste", "relevans"];

/** Checks every filter of the directory's URL. Unknown values are ignored (and reported), never an error. */
export function readDirectoryRequest(params: URLSearchParams): DirectoryRequest {
  const ignored: DirectoryRequest["ignored"] = [];
  const value = (name: FilterParam) => {
    const raw = params.get(name)?.trim() ?? "";
    return raw === "" ? null : raw;
  };
  const ignore = (param: FilterParam, raw: string) => ignored.push({ param, value: raw.slice(0, 60) });

  const q = (params.get("q") ?? "").trim().slice(0, MAX_QUERY_CHARS);
  const match = ftsMatchExpression(q);

  let sector: Sector | null = null;
  const rawSector = value("sektor");
  if (rawSector !== null) {
    if ((SECTORS as readonly string[]).includes(rawSector)) sector = rawSector as Sector;
    else ignore("sektor", rawSector);
  }

  let offer: Offer | null = null;
  const rawOffer = value("tilbud");
  if (rawOffer !== null) {
    if ((OFFERS as readonly string[]).includes(rawOffer)) offer = rawOffer as Offer;
    else ignore("tilbud", rawOffer);
  }

  let area: { id: number; slug: string; name: string } | null = null;
  const rawArea = value("omrade");
  if (rawArea !== null) {
    area = findAreaBySlug(rawArea);
    if (!area) ignore("omrade", rawArea);
  }

  let theme: { slug: string; name: string; subprogrammeIds: number[] } | null = null;
  const rawTheme = value("tema");
  if (rawTheme !== null) {
    theme = findThemeBySlug(rawTheme);
    if (!theme) ignore("tema", rawTheme);
  }

  let programme: { id: number; slug: string; name: string } | null = null;
  const rawProgramme = value("satsing");
  if (rawProgramme !== null) {
    programme = listProgrammeChoices().find((p) => p.slug === rawProgramme) ?? null;
    if (!programme) ignore("satsing", rawProgramme);
  }

  let chosenSort: DirectorySort | null = null;
  const rawSort = value("sortering");
  if (rawSort !== null) {
    if ((SORTS as readonly string[]).includes(rawSort)) chosenSort = rawSort as DirectorySort;
    else ignore("sortering", rawSort);
  }
  // Relevance only means something when there is a search; without one, the list is by name.
  const sort: DirectorySort = chosenSort === "relevans" && !match ? "navn" : (chosenSort ?? (match ? "relevans" : "navn"));

  return {
    q,
    filters: {
      match,
      sector,
      areaId: area?.id ?? null,
      subprogrammeIds: theme?.subprogrammeIds ?? null,
      offer,
      programmeId: programme?.id ?? null,
    },
    sort,
    chosenSort,
    active: {
      sector,
      area: area ? { slug: area.slug, name: area.name } : null,
      theme: theme ? { slug: theme.slug, name: theme.name } : null,
      offer,
      programme: programme ? { slug: programme.slug, name: programme.name } : null,
    },
    ignored,
  };
}

/**
 * The same query without empty parameters (an untouched select sends `sektor=`) and without `side=1`,
 * or null when it is already clean. Keeps shared links short and gives each result page one address.
 */
export function cleanDirectorySearch(params: URLSearchParams): string | null {
  const clean = new URLSearchParams();
  let changed = false;
  for (const [key, raw] of params) {
    const trimmed = raw.trim();
    if (trimmed === "" || (key === "side" && trimmed === "1") || clean.has(key)) {
      changed = true;
      continue;
    }
    clean.append(key, raw);
  }
  if (!changed) return null;
  const query = clean.toString();
  return query ? `?${query}` : "";
}
