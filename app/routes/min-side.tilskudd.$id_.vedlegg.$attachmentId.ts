import { readFile } from "node:fs/promises";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { attachmentForDownload } from "~/models/grant/attachment.server";
import { requireActor } from "~/services/actor.server";
import { orRespond } from "~/utils/refusal.server";
import { contentDisposition } from "~/components/grants/apply-upload.server";

const positiveId = (value: string | undefined) => (/^\d{1,15}$/.test(value ?? "") && Number(value) > 0 ? Number(value) : null);

/**
 * An application's or report's attachment (/min-side/tilskudd/:id/vedlegg/:attachmentId), for the
 * applicant, the scheme's administrators and the group's members without a conflict
 * (attachmentForDownload decides; anyone else gets 404). Always a download, never shown inline, with
 * the type read from the bytes at upload, and never stored by a cache.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  const applicationId = positiveId(params.id);
  const attachmentId = positiveId(params.attachmentId);
  if (applicationId === null || attachmentId === null) throw new Response(null, { status: 404 });
  const found = orRespond(() => attachmentForDownload(actor, applicationId, attachmentId));
  let body: Buffer;
  try {
    body = await readFile(found.file);
  } catch {
    throw new Response(null, { status: 404 });
  }
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": found.mediaType,
      "Content-Length": String(body.byteLength),
      "Content-Disposition": contentDisposition(found.fileName),
      "Cache-Control": "private, no-store",
    },
  });
}
