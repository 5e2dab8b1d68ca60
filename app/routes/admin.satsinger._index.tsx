import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { ProgrammeForm, programmeFieldIds } from "~/components/admin/ProgrammeForms";
import { DataTable, Td, Th } from "~/components/ui/DataTable";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { Section } from "~/components/ui/Section";
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
        <DataTable caption={p.caption} scrollHint className="mt-6">
          <thead>
            <tr>
              <Th>{p.name}</Th>
              <Th>{p.municipality}</Th>
              <Th>{p.period}</Th>
              <Th numeric>{p.subprogrammeCount}</Th>
              <Th numeric>{p.areaCount}</Th>
            </tr>
          </thead>
          <tbody>
            {programmes.map((programme) => (
              <tr key={programme.id}>
                <Th scope="row" className="font-normal">
                  <Link to={`/admin/satsinger/${encodeURIComponent(programme.slug)}`} className="inline-flex min-h-11 items-center font-semibold">
                    {programme.name}
                  </Link>
                </Th>
                <Td>{programme.municipality}</Td>
                <Td className="whitespace-nowrap">{p.periodText(programme.periodStart, programme.periodEnd)}</Td>
                <Td numeric>{programme.subprogrammeCount}</Td>
                <Td numeric>{programme.areaCount}</Td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <Section heading={p.newHeading} id="ny-satsing">
        <ProgrammeForm programme={null} state={formState(actionData?.form === "programme" ? actionData.result : undefined)} />
      </Section>
    </>
  );
}
