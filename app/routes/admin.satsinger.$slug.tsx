import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { AddSubprogramme, AreasForm, ProgrammeForm, programmeFieldIds, SubprogrammeItem } from "~/components/admin/ProgrammeForms";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { FormMessage } from "~/components/ui/Field";
import { Section } from "~/components/ui/Section";
import { useT } from "~/i18n";
import { listAreaTree } from "~/models/area.server";
import { getProgrammeForAdmin, saveProgramme, setProgrammeAreas } from "~/models/programme.server";
import { addSubprogramme, moveSubprogramme, removeSubprogramme, saveSubprogramme } from "~/models/subprogramme.server";
import { requireAdmin } from "~/services/actor.server";
import { formState } from "~/utils/forms";
import { type FormResult, parseForm, readFormData } from "~/utils/forms.server";
import { pageMeta } from "~/utils/meta";
import { rejectForm } from "~/utils/refusal.server";
import {
  addSubprogrammeSchema,
  adminErrorText,
  moveSubprogrammeSchema,
  programmeAreasSchema,
  programmeSchema,
  removeSubprogrammeSchema,
  saveSubprogrammeSchema,
} from "~/validation/admin";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageMeta(matches, (t) => ({ title: data ? t.admin.programmes.editHeading(data.selected.name) : t.admin.programmes.title }));

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

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const selected = getProgrammeForAdmin(params.slug ?? "");
  if (!selected) throw new Response("Fant ikke satsingen", { status: 404 });
  const noticeParam = new URL(request.url).searchParams.get("lagret");
  return {
    selected,
    areaOptions: listAreaTree().map((a) => ({ id: a.id, name: a.name, kind: a.kind, depth: a.depth })),
    notice: (NOTICES as readonly string[]).includes(noticeParam ?? "") ? (noticeParam as Notice) : null,
  };
}

type Failure = { form: string; result: FormResult; inUse?: { initiatives: number; organisations: number } };
const fail = (form: string, result: FormResult, inUse?: Failure["inUse"]) =>
  data<Failure>({ form, result, ...(inUse ? { inUse } : {}) }, { status: 400 });

/** Back to the programme's page (its slug may just have changed) with a notice of what was saved. */
function done(current: string | undefined, notice: Notice, slug?: string) {
  return redirect(`/admin/satsinger/${encodeURIComponent(slug ?? current ?? "")}?lagret=${notice}`);
}

export async function action({ request, params }: ActionFunctionArgs) {
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
      return done(params.slug, outcome.created ? "programmeCreated" : "programmeSaved", outcome.slug);
    }
    case "addSubprogramme": {
      const parsed = parseForm(formData, addSubprogrammeSchema);
      if (!parsed.ok) return fail("addSub", parsed.result);
      const { programmeId, name, slug, description } = parsed.value;
      const outcome = addSubprogramme(actor.id, programmeId, { name, slug, description });
      if (!outcome.ok) return fail("addSub", rejectForm(parsed, outcome));
      return done(params.slug, "subprogrammeAdded");
    }
    case "saveSubprogramme": {
      const parsed = parseForm(formData, saveSubprogrammeSchema);
      if (!parsed.ok) return fail(subForm, parsed.result);
      const { programmeId, subprogrammeId, name, slug, description } = parsed.value;
      const outcome = saveSubprogramme(actor.id, programmeId, subprogrammeId, { name, slug, description });
      if (!outcome.ok) return fail(subForm, rejectForm(parsed, outcome));
      return done(params.slug, "subprogrammeSaved");
    }
    case "moveSubprogramme": {
      const parsed = parseForm(formData, moveSubprogrammeSchema);
      if (!parsed.ok) return fail(subForm, parsed.result);
      const { programmeId, subprogrammeId, direction } = parsed.value;
      const outcome = moveSubprogramme(actor.id, programmeId, subprogrammeId, direction);
      if (!outcome.ok) return fail(subForm, rejectForm(parsed, outcome));
      return done(params.slug, "subprogrammeMoved");
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
      return done(params.slug, "subprogrammeRemoved");
    }
    case "saveProgrammeAreas": {
      const parsed = parseForm(formData, programmeAreasSchema);
      if (!parsed.ok) return fail("areas", parsed.result);
      const outcome = setProgrammeAreas(actor.id, parsed.value.programmeId, parsed.value.areas);
      if (!outcome.ok) return fail("areas", rejectForm(parsed, outcome));
      return done(params.slug, "programmeAreasSaved");
    }
    default:
      throw new Response("Ukjent handling", { status: 400 });
  }
}

export default function AdminProgramme() {
  const { selected: sel, areaOptions, notice } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const p = t.admin.programmes;
  const stateOf = (form: string) => formState(actionData?.form === form ? actionData.result : undefined);
  return (
    <>
      <h1 className="text-3xl font-bold">{p.heading}</h1>
      <ErrorSummary
        form={formState(actionData?.result)}
        fields={actionData ? programmeFieldIds(actionData.form) : {}}
        translate={(key) => adminErrorText(t, key)}
        problems={[
          // A refusal for a form not on the page (an altered hidden field) has nowhere else to go.
          actionData && !["programme", "addSub", "areas", ...sel.subprogrammes.map((s) => `sub-${s.id}`)].includes(actionData.form)
            ? t.admin.validation.invalidRequest
            : null,
        ]}
      />
      <p className="mt-2 max-w-prose">{p.intro}</p>
      {notice ? <FormMessage tone="success">{t.admin.notices[notice]}</FormMessage> : null}
      <div key={sel.id}>
        <p className="mt-4">
          <Link to="/admin/satsinger" className="inline-flex min-h-11 items-center">
            {p.backToList}
          </Link>
        </p>
        <h2 className="mt-4 text-2xl font-bold break-words">{p.editHeading(sel.name)}</h2>

        <Section heading={p.detailsHeading} level={3} className="mt-6" headingClassName="text-xl font-semibold">
          <ProgrammeForm programme={sel} state={stateOf("programme")} />
        </Section>

        <Section heading={p.subprogrammesHeading} level={3} headingClassName="text-xl font-semibold">
          <p className="mt-1 max-w-prose">{p.subprogrammesIntro}</p>
          {sel.subprogrammes.length === 0 ? <p className="mt-2">{p.noSubprogrammes}</p> : null}
          <ol className="mt-4 grid gap-4">
            {sel.subprogrammes.map((sub, index) => (
              <SubprogrammeItem
                key={sub.id}
                programmeId={sel.id}
                sub={sub}
                index={index}
                count={sel.subprogrammes.length}
                state={stateOf(`sub-${sub.id}`)}
                inUse={actionData?.form === `sub-${sub.id}` ? actionData.inUse : undefined}
              />
            ))}
          </ol>

          <AddSubprogramme programmeId={sel.id} state={stateOf("addSub")} />
        </Section>

        <Section heading={p.areasHeading} level={3} headingClassName="text-xl font-semibold">
          <AreasForm programmeId={sel.id} areaIds={sel.areaIds} options={areaOptions} state={stateOf("areas")} />
        </Section>
      </div>
    </>
  );
}
