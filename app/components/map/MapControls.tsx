import { SelectField } from "~/components/ui/Field";
import { FilterForm } from "~/components/ui/FilterForm";
import { useT } from "~/i18n";
import { MAP_MEASURES, type MapMeasure } from "~/validation/map";

/**
 * What the map shows, as a GET form (the choice is in the address: `?vis=partnere&satsing=…`, a link
 * can be shared and the page cached by it). Programmes only on /kart; an area page's map is its own.
 */
export function MapControls({
  measure,
  programmes,
  programme,
  headingId,
}: {
  measure: MapMeasure;
  programmes?: readonly { slug: string; name: string }[];
  programme?: string | null;
  headingId: string;
}) {
  const t = useT();
  const m = t.places.map;
  return (
    <FilterForm labelledBy={headingId} submitLabel={m.submit} className="mt-2">
      <div className="min-w-56">
        <SelectField
          id={`${headingId}-vis`}
          name="vis"
          label={m.measureLabel}
          defaultValue={measure}
          options={MAP_MEASURES.map((value) => ({ value, label: m.measures[value] }))}
        />
      </div>
      {programmes ? (
        <div className="min-w-56">
          <SelectField
            id={`${headingId}-satsing`}
            name="satsing"
            label={m.programmeLabel}
            defaultValue={programme ?? ""}
            placeholder={m.allProgrammes}
            options={programmes.map((p) => ({ value: p.slug, label: p.name }))}
          />
        </div>
      ) : null}
    </FilterForm>
  );
}
