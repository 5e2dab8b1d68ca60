/**
 * The action of both area pages (/admin/omrader creates, /admin/omrader/:slug saves and deletes):
 * one place for what an area form posts, so the two pages answer the same form the same way.
 */
import { data, redirect, type ActionFunctionArgs } from "@remix-run/node";
import { previewBoundaries, saveBoundaries } from "~/components/map/boundary-action.server";
import { deleteArea, findAreaBySlug, saveArea, type AreaUsage } from "~/models/area.server";
import { requireAdmin } from "~/services/actor.server";
import { type FormResult, parseForm, readFormData } from "~/utils/forms.server";
import { rejectForm } from "~/utils/refusal.server";
import { areaSchema, deleteAreaSchema } from "~/validation/admin";

export const AREA_NOTICES = ["areaCreated", "areaSaved", "areaDeleted"] as const;
export type AreaNotice = (typeof AREA_NOTICES)[number];

type Failure = { form: string; result: FormResult; usage?: AreaUsage };
const fail = (form: string, result: FormResult, usage?: AreaUsage) => data<Failure>({ form, result, ...(usage ? { usage } : {}) }, { status: 400 });

/** To the area's page (or the list, after a delete) with a notice of what was saved. */
function done(notice: AreaNotice, slug?: string) {
  return redirect(`/admin/omrader${slug ? `/${encodeURIComponent(slug)}` : ""}?lagret=${notice}`);
}

export async function areaAction({ request, params }: ActionFunctionArgs) {
  const actor = await requireAdmin(request);
  // The boundary import (issue 25) on an area's own page: the file upload is the only multipart form.
  const boundaryArea = params.slug ? findAreaBySlug(params.slug) : null;
  if (params.slug && !boundaryArea) throw new Response("Fant ikke området", { status: 404 });
  if (boundaryArea && (request.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data")) {
    return previewBoundaries(request, actor, boundaryArea);
  }
  const formData = await readFormData(request);
  const intent = formData.get("intent");

  if (intent === "saveBoundaries" && boundaryArea) return saveBoundaries(formData, actor, boundaryArea);

  if (intent === "saveArea") {
    const parsed = parseForm(formData, areaSchema);
    if (!parsed.ok) return fail("area", parsed.result);
    const { intent: _intent, areaId, ...input } = parsed.value;
    const outcome = saveArea(actor.id, areaId ?? null, input);
    if (!outcome.ok) return fail("area", rejectForm(parsed, outcome));
    return done(outcome.created ? "areaCreated" : "areaSaved", outcome.slug);
  }

  if (intent === "deleteArea") {
    const parsed = parseForm(formData, deleteAreaSchema);
    if (!parsed.ok) return fail("delete", parsed.result);
    const outcome = deleteArea(actor.id, parsed.value.areaId);
    if (!outcome.ok) {
      if (outcome.reason === "areaInUse" && "usage" in outcome) return fail("delete", parsed.reject({}), outcome.usage);
      return fail("delete", rejectForm(parsed, outcome));
    }
    return done("areaDeleted");
  }

  throw new Response("Ukjent handling", { status: 400 });
}
