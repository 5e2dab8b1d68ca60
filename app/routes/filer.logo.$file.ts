import { readFile } from "node:fs/promises";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { logoPath } from "~/services/logo.server";

/**
 * Serves a stored logo. Any stored logo is served by its name, without checking whose it is: names
 * are 128 random bits (unguessable), logos are meant to be public once the organisation is approved,
 * and a pending organisation's logo is only reachable by someone its members gave the address to.
 * Only names in the generated pattern are accepted, so no path can be built from the URL. Every
 * stored logo was re-encoded to WebP by the server, so the content type is known. The server adds
 * `X-Content-Type-Options: nosniff` to every response (server/server.ts), this one included.
 */
export async function loader({ params }: LoaderFunctionArgs) {
  const file = params.file ? logoPath(params.file) : null;
  if (!file) throw new Response(null, { status: 404 });
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    throw new Response(null, { status: 404 });
  }
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": "image/webp",
      "Content-Length": String(body.byteLength),
      // A name is never reused for other bytes (a new logo gets a new name).
      "Cache-Control": "public, max-age=31536000, immutable",
      "Content-Disposition": "inline",
    },
  });
}
