/**
 * /koordinator/arsrapport?satsing=<slug>&ar=<year>: the årsmelding of a programme's year (issue 21),
 * generated from the records (app/models/report/annual.server.ts), with the coordinator's narrative
 * per section. Prints on A4 (app/styles/report-print.css) and downloads as a Word document
 * (/koordinator/arsrapport.docx, the same sections and tables).
 */
import type {
  ActionFunctionArgs,
  LinksFunction,
  LoaderFunctionArgs,
  MetaFunction,
} from "@remix-run/node";
import {
  Link,
  useActionData,
  useLoaderData,
  useLocation,
} from "@remix-run/react";
import { ProgrammeFilter } from "~/components/coordinator/ProgrammeFilter";
import { narrativeAction } from "~/components/report/action.server";
import { presentReport } from "~/components/report/document";
import {
  NarrativeForm,
  narrativeFieldId,
  reportErrorText,
} from "~/components/report/NarrativeForm";
import { ReportView } from "~/components/report/ReportView";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { FormMessage, TextField } from "~/components/ui/Field";
import { useT } from "~/i18n";
import { pickProgramme } from "~/models/programme.server";
import { getAnnualReportData } from "~/models/report/annual.server";
import { requireStaff } from "~/services/actor.server";
import { now } from "~/utils/clock.server";
import { formState } from "~/utils/forms";
import { pageMeta } from "~/utils/meta";
import { orRespond } from "~/utils/refusal.server";
import { reportYear } from "~/validation/report";
import printStyles from "~/styles/report-print.css";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: printStyles },
];

export const meta: MetaFunction<typeof loader> = ({ matches, data: d }) =>
  pageMeta(matches, (t) => ({
    title: d
      ? t.planning.report.annual.title(d.report.programme.name, d.report.year)
      : t.coordinator.nav.annualReport,
  }));

/** The programme and year asked for; a year that is no year in range is a 400, never a 500. */
function target(request: Request) {
  const url = new URL(request.url);
  const year = reportYear(
    url.searchParams.get("ar"),
    new Date(now()).getUTCFullYear()
  );
  if (year === null) throw new Response("Ugyldig år", { status: 400 });
  return { slug: url.searchParams.get("satsing"), year };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireStaff(request);
  const { slug, year } = target(request);
  const { report, programmes } = orRespond(() =>
    getAnnualReportData(actor, slug, year)
  );
  return {
    report,
    programmes: programmes.map(({ slug, name }) => ({ slug, name })),
    saved: new URL(request.url).searchParams.get("lagret"),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireStaff(request);
  const { slug, year } = target(request);
  // The programme is checked (403/404) before the form is read.
  const { programme } = orRespond(() => pickProgramme(actor, slug));
  const back = `/koordinator/arsrapport?satsing=${programme.slug}&ar=${year}`;
  return narrativeAction(request, actor, {
    slug: programme.slug,
    kind: "annual",
    year,
    back,
  });
}

export default function AnnualReportPage() {
  const { report, programmes, saved } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const r = t.planning.report;
  const formKey = useLocation().key;
  const presented = presentReport(report, t);
  const query = `satsing=${report.programme.slug}&ar=${report.year}`;
  const refused = actionData ? formState(actionData.result) : null;
  const refusedSection =
    presented.sections.find((s) => s.key === actionData?.section)?.key ?? null;
  return (
    <ReportView
      report={presented}
      afterHeading={
        <ErrorSummary
          form={refused ?? undefined}
          fields={
            refusedSection ? { body: narrativeFieldId(refusedSection) } : {}
          }
          translate={(key) => reportErrorText(t, key)}
        />
      }
      before={
        <div className="mt-4">
          <ProgrammeFilter
            programmes={programmes}
            current={report.programme.slug}
          >
            <TextField
              id="ar"
              name="ar"
              type="number"
              inputMode="numeric"
              label={r.annual.year}
              defaultValue={String(report.year)}
            />
          </ProgrammeFilter>
          <ul className="mt-4 space-y-1">
            <li>
              {/* A document link, not a client navigation: the file comes as a download. */}
              <a
                href={`/koordinator/arsrapport.docx?${query}`}
                className="inline-block py-2 underline"
                download
              >
                {r.page.downloadDocx}
              </a>
            </li>
            <li>
              <Link
                to={`/koordinator/sluttrapport?satsing=${report.programme.slug}`}
                className="inline-block py-2 underline"
              >
                {r.page.finalLink}
              </Link>
            </li>
          </ul>
          <p className="mt-2 text-sm">{r.page.print}</p>
          {report.inPeriod ? null : (
            <FormMessage tone="info">
              {r.page.noNarrativeOutsidePeriod}
            </FormMessage>
          )}
        </div>
      }
      narrative={
        report.inPeriod
          ? (section) => (
              <NarrativeForm
                section={section}
                action={`/koordinator/arsrapport?${query}`}
                form={refusedSection === section.key ? refused : null}
                saved={saved === section.key && !actionData}
                formKey={formKey}
              />
            )
          : undefined
      }
    />
  );
}
