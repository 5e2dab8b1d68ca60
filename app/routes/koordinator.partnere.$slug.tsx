import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Button } from "~/components/ui/Button";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { FormMessage } from "~/components/ui/Field";
import { useT } from "~/i18n";
import { suggestInitiatives } from "~/models/coordination-insight.server";
import { findApprovedOrganisation } from "~/models/organisation.server";
import { inviteToInitiative } from "~/models/participation.server";
import { pickProgramme, type CoordinationProblem } from "~/models/programme.server";
import { orRefusal, orRespond } from "~/utils/refusal.server";
import { requireStaff } from "~/services/actor.server";
import { deliverPendingMail } from "~/services/mail.server";
import { parseForm, readFormData } from "~/utils/forms.server";
import { pageMeta } from "~/utils/meta";
import { inviteSchema } from "~/validation/coordinator";
import { ProgrammeFilter } from "~/components/coordinator/ProgrammeFilter";
import { reasonText } from "~/components/coordinator/reason-text";

export const meta: MetaFunction<typeof loader> = ({ matches, data: d }) => pageMeta(matches, (t) => ({ title: t.coordinator.reverse.title(d?.organisation.name ?? "") }));

/** The organisation (approved) and the programme (?satsing, one the person coordinates). */
async function scope(request: Request, slug: string | undefined) {
  const actor = await requireStaff(request);
  const { programme, programmes } = orRespond(() => pickProgramme(actor, new URL(request.url).searchParams.get("satsing")));
  const organisation = slug ? findApprovedOrganisation(slug) : null;
  if (!organisation) throw new Response(null, { status: 404 });
  return { actor, programme, programmes, organisation };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { programme, programmes, organisation } = await scope(request, params.slug);
  return {
    organisation: { slug: organisation.slug, name: organisation.name, sector: organisation.sector },
    programme: { slug: programme.slug, name: programme.name },
    programmes: programmes.map(({ slug, name }) => ({ slug, name })),
    items: suggestInitiatives(organisation.id, [programme.id]),
    invited: new URL(request.url).searchParams.get("ok") === "invite",
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { actor, organisation, programme } = await scope(request, params.slug);
  const parsed = parseForm(await readFormData(request), inviteSchema);
  if (!parsed.ok || !parsed.value.initiativeId) return data({ problem: "notFound" as CoordinationProblem }, { status: 400 });
  const { initiativeId, role, message } = parsed.value;
  const outcome = orRefusal<unknown, CoordinationProblem>(() => inviteToInitiative(actor, { initiativeId, organisationId: organisation.id, role, message }));
  if (!outcome.ok) return data({ problem: outcome.reason }, { status: outcome.status });
  void deliverPendingMail();
  return redirect(`/koordinator/partnere/${organisation.slug}?satsing=${programme.slug}&ok=invite`);
}

export default function OrganisationFit() {
  const { organisation, programme, programmes, items, invited } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const r = t.coordinator.reverse;
  return (
    <>
      <h1 className="text-3xl font-bold [overflow-wrap:anywhere]">{r.heading(organisation.name)}</h1>
      <ErrorSummary problems={[actionData?.problem ? t.coordinator.problems[actionData.problem] : null]} />
      <p className="mt-2 max-w-3xl">{r.intro}</p>
      <p className="mt-2">
        <Link to={`/partnere/${organisation.slug}`} className="inline-block py-2">
          {t.coordinator.detail.publicPage}
        </Link>
      </p>
      {invited && !actionData ? <FormMessage tone="success">{t.coordinator.matching.invited}</FormMessage> : null}
      <div className="mt-4">
        <ProgrammeFilter programmes={programmes} current={programme.slug} />
      </div>
      {items.length === 0 ? <p className="mt-6">{r.empty}</p> : null}
      <ol className="mt-6 grid gap-4">
        {items.map((item) => (
          <li key={item.id} className="rounded border border-brand-100 p-4">
            <h2 className="text-xl font-bold">
              <Link to={`/koordinator/tiltak/${item.slug}`}>{item.title}</Link>
            </h2>
            <p className="text-sm">
              <strong>{t.coordinator.matching.score(item.score)}</strong>
            </p>
            <ul className="mt-2 list-disc pl-6">
              {item.reasons.map((code) => (
                <li key={code}>{reasonText(t, code, organisation.sector)}</li>
              ))}
            </ul>
            <Form method="post" className="mt-3">
              <input type="hidden" name="intent" value="invite" />
              <input type="hidden" name="initiativeId" value={item.id} />
              <input type="hidden" name="role" value="partner" />
              <Button variant="secondary">{r.invite(item.title)}</Button>
            </Form>
          </li>
        ))}
      </ol>
    </>
  );
}
