/**
 * /koordinator/arsrapport.docx?satsing=<slug>&ar=<year>: the årsmelding as a Word document, with the
 * same sections and tables as the page (app/services/report-docx.server.ts). Same authorization as the
 * page: a coordinator of the programme, or an administrator.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { presentReport } from "~/components/report/document";
import { getAnnualReportData } from "~/models/report/annual.server";
import { requireStaff } from "~/services/actor.server";
import { messagesFor } from "~/services/language.server";
import { DOCX_CONTENT_TYPE, reportDocx } from "~/services/report-docx.server";
import { now } from "~/utils/clock.server";
import { orRespond } from "~/utils/refusal.server";
import { reportYear } from "~/validation/report";

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireStaff(request);
  const url = new URL(request.url);
  const year = reportYear(url.searchParams.get("ar"), new Date(now()).getUTCFullYear());
  if (year === null) throw new Response("Ugyldig år", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const { report } = orRespond(() => getAnnualReportData(actor, url.searchParams.get("satsing"), year));
  const t = messagesFor(request);
  const file = await reportDocx(presentReport(report, t), t.meta.locale);
  return new Response(file, {
    headers: {
      "Content-Type": DOCX_CONTENT_TYPE,
      "Content-Disposition": `attachment; filename="arsmelding-${report.programme.slug}-${year}.docx"`,
      "Cache-Control": "private, no-store",
    },
  });
}
