import type { ReactNode } from "react";
import { SelectField } from "~/components/ui/Field";
import { FilterForm } from "~/components/ui/FilterForm";
import { useT } from "~/i18n";

/** A GET form choosing the programme (and optionally more filters); works without JavaScript. */
export function ProgrammeFilter({
  programmes,
  current,
  children,
}: {
  programmes: { slug: string; name: string }[];
  current: string;
  children?: ReactNode;
}) {
  const t = useT();
  return (
    <FilterForm submitLabel={t.coordinator.show} className="print:hidden">
      <SelectField id="satsing" name="satsing" label={t.coordinator.programmePicker} defaultValue={current} options={programmes.map((p) => ({ value: p.slug, label: p.name }))} />
      {children}
    </FilterForm>
  );
}
