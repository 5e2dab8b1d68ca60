import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { CheckboxGroup, FormMessage, SubmitButton, TextAreaField, TextField } from "~/components/ui/Field";
import { useT } from "~/i18n";
import { listAreaTree } from "~/models/area.server";
import { getProgrammeForAdmin, listProgrammesForAdmin, saveProgramme, setProgrammeAreas } from "~/models/programme.server";
import { addSubprogramme, moveSubprogramme, removeSubprogramme, saveSubprogramme } from "~/models/subprogramme.server";
import { requireAdmin } from "~/services/actor.server";
import { formState } from "~/utils/forms";
import { type FormResult, parseForm, readFormData } from "~/utils/forms.server";
import { pageMeta } from "~/utils/meta";
import { rejectForm } from "~/utils/refusal.server";
import {
  addSubprogrammeSchema,
  adminErrors,
  adminErrorText,
  moveSubprogrammeSchema,
  programmeAreasSchema,
  programmeSchema,
  removeSubprogrammeSchema,
  saveSubprogrammeSchema,
} from "~/validation/admin";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageMeta(matches, (t) => ({
    title: data?.selected ? t.admin.programmes.editHeading(data.selected.name) : t.admin.programmes.title,
  }));

const NOTICES = [
  "programmeCreated",
  "programmeSaved",
  "subprogrammeAdded",
  "subprogrammeSaved",
  "subprogrammeMoved",
  "subprogrammeRemoved",
  "programmeAreasSaved",
] as const;
type Notice = (typeof NOTICES)[number];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const url = new URL(request.url);
  const slug = url.searchParams.get("satsing");
  let selected = null;
  if (slug !== null) {
    selected = getProgrammeForAdmin(slug) ?? null;
    if (!selected) throw new Response("Fant ikke satsingen", { status: 404 });
  }
  const noticeParam = url.searchParams.get("lagret");
  return {
    programmes: selected ? [] : listProgrammesForAdmin(),
    selected,
    areaOptions: selected ? listAreaTree().map((a) => ({ id: a.id, name: a.name, kind: a.kind, depth: a.depth })) : [],
    notice: (NOTICES as readonly string[]).includes(noticeParam ?? "") ? (noticeParam as Notice) : null,
  };
}

type Failure = { form: string; result: FormResult; inUse?: { initiatives: number; organisations: number } };
const fail = (form: string, result: FormResult, inUse?: Failure["inUse"]) =>
  data<Failure>({ form, result, ...(inUse ? { inUse } : {}) }, { status: 400 });


/** Back to the programme's page (its slug may just have changed) with a notice of what was saved. */
function done(request: Request, notice: Notice, slug?: string) {
  const current = new URL(request.url).searchParams.get("satsing");
  const target = slug ?? current;
  const params = new URLSearchParams();
  if (target) params.set("satsing", target);
  params.set("lagret", notice);
  return redirect(`/admin/satsinger?${params}`);
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireAdmin(request);
  const formData = await readFormData(request);
  const intent = formData.get("intent");
  /** Errors of one sub-programme's forms show at that sub-programme. */
  const subForm = `sub-${String(formData.get("subprogrammeId") ?? "")}`;

  switch (intent) {
    case "saveProgramme": {
      const parsed = parseForm(formData, programmeSchema);
      if (!parsed.ok) return fail("programme", parsed.result);
      const { intent: _intent, programmeId, ...input } = parsed.value;
      const outcome = saveProgramme(actor.id, programmeId ?? null, input);
      if (!outcome.ok) return fail("programme", rejectForm(parsed, outcome));
      return done(request, outcome.created ? "programmeCreated" : "programmeSaved", outcome.slug);
    }
    case "addSubprogramme": {
      const parsed = parseForm(formData, addSubprogrammeSchema);
      if (!parsed.ok) return fail("addSub", parsed.result);
      const { programmeId, name, slug, description } = parsed.value;
      const outcome = addSubprogramme(actor.id, programmeId, { name, slug, description });
      if (!outcome.ok) return fail("addSub", rejectForm(parsed, outcome));
      return done(request, "subprogrammeAdded");
    }
    case "saveSubprogramme": {
      const parsed = parseForm(formData, saveSubprogrammeSchema);
      if (!parsed.ok) return fail(subForm, parsed.result);
      const { programmeId, subprogrammeId, name, slug, description } = parsed.value;
      const outcome = saveSubprogramme(actor.id, programmeId, subprogrammeId, { name, slug, description });
      if (!outcome.ok) return fail(subForm, rejectForm(parsed, outcome));
      return done(request, "subprogrammeSaved");
    }
    case "moveSubprogramme": {
      const parsed = parseForm(formData, moveSubprogrammeSchema);
      if (!parsed.ok) return fail(subForm, parsed.result);
      const { programmeId, subprogrammeId, direction } = parsed.value;
      const outcome = moveSubprogramme(actor.id, programmeId, subprogrammeId, direction);
      if (!outcome.ok) return fail(subForm, rejectForm(parsed, outcome));
      return done(request, "subprogrammeMoved");
    }
    case "removeSubprogramme": {
      const parsed = parseForm(formData, removeSubprogrammeSchema);
      if (!parsed.ok) return fail(subForm, parsed.result);
      const outcome = removeSubprogramme(actor.id, parsed.value.programmeId, parsed.value.subprogrammeId);
      if (!outcome.ok) {
        if (outcome.reason === "subprogrammeInUse" && "initiatives" in outcome) {
          return fail(subForm, parsed.reject({}), { initiatives: outcome.initiatives, organisations: outcome.organisations });
        }
        return fail(subForm, rejectForm(parsed, outcome));
      }
      return done(request, "subprogrammeRemoved");
    }
    case "saveProgrammeAreas": {
      const parsed = parseForm(formData, programmeAreasSchema);
      if (!parsed.ok) return fail("areas", parsed.result);
      const outcome = setProgrammeAreas(actor.id, parsed.value.programmeId, parsed.value.areas);
      if (!outcome.ok) return fail("areas", rejectForm(parsed, outcome));
      return done(request, "programmeAreasSaved");
    }
    default:
      throw new Response("Ukjent handling", { status: 400 });
  }
}

const primaryButton = "mt-6 inline-flex min-h-11 items-center rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800";
const secondaryButton =
  "inline-flex min-h-11 items-center rounded border border-brand-600 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50";
const dangerButton =
  "inline-flex min-h-11 items-center rounded border border-red-700 bg-white px-4 py-2 font-semibold text-red-800 hover:bg-red-50";

type State = ReturnType<typeof formState>;

/** What the person typed when their submission failed; otherwise the stored value. */
const keep = (state: State, name: string, stored: string) => (state.hasErrors ? state.value(name) ?? "" : stored);


type ProgrammeValues = {
  id: number;
  slug: string;
  name: string;
  municipality: string;
  periodStart: number;
  periodEnd: number | null;
  description: string;
};

/** A form's fields by name → the id of its input, in its order (the error summary links to them). */
function programmeFieldIds(form: string): Record<string, string> {
  if (form === "programme") {
    return {
      name: "programme-name",
      slug: "programme-slug",
      municipality: "programme-municipality",
      periodStart: "programme-period-start",
      periodEnd: "programme-period-end",
      description: "programme-description",
    };
  }
  if (form === "addSub") return { name: "new-sub-name", slug: "new-sub-slug", description: "new-sub-description" };
  if (form === "areas") return { areas: "programme-areas" };
  if (form.startsWith("sub-")) return { name: `${form}-name`, slug: `${form}-slug`, description: `${form}-description` };
  return {};
}

function ProgrammeForm({ programme, state }: { programme: ProgrammeValues | null; state: State }) {
  const t = useT();
  const p = t.admin.programmes;
  const errors = (name: string) => adminErrors(t, state.errors(name));
  return (
    <Form method="post" noValidate className="max-w-2xl">
      <input type="hidden" name="intent" value="saveProgramme" />
      {programme ? <input type="hidden" name="programmeId" value={programme.id} /> : null}
      <TextField
        id="programme-name"
        name="name"
        label={p.name}
        defaultValue={keep(state, "name", programme?.name ?? "")}
        errors={errors("name")}
        required
      />
      <TextField
        id="programme-slug"
        name="slug"
        label={p.slug}
        hint={t.admin.common.slugHint}
        defaultValue={keep(state, "slug", programme?.slug ?? "")}
        errors={errors("slug")}
      />
      <TextField
        id="programme-municipality"
        name="municipality"
        label={p.municipality}
        defaultValue={keep(state, "municipality", programme?.municipality ?? "")}
        errors={errors("municipality")}
        required
      />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField
          id="programme-period-start"
          name="periodStart"
          label={p.periodStart}
          hint={t.admin.common.yearHint}
          inputMode="numeric"
          defaultValue={keep(state, "periodStart", programme ? String(programme.periodStart) : "")}
          errors={errors("periodStart")}
          required
        />
        <TextField
          id="programme-period-end"
          name="periodEnd"
          label={p.periodEnd}
          hint={t.admin.common.optionalYearHint}
          inputMode="numeric"
          defaultValue={keep(state, "periodEnd", programme?.periodEnd ? String(programme.periodEnd) : "")}
          errors={errors("periodEnd")}
        />
      </div>
      <TextAreaField
        id="programme-description"
        name="description"
        label={p.description}
        hint={p.descriptionHint}
        defaultValue={keep(state, "description", programme?.description ?? "")}
        errors={errors("description")}
      />
      <SubmitButton>{programme ? p.saveProgramme : p.create}</SubmitButton>
    </Form>
  );
}

export default function AdminProgrammes() {
  const loaded = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const p = t.admin.programmes;
  const stateOf = (form: string) => formState(actionData?.form === form ? actionData.result : undefined);
  const sel = loaded.selected;

  return (
    <>
      <h1 className="text-3xl font-bold">{p.heading}</h1>
      <ErrorSummary
        form={formState(actionData?.result)}
        fields={actionData ? programmeFieldIds(actionData.form) : {}}
        translate={(key) => adminErrorText(t, key)}
        problems={[
          // Only the programme form is always shown; a refusal for a form not on the page has nowhere else to go.
          actionData && actionData.form !== "programme" && !(sel && ["addSub", "areas", ...sel.subprogrammes.map((s) => `sub-${s.id}`)].includes(actionData.form))
            ? t.admin.validation.invalidRequest
            : null,
        ]}
      />
      <p className="mt-2 max-w-prose">{p.intro}</p>
      {loaded.notice ? <FormMessage tone="success">{t.admin.notices[loaded.notice]}</FormMessage> : null}

      {sel ? (
        <div key={sel.id}>
          <p className="mt-4">
            <Link to="/admin/satsinger" className="inline-flex min-h-11 items-center">
              {p.backToList}
            </Link>
          </p>
          <h2 className="mt-4 text-2xl font-bold break-words">{p.editHeading(sel.name)}</h2>

          <section aria-labelledby="om-satsingen" className="mt-6">
            <h3 id="om-satsingen" className="text-xl font-semibold">
              {p.detailsHeading}
            </h3>
            <ProgrammeForm programme={sel} state={stateOf("programme")} />
          </section>

          <section aria-labelledby="delprogrammer" className="mt-10">
            <h3 id="delprogrammer" className="text-xl font-semibold">
              {p.subprogrammesHeading}
            </h3>
            <p className="mt-1 max-w-prose">{p.subprogrammesIntro}</p>
            {sel.subprogrammes.length === 0 ? <p className="mt-2">{p.noSubprogrammes}</p> : null}
            <ol className="mt-4 grid gap-4">
              {sel.subprogrammes.map((sub, index) => {
                const state = stateOf(`sub-${sub.id}`);
                const inUse = actionData?.form === `sub-${sub.id}` ? actionData.inUse : undefined;
                const prefix = `sub-${sub.id}`;
                return (
                  <li key={sub.id} className="rounded-lg border border-brand-100 p-4">
                    <h4 id={`${prefix}-heading`} className="text-lg font-semibold break-words">
                      {`${index + 1}. ${sub.name}`}
                    </h4>
                    <p className="text-sm text-gray-700">{p.subprogrammeUsage(sub.initiativeCount, sub.organisationCount)}</p>
                    {inUse ? <FormMessage>{p.subprogrammeInUse(inUse.initiatives, inUse.organisations)}</FormMessage> : null}
                    <Form method="post" noValidate className="max-w-2xl">
                      <input type="hidden" name="intent" value="saveSubprogramme" />
                      <input type="hidden" name="programmeId" value={sel.id} />
                      <input type="hidden" name="subprogrammeId" value={sub.id} />
                      <fieldset>
                        <legend className="sr-only">{p.editSubprogramme(sub.name)}</legend>
                        <div className="grid gap-x-4 sm:grid-cols-2">
                          <TextField
                            id={`${prefix}-name`}
                            name="name"
                            label={p.subprogrammeName}
                            defaultValue={keep(state, "name", sub.name)}
                            errors={adminErrors(t, state.errors("name"))}
                            required
                          />
                          <TextField
                            id={`${prefix}-slug`}
                            name="slug"
                            label={p.subprogrammeSlug}
                            defaultValue={keep(state, "slug", sub.slug)}
                            errors={adminErrors(t, state.errors("slug"))}
                          />
                        </div>
                        <TextAreaField
                          id={`${prefix}-description`}
                          name="description"
                          label={p.subprogrammeDescription}
                          rows={3}
                          defaultValue={keep(state, "description", sub.description)}
                          errors={adminErrors(t, state.errors("description"))}
                        />
                      </fieldset>
                      <button type="submit" aria-label={p.saveSubprogrammeLabel(sub.name)} className={primaryButton}>
                        {p.saveSubprogramme}
                      </button>
                    </Form>
                    <div className="mt-4 flex flex-wrap gap-2">
                      {index > 0 ? (
                        <Form method="post">
                          <input type="hidden" name="intent" value="moveSubprogramme" />
                          <input type="hidden" name="programmeId" value={sel.id} />
                          <input type="hidden" name="subprogrammeId" value={sub.id} />
                          <input type="hidden" name="direction" value="up" />
                          <button type="submit" aria-label={p.moveLabel(p.moveUp, sub.name)} className={secondaryButton}>
                            {p.moveUp}
                          </button>
                        </Form>
                      ) : null}
                      {index < sel.subprogrammes.length - 1 ? (
                        <Form method="post">
                          <input type="hidden" name="intent" value="moveSubprogramme" />
                          <input type="hidden" name="programmeId" value={sel.id} />
                          <input type="hidden" name="subprogrammeId" value={sub.id} />
                          <input type="hidden" name="direction" value="down" />
                          <button type="submit" aria-label={p.moveLabel(p.moveDown, sub.name)} className={secondaryButton}>
                            {p.moveDown}
                          </button>
                        </Form>
                      ) : null}
                      <Form method="post">
                        <input type="hidden" name="intent" value="removeSubprogramme" />
                        <input type="hidden" name="programmeId" value={sel.id} />
                        <input type="hidden" name="subprogrammeId" value={sub.id} />
                        <button type="submit" aria-label={p.removeLabel(sub.name)} className={dangerButton}>
                          {p.remove}
                        </button>
                      </Form>
                    </div>
                  </li>
                );
              })}
            </ol>

            <AddSubprogramme programmeId={sel.id} state={stateOf("addSub")} />
          </section>

          <section aria-labelledby="satsingens-omrader" className="mt-10">
            <h3 id="satsingens-omrader" className="text-xl font-semibold">
              {p.areasHeading}
            </h3>
            <AreasForm programmeId={sel.id} areaIds={sel.areaIds} options={loaded.areaOptions} state={stateOf("areas")} />
          </section>
        </div>
      ) : (
        <>
          {loaded.programmes.length === 0 ? (
            <p className="mt-6">{p.empty}</p>
          ) : (
            <div className="mt-6 overflow-x-auto" role="region" aria-label={t.admin.common.tableScrollLabel(p.caption)} tabIndex={0}>
              <table className="w-full min-w-[40rem] border-collapse text-left">
                <caption className="caption-top py-2 text-left text-sm text-gray-700">{p.caption}</caption>
                <thead>
                  <tr className="border-b-2 border-brand-600">
                    <th scope="col" className="px-2 py-2">
                      {p.name}
                    </th>
                    <th scope="col" className="px-2 py-2">
                      {p.municipality}
                    </th>
                    <th scope="col" className="px-2 py-2">
                      {p.period}
                    </th>
                    <th scope="col" className="px-2 py-2">
                      {p.subprogrammeCount}
                    </th>
                    <th scope="col" className="px-2 py-2">
                      {p.areaCount}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {loaded.programmes.map((programme) => (
                    <tr key={programme.id} className="border-b border-brand-100 align-top">
                      <th scope="row" className="px-2 py-1 font-normal">
                        <Link
                          to={`/admin/satsinger?satsing=${encodeURIComponent(programme.slug)}`}
                          className="inline-flex min-h-11 items-center font-semibold"
                        >
                          {programme.name}
                        </Link>
                      </th>
                      <td className="px-2 py-3">{programme.municipality}</td>
                      <td className="px-2 py-3 whitespace-nowrap">{p.periodText(programme.periodStart, programme.periodEnd)}</td>
                      <td className="px-2 py-3">{programme.subprogrammeCount}</td>
                      <td className="px-2 py-3">{programme.areaCount}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <section aria-labelledby="ny-satsing" className="mt-10">
            <h2 id="ny-satsing" className="text-2xl font-bold">
              {p.newHeading}
            </h2>
            <ProgrammeForm programme={null} state={stateOf("programme")} />
          </section>
        </>
      )}
    </>
  );
}

function AddSubprogramme({ programmeId, state }: { programmeId: number; state: State }) {
  const t = useT();
  const p = t.admin.programmes;
  return (
    <section aria-labelledby="nytt-delprogram" className="mt-6 rounded-lg border border-dashed border-brand-600 p-4">
      <h4 id="nytt-delprogram" className="text-lg font-semibold">
        {p.addSubprogrammeHeading}
      </h4>
      <Form method="post" noValidate className="max-w-2xl">
        <input type="hidden" name="intent" value="addSubprogramme" />
        <input type="hidden" name="programmeId" value={programmeId} />
        <div className="grid gap-x-4 sm:grid-cols-2">
          <TextField
            id="new-sub-name"
            name="name"
            label={p.subprogrammeName}
            defaultValue={keep(state, "name", "")}
            errors={adminErrors(t, state.errors("name"))}
            required
          />
          <TextField
            id="new-sub-slug"
            name="slug"
            label={p.subprogrammeSlug}
            hint={t.admin.common.slugHint}
            defaultValue={keep(state, "slug", "")}
            errors={adminErrors(t, state.errors("slug"))}
          />
        </div>
        <TextAreaField
          id="new-sub-description"
          name="description"
          label={p.subprogrammeDescription}
          rows={3}
          defaultValue={keep(state, "description", "")}
          errors={adminErrors(t, state.errors("description"))}
        />
        <SubmitButton>{p.addSubprogramme}</SubmitButton>
      </Form>
    </section>
  );
}

function AreasForm({
  programmeId,
  areaIds,
  options,
  state,
}: {
  programmeId: number;
  areaIds: number[];
  options: { id: number; name: string; kind: keyof ReturnType<typeof useT>["areaKinds"]; depth: number }[];
  state: State;
}) {
  const t = useT();
  const p = t.admin.programmes;
  return (
    <Form method="post" noValidate>
      <input type="hidden" name="intent" value="saveProgrammeAreas" />
      <input type="hidden" name="programmeId" value={programmeId} />
      <CheckboxGroup
        id="programme-areas"
        name="areas"
        legend={p.areasLegend}
        hint={p.areasHint}
        errors={adminErrors(t, state.errors("areas"))}
        selected={state.hasErrors ? state.values("areas") : areaIds.map(String)}
        options={options.map((a) => ({
          value: String(a.id),
          label: `${"– ".repeat(a.depth)}${a.name} (${t.areaKinds[a.kind].toLowerCase()})`,
        }))}
      />
      <SubmitButton>{p.saveAreas}</SubmitButton>
    </Form>
  );
}
