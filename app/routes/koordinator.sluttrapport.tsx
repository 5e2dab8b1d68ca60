/**
 * /koordinator/sluttrapport?satsing=<slug>: the final report of a programme's whole period (issue 21,
 * app/models/report/final.server.ts) with the coordinator's narrative per section (kind "final", the
 * period's last year). Available once the period has ended or ends this year, or the programme is
 * closed; before that the page says when. Prints on A4 and downloads as a Word document
 * (/koordinator/sluttrapport.docx).
 */
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { ProgrammeFilter } from "~/components/coordinator/ProgrammeFilter";
import { narrativeAction } from "~/components/report/action.server";
import { presentReport } from "~/components/report/document";
import { NarrativeForm, narrativeFieldId, reportErrorText } from "~/components/report/NarrativeForm";
import { ReportView } from "~/components/report/ReportView";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { FormMessage } from "~/components/ui/Field";
import { useT } from "~/i18n";
import { pickProgramme } from "~/models/programme.server";
import { getFinalReportData } from "~/models/report/final.server";
import { requireStaff } from "~/services/actor.server";
import { formState } from "~/utils/forms";
import { pageMeta } from "~/utils/meta";
import { orRespond } from "~/utils/refusal.server";
import printStyles from "~/styles/report-print.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: printStyles }];

export const meta: MetaFunction<typeof loader> = ({ matches, data: d }) =>
  pageMeta(matches, (t) => ({ title: t.planning.report.final.title(d?.report.programme.name ?? "") }));

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireStaff(request);
  const url = new URL(request.url);
  const { report, programmes } = orRespond(() => getFinalReportData(actor, url.searchParams.get("satsing")));
  return {
    report,
    programmes: programmes.map(({ slug, name }) => ({ slug, name })),
    saved: url.searchParams.get("lagret"),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireStaff(request);
  // The programme is checked (403/404) before the form is read.
  const { programme } = orRespond(() => pickProgramme(actor, new URL(request.url).searchParams.get("satsing")));
  const back = `/koordinator/sluttrapport?satsing=${programme.slug}`;
  // The final report's year is the period's last: the model knows it.
  return narrativeAction(request, actor, { slug: programme.slug, kind: "final", year: null, back });
}

export default function FinalReportPage() {
  const { report, programmes, saved } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const r = t.planning.report;
  const formKey = useLocation().key;
  const query = `satsing=${report.programme.slug}`;
  const choose = (
    <div className="mt-4">
      <ProgrammeFilter programmes={programmes} current={report.programme.slug} />
      <p className="mt-2">
        <Link to={`/koordinator/arsrapport?${query}`} className="inline-block py-2 underline">
          {r.page.annualLink}
        </Link>
      </p>
    </div>
  );
  const refused = actionData ? formState(actionData.result) : null;
  const errors = (fields: Record<string, string>) => <ErrorSummary form={refused ?? undefined} fields={fields} translate={(key) => reportErrorText(t, key)} />;
  if (!report.available) {
    return (
      <>
        <h1 className="text-3xl font-bold [overflow-wrap:anywhere]">{r.final.heading(report.programme.name)}</h1>
        {errors({})}
        <FormMessage tone="info">{r.final.notAvailable(report.programme.periodEnd)}</FormMessage>
        {choose}
      </>
    );
  }
  const presented = presentReport(report, t);
  const refusedSection = presented.sections.find((s) => s.key === actionData?.section)?.key ?? null;
  return (
    <ReportView
      report={presented}
      afterHeading={errors(refusedSection ? { body: narrativeFieldId(refusedSection) } : {})}
      before={
        <>
          {choose}
          <p className="mt-2">
            {/* A document link, not a client navigation: the file comes as a download. */}
            <a href={`/koordinator/sluttrapport.docx?${query}`} className="inline-block py-2 underline" download>
              {r.page.downloadDocx}
            </a>
          </p>
          <p className="mt-2 text-sm">{r.page.print}</p>
        </>
      }
      narrative={(section) => (
        <NarrativeForm
          section={section}
          action={`/koordinator/sluttrapport?${query}`}
          form={refusedSection === section.key ? refused : null}
          saved={saved === section.key && !actionData}
          formKey={formKey}
        />
      )}
    />
  );
}
