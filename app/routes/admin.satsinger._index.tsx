import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { ProgrammeForm, programmeFieldIds } from "~/components/admin/ProgrammeForms";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { useT } from "~/i18n";
import { listProgrammesForAdmin, saveProgramme } from "~/models/programme.server";
import { requireAdmin } from "~/services/actor.server";
import { formState } from "~/utils/forms";
import { type FormResult, parseForm, readFormData } from "~/utils/forms.server";
import { pageMeta } from "~/utils/meta";
import { rejectForm } from "~/utils/refusal.server";
import { adminErrorText, programmeSchema } from "~/validation/admin";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t.admin.programmes.title }));

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const url = new URL(request.url);
  // The programme's page was once this page with ?satsing=slug: old links and bookmarks still arrive.
  const slug = url.searchParams.get("satsing");
  if (slug !== null) {
    const notice = url.searchParams.get("lagret");
    throw redirect(`/admin/satsinger/${encodeURIComponent(slug)}${notice ? `?lagret=${encodeURIComponent(notice)}` : ""}`);
  }
  return { programmes: listProgrammesForAdmin() };
}

type Failure = { form: string; result: FormResult };
const fail = (form: string, result: FormResult) => data<Failure>({ form, result }, { status: 400 });

/** Creates a programme; everything else about a programme is done on its own page. */
export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireAdmin(request);
  const formData = await readFormData(request);
  if (formData.get("intent") !== "saveProgramme") throw new Response("Ukjent handling", { status: 400 });
  const parsed = parseForm(formData, programmeSchema);
  if (!parsed.ok) return fail("programme", parsed.result);
  const { intent: _intent, programmeId, ...input } = parsed.value;
  const outcome = saveProgramme(actor.id, programmeId ?? null, input);
  if (!outcome.ok) return fail("programme", rejectForm(parsed, outcome));
  return redirect(`/admin/satsinger/${encodeURIComponent(outcome.slug)}?lagret=${outcome.created ? "programmeCreated" : "programmeSaved"}`);
}

export default function AdminProgrammes() {
  const { programmes } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const p = t.admin.programmes;
  return (
    <>
      <h1 className="text-3xl font-bold">{p.heading}</h1>
      <ErrorSummary
        form={formState(actionData?.result)}
        fields={actionData ? programmeFieldIds(actionData.form) : {}}
        translate={(key) => adminErrorText(t, key)}
        problems={[actionData && actionData.form !== "programme" ? t.admin.validation.invalidRequest : null]}
      />
      <p className="mt-2 max-w-prose">{p.intro}</p>
      {programmes.length === 0 ? (
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
              {programmes.map((programme) => (
                <tr key={programme.id} className="border-b border-brand-100 align-top">
                  <th scope="row" className="px-2 py-1 font-normal">
                    <Link to={`/admin/satsinger/${encodeURIComponent(programme.slug)}`} className="inline-flex min-h-11 items-center font-semibold">
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
        <ProgrammeForm programme={null} state={formState(actionData?.form === "programme" ? actionData.result : undefined)} />
      </section>
    </>
  );
}
