/**
 * /koordinator/sluttrapport.docx?satsing=<slug>: the final report as a Word document, with the same
 * sections and tables as the page (app/services/report-docx.server.ts). Same authorization as the page;
 * before the report is available (the period has not ended, the programme is not closed) a 404.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { presentReport } from "~/components/report/document";
import { getFinalReportData } from "~/models/report/final.server";
import { requireStaff } from "~/services/actor.server";
import { messagesFor } from "~/services/language.server";
import { DOCX_CONTENT_TYPE, reportDocx } from "~/services/report-docx.server";
import { orRespond } from "~/utils/refusal.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireStaff(request);
  const { report } = orRespond(() => getFinalReportData(actor, new URL(request.url).searchParams.get("satsing")));
  const t = messagesFor(request);
  if (!report.available) throw new Response(t.planning.report.final.notAvailable(report.programme.periodEnd), { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const file = await reportDocx(presentReport(report, t), t.meta.locale);
  return new Response(file, {
    headers: {
      "Content-Type": DOCX_CONTENT_TYPE,
      "Content-Disposition": `attachment; filename="sluttrapport-${report.programme.slug}-${report.year}.docx"`,
      "Cache-Control": "private, no-store",
    },
  });
}
