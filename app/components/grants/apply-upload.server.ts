/**
 * Reads an attachment upload (multipart) on /min-side/tilskudd/:id, as the logo form is read
 * (app/services/logo.server.ts): the file part is read to its end, but only its first 10 MB are kept,
 * so a file that is too large gets the page's Norwegian message instead of a broken connection; a
 * part far beyond that aborts. The body limit lets these paths' multipart bodies through up to
 * GRANT_UPLOAD_BODY_LIMIT (server/body-limit.ts). Text fields go through Remix's memory handler.
 */
import {
  MaxPartSizeExceededError,
  unstable_composeUploadHandlers,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
  type UploadHandler,
} from "@remix-run/node";
import { GRANT_ATTACHMENT_MAX_BYTES } from "~/validation/enums";

export type UploadedFile = { fileName: string; bytes: Uint8Array };

export async function readAttachmentForm(request: Request): Promise<{ formData: FormData; file: UploadedFile | null; tooLarge: boolean }> {
  let tooLarge = false;
  let file: UploadedFile | null = null;
  const fileHandler: UploadHandler = async ({ name, filename, data }) => {
    if (typeof filename !== "string" || name !== "file") return undefined;
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of data) {
      size += chunk.byteLength;
      if (size > 4 * GRANT_ATTACHMENT_MAX_BYTES) throw new MaxPartSizeExceededError(name, GRANT_ATTACHMENT_MAX_BYTES);
      if (size > GRANT_ATTACHMENT_MAX_BYTES) {
        tooLarge = true;
        chunks.length = 0;
        continue;
      }
      chunks.push(chunk);
    }
    if (!tooLarge && size > 0) file = { fileName: filename, bytes: Buffer.concat(chunks) };
    // The bytes are kept above; null ends the chain, so the memory handler does not read the part again.
    return null;
  };
  try {
    const formData = await unstable_parseMultipartFormData(
      request,
      unstable_composeUploadHandlers(fileHandler, unstable_createMemoryUploadHandler({ maxPartSize: 10_000 })),
    );
    return { formData, file, tooLarge };
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return { formData: new FormData(), file: null, tooLarge: true };
    // A broken multipart body is a client's mistake: the 400 page, not a 500.
    throw new Response("Ugyldig forespørsel", { status: 400 });
  }
}

/** `attachment; filename="…"` with an ASCII stand-in and the real name as RFC 5987 UTF-8: no quote, slash or line break gets through. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.normalize("NFKD").replace(/[^\x20-\x7e]/g, "_").replace(/["\\/;]/g, "_").trim() || "vedlegg";
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

