/** What an application's page shows: the application as its applicant sees it, in plain values for the page. */
import { savedValues } from "~/components/grants/apply-form";
import { extraRowsFrom } from "~/components/grants/apply-form.server";
import { getApplicationForApplicant } from "~/models/grant/application.server";
import { applicationPageContext } from "~/models/grant/application.server";
import { grants } from "~/i18n/nb.grants";
import type { Actor } from "~/services/permissions";
import { todayInNorway } from "~/utils/clock.server";
import { orRespond } from "~/utils/refusal.server";

const FLASHES = ["saved", "submitted", "withdrawn", "uploaded", "removed", "appealed", "reported", "published"] as const;
export type Flash = (typeof FLASHES)[number];
/** Fields a refusal passed on from the new-application page (`?feil=…&felt=…`) may name. */
const REFUSAL_FIELDS = ["title", "description", "targetGroup", "expectedParticipants", "startDate", "areaId", "amountApplied", "ownShare", "contactName", "contactEmail", "budgetLines", "initiativeId"];

/** The application id of the path: a positive whole number, else 404 (never a 500). */
export function applicationId(param: string | undefined): number {
  const id = Number(param);
  if (!/^\d{1,15}$/.test(param ?? "") || !Number.isSafeInteger(id) || id <= 0) throw new Response(null, { status: 404 });
  return id;
}

export function loadPage(actor: Actor, id: number, url: URL) {
  // Someone else's or unknown: 404, as if it did not exist.
  const app = orRespond(() => getApplicationForApplicant(actor, id));
  const context = applicationPageContext(app);
  const ok = url.searchParams.get("ok");
  const feil = url.searchParams.get("feil");
  const felt = url.searchParams.get("felt");
  const ms = (d: Date | null | undefined) => (d ? d.getTime() : null);
  const today = todayInNorway();
  return {
    flash: (FLASHES as readonly string[]).includes(ok ?? "") ? (ok as Flash) : null,
    // The reason the new-application page's "Send inn" was refused with, shown as that form's error.
    passedOn: feil && Object.hasOwn(grants.refusals, feil) && app.editable ? { reason: feil, field: felt && REFUSAL_FIELDS.includes(felt) ? felt : null } : null,
    extraRows: extraRowsFrom(url),
    application: {
      id: app.id,
      title: app.title,
      status: app.status,
      applicantKind: app.applicantKind,
      organisationName: context.organisationName,
      schemeName: app.schemeName,
      roundName: app.roundName,
      deadlineAt: ms(app.deadlineAt),
      submittedAt: ms(app.submittedAt),
      moreRequested: app.moreRequested,
      moreRequestedUntil: app.moreRequestedUntil,
      description: app.description,
      targetGroup: app.targetGroup,
      expectedParticipants: app.expectedParticipants,
      startDate: app.startDate,
      endDate: app.endDate,
      areaName: context.areas.find((a) => a.id === app.areaId)?.name ?? null,
      amountAppliedOre: app.amountAppliedOre,
      ownShareOre: app.ownShareOre,
      contactName: app.contactName,
      contactEmail: app.contactEmail,
      contactPhone: app.contactPhone,
      budgetLines: app.budgetLines,
      initiative: context.initiative,
      appealBody: app.appealBody,
    },
    values: savedValues(app),
    context: { areas: context.areas, initiatives: context.initiatives, maxAmountOre: context.maxAmountOre, ownSharePercent: context.ownSharePercent },
    editable: app.editable,
    canSubmitNow: app.canSubmitNow,
    canWithdraw: app.canWithdraw,
    canAppeal: app.canAppeal,
    decision: app.decision
      ? {
          outcome: app.decision.outcome,
          amountGrantedOre: app.decision.amountGrantedOre,
          reason: app.decision.reason,
          conditions: app.decision.conditions,
          decidedOn: app.decision.decidedOn,
          reportDueOn: app.decision.reportDueOn,
          letterBody: app.decision.letterBody,
        }
      : null,
    appeals: app.appeals.map((a) => ({ id: a.id, text: a.text, lodgedAt: a.lodgedAt.getTime(), outcome: a.outcome, outcomeNote: a.outcomeNote })),
    report:
      app.decision && app.report
        ? {
            status: app.report.status,
            dueOn: app.report.dueOn,
            overdue: (app.report.status === "due" || app.report.status === "needs_more") && app.report.dueOn < today,
            text: app.report.text,
            participantsReached: app.report.participantsReached,
            spentOre: app.report.spentOre,
            unspentOre: app.report.unspentOre,
            feedback: app.report.feedback,
          }
        : null,
    attachments: app.attachments,
  };
}
export type PageData = ReturnType<typeof loadPage>;
