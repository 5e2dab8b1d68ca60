/** Uploading and removing an application's or a report's attachments. */
import { data, redirect } from "@remix-run/node";
import { readAttachmentForm } from "~/components/grants/apply-upload.server";
import { addAttachment, removeAttachment } from "~/models/grant/attachment.server";
import type { Actor } from "~/services/permissions";
import { orRefusal } from "~/utils/refusal.server";

/** The upload (multipart): a file over 10 MB, of another type or empty is refused with the model's Norwegian reason. */
export async function uploadAction(actor: Actor, id: number, request: Request) {
  const { formData, file, tooLarge } = await readAttachmentForm(request);
  const toReport = formData.get("toReport") === "1";
  const form = toReport ? ("reportUpload" as const) : ("upload" as const);
  if (tooLarge) return data({ form, problem: "attachmentTooLarge" }, { status: 400 });
  if (!file) return data({ form, problem: "attachmentEmpty" }, { status: 400 });
  const added = orRefusal(() => addAttachment(actor, id, file, { toReport }));
  if (!added.ok) return data({ form, problem: added.reason }, { status: added.status });
  return redirect(`/min-side/tilskudd/${id}?ok=uploaded`);
}

export function removeAction(actor: Actor, id: number, formData: FormData) {
  const attachmentId = Number(formData.get("attachmentId"));
  if (!Number.isSafeInteger(attachmentId) || attachmentId <= 0) return data({ form: "remove" as const, problem: "notFound" }, { status: 404 });
  const removed = orRefusal(() => removeAttachment(actor, id, attachmentId));
  if (!removed.ok) return data({ form: "remove" as const, problem: removed.reason }, { status: removed.status });
  return redirect(`/min-side/tilskudd/${id}?ok=removed`);
}
