import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { SelectField } from "~/components/ui/Field";
import { useT } from "~/i18n";
import { buttonClass } from "./classes";

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
    <Form method="get" className="no-print flex flex-wrap items-end gap-4 print:hidden">
      <SelectField id="satsing" name="satsing" label={t.coordinator.programmePicker} defaultValue={current} options={programmes.map((p) => ({ value: p.slug, label: p.name }))} />
      {children}
      <button type="submit" className={`${buttonClass} mt-5`}>
        {t.coordinator.show}
      </button>
    </Form>
  );
}
