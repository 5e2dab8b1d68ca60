import { useEffect, useRef } from "react";
import { FilterForm } from "~/components/ui/FilterForm";
import { NarrowDisclosure } from "~/components/ui/NarrowDisclosure";
import { useT } from "~/i18n";
import { OFFERS, SECTORS, type Offer, type Sector } from "~/validation/enums";

type Active = {
  sector: Sector | null;
  area: { slug: string; name: string } | null;
  theme: { slug: string; name: string } | null;
  offer: Offer | null;
  /** Chosen by a link (the front page's programme cards), not in the form: kept, and removed by its chip. */
  programme?: { slug: string; name: string } | null;
};
type Sort = "navn" | "nyeste" | "relevans";

const controlClass = "mt-1 block min-h-11 w-full min-w-0 rounded border border-gray-600 bg-white px-3 py-2 text-base text-ink";
/** Indents the area tree in a native select; spaces are not read aloud. */
const indent = (depth: number) => "\u00a0\u00a0\u00a0".repeat(depth);

/**
 * The directory's search and filters: a plain GET form, so it works without JavaScript and every
 * result has its own address. With JavaScript, Remix submits it without a full page load.
 */
export function DirectorySearchForm({
  q,
  active,
  chosenSort,
  areaOptions,
  areaListCondensed,
  themeOptions,
}: {
  q: string;
  active: Active;
  chosenSort: Sort | null;
  areaOptions: { slug: string; name: string; depth: number }[];
  /** Only the municipalities and the chosen one's areas are listed (a national tree); the hint says so. */
  areaListCondensed: boolean;
  themeOptions: { slug: string; name: string }[];
}) {
  const t = useT();
  const l = t.directory.list;
  const formRef = useRef<HTMLFormElement>(null);

  // The fields are uncontrolled (so the form works before and without hydration). When the address
  // changes without a new page (a "remove filter" link, the back button), show the new values; but
  // only then, never on the first render, which would undo what someone chose before hydration.
  const values: Record<string, string> = {
    q,
    sektor: active.sector ?? "",
    omrade: active.area?.slug ?? "",
    tema: active.theme?.slug ?? "",
    tilbud: active.offer ?? "",
  };
  const key = JSON.stringify(values);
  const chosenFilters = [active.sector, active.area, active.theme, active.offer].filter(Boolean).length;
  const shownKey = useRef(key);
  useEffect(() => {
    const form = formRef.current;
    if (!form || shownKey.current === key) return;
    shownKey.current = key;
    for (const [name, value] of Object.entries(JSON.parse(key) as Record<string, string>)) {
      const field = form.elements.namedItem(name);
      if ((field instanceof HTMLInputElement || field instanceof HTMLSelectElement) && field.value !== value) field.value = value;
    }
  }, [key]);

  return (
    // The search box takes the first row; the folded filters share the next with the search button
    // (the form's own, last); open (or wide), the filters take the whole row.
    <FilterForm
      formRef={formRef}
      action="/partnere"
      search
      label={l.searchFormLabel}
      layout="none"
      submitLabel={l.submit}
      submitVariant="primary"
      submitClassName=""
      className="mt-4 flex flex-wrap items-start gap-3 rounded border border-brand-100 bg-brand-50 p-3 md:mt-6 md:gap-y-4 md:p-4"
    >
      <div className="basis-full">
        <label htmlFor="directory-q" className="block font-semibold">
          {l.searchLabel}
        </label>
        <p id="directory-q-hint" className="text-sm text-gray-800">
          {l.searchHint}
        </p>
        <input
          id="directory-q"
          name="q"
          type="search"
          defaultValue={q}
          maxLength={200}
          autoComplete="off"
          aria-describedby="directory-q-hint"
          className={controlClass}
        />
      </div>

      {/* On a phone the four filters fold away, so that the first result is in the first screen; the
          search box stays. Closed by default even when a filter is chosen: the chosen ones are named
          above the results (and counted on the summary), and someone who just searched wants to see
          the results. From 48rem up they are shown without a click (NarrowDisclosure). The fields
          in a closed <details> still belong to the form, so a search keeps the chosen filters. */}
      <NarrowDisclosure
        className="open:basis-full md:basis-full"
        summaryVariant="secondary"
        summary={
          <>
            <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" className="shrink-0">
              <path d="M2 3h12l-4.5 5.5V13l-3 1.5V8.5z" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
            </svg>
            {l.filtersToggle(chosenFilters)}
          </>
        }
      >
        <fieldset className="mt-4 md:mt-0">
          <legend className="font-semibold">{l.filtersLegend}</legend>
          <div className="mt-1 grid gap-x-4 gap-y-3 sm:grid-cols-2">
            <div>
              <label htmlFor="directory-sektor" className="block">
                {l.sectorLabel}
              </label>
              <select id="directory-sektor" name="sektor" defaultValue={active.sector ?? ""} className={controlClass}>
                <option value="">{l.allSectors}</option>
                {SECTORS.map((s) => (
                  <option key={s} value={s}>
                    {t.sectors[s]}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="directory-omrade" className="block">
                {l.areaLabel}
              </label>
              <select
                id="directory-omrade"
                name="omrade"
                defaultValue={active.area?.slug ?? ""}
                aria-describedby="directory-omrade-hint"
                className={controlClass}
              >
                <option value="">{l.allAreas}</option>
                {areaOptions.map((a) => (
                  <option key={a.slug} value={a.slug}>
                    {indent(a.depth)}
                    {a.name}
                  </option>
                ))}
              </select>
              <p id="directory-omrade-hint" className="mt-1 text-sm text-gray-800">
                {l.areaHint}
                {areaListCondensed ? ` ${l.areaHintCondensed}` : null}
              </p>
            </div>
            <div>
              <label htmlFor="directory-tema" className="block">
                {l.themeLabel}
              </label>
              <select id="directory-tema" name="tema" defaultValue={active.theme?.slug ?? ""} className={controlClass}>
                <option value="">{l.allThemes}</option>
                {themeOptions.map((theme) => (
                  <option key={theme.slug} value={theme.slug}>
                    {theme.name}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="directory-tilbud" className="block">
                {l.offerLabel}
              </label>
              <select id="directory-tilbud" name="tilbud" defaultValue={active.offer ?? ""} className={controlClass}>
                <option value="">{l.allOffers}</option>
                {OFFERS.map((o) => (
                  <option key={o} value={o}>
                    {t.offers[o]}
                  </option>
                ))}
              </select>
            </div>
          </div>
        </fieldset>
      </NarrowDisclosure>
      {/* A sort the visitor chose stays when they change the search; otherwise the default applies. */}
      {chosenSort ? <input type="hidden" name="sortering" value={chosenSort} /> : null}
      {active.programme ? <input type="hidden" name="satsing" value={active.programme.slug} /> : null}
    </FilterForm>
  );
}

/** Sorting the current results: its own small GET form that carries the current search and filters. */
export function DirectorySortForm({ sort, searching, q, active }: { sort: Sort; searching: boolean; q: string; active: Active }) {
  const t = useT();
  const l = t.directory.list;
  const sorts: Sort[] = searching ? ["relevans", "navn", "nyeste"] : ["navn", "nyeste"];
  const hidden: [string, string | null | undefined][] = [
    ["q", searching ? q : null],
    ["sektor", active.sector],
    ["omrade", active.area?.slug],
    ["tema", active.theme?.slug],
    ["tilbud", active.offer],
    ["satsing", active.programme?.slug],
  ];
  return (
    <FilterForm action="/partnere" label={l.sortFormLabel} submitLabel={l.sortSubmit} submitClassName="" className="mt-2 md:mt-3">
      {hidden.map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
      <div className="min-w-0">
        <label htmlFor="directory-sortering" className="block">
          {l.sortLabel}
        </label>
        <select key={sort} id="directory-sortering" name="sortering" defaultValue={sort} className={controlClass}>
          {sorts.map((s) => (
            <option key={s} value={s}>
              {l.sorts[s]}
            </option>
          ))}
        </select>
      </div>
    </FilterForm>
  );
}
