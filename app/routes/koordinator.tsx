import type { LoaderFunctionArgs } from "@remix-run/node";
import type { ClientLoaderFunctionArgs } from "@remix-run/react";
import { Form, NavLink, Outlet, useLocation } from "@remix-run/react";
import { CheckboxGroup, SelectField, SubmitButton, TextAreaField, TextField } from "~/components/ui/Field";
import { loadWorkspaceCatalogue, useT, type Messages } from "~/i18n";
import type { InitiativeFormOptions } from "~/models/initiative/management.server";
import { requireStaff } from "~/services/actor.server";
import type { ReasonCode } from "~/services/matching";
import type { formState } from "~/utils/forms";
import { coordinatorErrorText } from "~/validation/coordinator";
import { INITIATIVE_STATUSES, OFFERS, SECTORS, type Offer, type Sector } from "~/validation/enums";

/**
 * The coordinators' workspace. This loader guards the layout only: every child loader and action is
 * a request of its own and checks the person (requireStaff) and the programme of what it touches.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  return null;
}

/** A client-side navigation into the workspace brings its text along (see app/i18n/index.ts). */
export async function clientLoader({ serverLoader }: ClientLoaderFunctionArgs) {
  const [data] = await Promise.all([serverLoader<typeof loader>(), loadWorkspaceCatalogue()]);
  return data;
}

export const buttonClass = "inline-flex min-h-11 items-center rounded border border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50";
export const primaryButtonClass = "inline-flex min-h-11 items-center rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800";
export const tableClass = "mt-3 w-full border-collapse text-left text-sm [&_td]:border-b [&_td]:border-brand-100 [&_td]:p-2 [&_th]:border-b [&_th]:border-brand-200 [&_th]:p-2";

export default function CoordinatorLayout() {
  const t = useT();
  const n = t.coordinator.nav;
  const { search } = useLocation();
  // Keep the chosen programme when moving between the pages.
  const satsing = new URLSearchParams(search).get("satsing");
  const q = satsing ? `?satsing=${encodeURIComponent(satsing)}` : "";
  const items = [
    { to: `/koordinator${q}`, label: n.dashboard, end: true },
    { to: "/koordinator/godkjenning", label: n.approvals, end: false },
    { to: `/koordinator/tiltak${q}`, label: n.initiatives, end: false },
    { to: `/koordinator/oppdateringer${q}`, label: n.updates, end: false },
    { to: `/koordinator/rapporter${q}`, label: n.reports, end: false },
    { to: `/koordinator/arsrapport${q}`, label: n.annualReport, end: false },
  ];
  return (
    <>
      <nav aria-label={n.label} className="no-print mb-8 border-b border-brand-100 pb-3 print:hidden">
        <ul className="flex flex-wrap gap-1">
          {items.map((item) => (
            <li key={item.label}>
              <NavLink
                to={item.to}
                end={item.end}
                className={({ isActive }) =>
                  `inline-flex min-h-11 items-center rounded px-3 py-2 font-medium ${isActive ? "bg-brand-700 text-white no-underline hover:text-white" : "text-brand-800"}`
                }
              >
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </>
  );
}

/** A GET form choosing the programme (and optionally more filters); works without JavaScript. */
export function ProgrammeFilter({
  programmes,
  current,
  children,
}: {
  programmes: { slug: string; name: string }[];
  current: string;
  children?: React.ReactNode;
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

/** A matching reason in words. */
export function reasonText(t: Messages, code: ReasonCode, sector: Sector): string {
  const r = t.coordinator.reasons;
  if (code.startsWith("offer:")) return r.offer(t.offers[code.slice(6) as Offer]);
  if (code === "soughtSector") return r.soughtSector(t.sectors[sector]);
  if (code === "missingSector") return r.missingSector(t.sectors[sector]);
  return r[code as "area" | "containingArea" | "theme" | "recentlyActive"];
}

/** Translated errors for a field of the coordinators' forms. */
export function fieldErrors(t: Messages, errors: string[] | undefined): string[] | undefined {
  return errors?.map((e) => coordinatorErrorText(t, e));
}

/** The tiltak form's fields by name → the id of its input, in its order (the error summary links to them). */
export const INITIATIVE_FIELD_IDS = Object.fromEntries(
  [
    "title",
    "summary",
    "description",
    "programmeId",
    "subprogrammeId",
    "areaId",
    "status",
    "startDate",
    "endDate",
    "leadOrganisationId",
    "soughtSectors",
    "soughtOffers",
  ].map((name) => [name, name]),
);

export type InitiativeDefaults = {
  title: string;
  summary: string;
  description: string;
  programmeId: string;
  subprogrammeId: string;
  areaId: string;
  status: string;
  startDate: string;
  endDate: string;
  leadOrganisationId: string;
  isPublic: boolean;
  soughtSectors: string[];
  soughtOffers: string[];
};

/** The tiltak form (new and edit). Sub-programme and area lists name their programme; the server checks they fit. */
export function InitiativeForm({
  options,
  defaults,
  form,
  submitLabel,
}: {
  options: InitiativeFormOptions;
  defaults: InitiativeDefaults;
  form: ReturnType<typeof formState>;
  submitLabel: string;
}) {
  const t = useT();
  const f = t.coordinator.form;
  const value = (name: keyof InitiativeDefaults) => form.value(name, String(defaults[name] ?? ""));
  const errors = (name: string) => fieldErrors(t, form.errors(name));
  const single = options.programmes.length === 1;
  return (
    <Form method="post" noValidate className="max-w-2xl">
      <input type="hidden" name="intent" value="save" />
      <TextField id="title" name="title" label={f.title} defaultValue={value("title")} errors={errors("title")} required />
      <TextField id="summary" name="summary" label={f.summary} defaultValue={value("summary")} errors={errors("summary")} />
      <TextAreaField id="description" name="description" label={f.description} hint={f.descriptionHint} defaultValue={value("description")} errors={errors("description")} />
      <SelectField id="programmeId" name="programmeId" label={f.programme} defaultValue={value("programmeId")} errors={errors("programmeId")} options={options.programmes.map((p) => ({ value: String(p.id), label: p.name }))} />
      <SelectField
        id="subprogrammeId"
        name="subprogrammeId"
        label={f.subprogramme}
        placeholder={f.choose}
        defaultValue={value("subprogrammeId")}
        errors={errors("subprogrammeId")}
        options={options.programmes.flatMap((p) => p.subprogrammes.map((s) => ({ value: String(s.id), label: single ? s.name : f.areaOption(p.name, s.name) })))}
      />
      <SelectField
        id="areaId"
        name="areaId"
        label={f.area}
        placeholder={f.choose}
        defaultValue={value("areaId")}
        errors={errors("areaId")}
        options={options.programmes.flatMap((p) => p.areas.map((a) => ({ value: String(a.id), label: `${"– ".repeat(a.depth)}${single ? a.name : f.areaOption(p.name, a.name)}` })))}
      />
      <SelectField id="status" name="status" label={f.status} defaultValue={value("status")} errors={errors("status")} options={INITIATIVE_STATUSES.map((s) => ({ value: s, label: t.initiativeStatuses[s] }))} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField id="startDate" name="startDate" type="date" label={f.startDate} hint={f.dateHint} defaultValue={value("startDate")} errors={errors("startDate")} />
        <TextField id="endDate" name="endDate" type="date" label={f.endDate} hint={f.dateHint} defaultValue={value("endDate")} errors={errors("endDate")} />
      </div>
      <SelectField
        id="leadOrganisationId"
        name="leadOrganisationId"
        label={f.lead}
        placeholder={f.noLead}
        defaultValue={value("leadOrganisationId")}
        errors={errors("leadOrganisationId")}
        options={options.organisations.map((o) => ({ value: String(o.id), label: o.name }))}
      />
      <fieldset className="mt-5">
        <legend className="font-semibold">{f.visibility}</legend>
        <label className="flex min-h-11 items-center gap-3">
          <input type="checkbox" name="isPublic" defaultChecked={form.hasErrors ? form.value("isPublic") === "on" : defaults.isPublic} className="h-5 w-5" />
          <span>{f.isPublic}</span>
        </label>
      </fieldset>
      <CheckboxGroup
        id="soughtSectors"
        name="soughtSectors"
        legend={f.soughtSectors}
        errors={errors("soughtSectors")}
        options={SECTORS.map((s) => ({ value: s, label: t.sectors[s] }))}
        selected={form.values("soughtSectors", defaults.soughtSectors)}
      />
      <CheckboxGroup
        id="soughtOffers"
        name="soughtOffers"
        legend={f.soughtOffers}
        errors={errors("soughtOffers")}
        options={OFFERS.map((o) => ({ value: o, label: t.offers[o] }))}
        selected={form.values("soughtOffers", defaults.soughtOffers)}
      />
      <SubmitButton>{submitLabel}</SubmitButton>
    </Form>
  );
}
