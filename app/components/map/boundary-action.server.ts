/**
 * The boundary import on /admin/omrader/:slug (issue 25): the upload posts the file (multipart) and
 * gets the preview — the table of shapes and the areas they match, and the outlines drawn — with the
 * checked shapes kept in a server-side draft (app/models/area-boundary.server.ts says why); the save
 * posts the draft's name and redirects. Every refusal is a 400 with the Norwegian reason at the
 * field, and nothing is saved.
 *
 * The file is read as the grant attachments are (app/components/grants/apply-upload.server.ts): to
 * its end, keeping only the first BOUNDARY_FILE_MAX_BYTES, so a file that is too large gets the
 * page's message instead of a broken connection; a part far beyond that aborts. (The server's body
 * limit, server/body-limit.ts, answers a request over 5 MB with its own Norwegian 413 first.)
 */
import {
  data,
  MaxPartSizeExceededError,
  redirect,
  unstable_composeUploadHandlers,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
  type UploadHandler,
} from "@remix-run/node";
import { z } from "zod";
import { boundaryScope, createBoundaryDraft, matchShapes, saveBoundaryDraft, type ShapeMatch } from "~/models/area-boundary.server";
import { readBoundaryFile, type ImportError } from "~/services/geojson-import.server";
import { drawMap, type DrawnMap } from "~/services/map.server";
import type { Actor } from "~/services/permissions";
import { BOUNDARY_FILE_MAX_BYTES, BOUNDARY_PROJECTIONS } from "~/validation/map";

export type BoundaryValues = { projection: string; nameProperty: string; source: string; licence: string };
export type BoundaryProblem = ImportError | { key: "sourceRequired" | "tooLong" | "draftGone" | "badProjection" | "noMatches" };
export type BoundaryState =
  | { values: BoundaryValues; problem: BoundaryProblem; field: "file" | "projection" | "nameProperty" | "source" | "licence" }
  | { values: BoundaryValues; preview: { draftId: string; matches: ShapeMatch[]; drawn: DrawnMap | null } };
export type BoundaryActionData = { form: "boundary"; result?: undefined; usage?: undefined; boundary: BoundaryState };


const fieldsSchema = z.object({
  projection: z.enum(BOUNDARY_PROJECTIONS),
  nameProperty: z.string().trim().max(100),
  source: z.string().trim().min(1).max(200),
  licence: z.string().trim().max(200),
});

async function readUpload(request: Request): Promise<{ formData: FormData; bytes: Uint8Array | null; tooLarge: boolean }> {
  let tooLarge = false;
  let bytes: Uint8Array | null = null;
  const fileHandler: UploadHandler = async ({ name, filename, data: stream }) => {
    if (typeof filename !== "string" || name !== "file") return undefined;
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of stream) {
      size += chunk.byteLength;
      if (size > 16 * BOUNDARY_FILE_MAX_BYTES) throw new MaxPartSizeExceededError(name, BOUNDARY_FILE_MAX_BYTES);
      if (size > BOUNDARY_FILE_MAX_BYTES) {
        tooLarge = true;
        chunks.length = 0;
        continue;
      }
      chunks.push(chunk);
    }
    if (!tooLarge && size > 0) bytes = Buffer.concat(chunks);
    return null;
  };
  try {
    const formData = await unstable_parseMultipartFormData(
      request,
      unstable_composeUploadHandlers(fileHandler, unstable_createMemoryUploadHandler({ maxPartSize: 10_000 })),
    );
    return { formData, bytes, tooLarge };
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return { formData: new FormData(), bytes: null, tooLarge: true };
    throw new Response("Ugyldig forespørsel", { status: 400 });
  }
}

const text = (formData: FormData, name: string) => {
  const v = formData.get(name);
  return typeof v === "string" ? v : "";
};

const refuse = (values: BoundaryValues, problem: BoundaryProblem, field: Extract<BoundaryState, { problem: unknown }>["field"]) =>
  data<BoundaryActionData>({ form: "boundary", boundary: { values, problem, field } }, { status: 400 });


/** The upload: check the file, match its shapes, keep the draft, answer with the preview. */
export async function previewBoundaries(request: Request, actor: Actor, area: { id: number }) {
  const { formData, bytes, tooLarge } = await readUpload(request);
  const values: BoundaryValues = {
    projection: text(formData, "projection").slice(0, 20),
    nameProperty: text(formData, "nameProperty").slice(0, 100),
    source: text(formData, "source").slice(0, 300),
    licence: text(formData, "licence").slice(0, 300),
  };
  const parsed = fieldsSchema.safeParse(values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path[0] as "projection" | "nameProperty" | "source" | "licence";
    return refuse(values, field === "projection" ? { key: "badProjection" } : issue.code === "too_big" ? { key: "tooLong" } : { key: "sourceRequired" }, field);
  }
  if (tooLarge) return refuse(values, { key: "fileTooLarge" }, "file");
  const result = readBoundaryFile(bytes, { projection: parsed.data.projection, nameProperty: parsed.data.nameProperty });
  if (!result.ok) return refuse(values, result.error, result.error.key === "nameRequired" || result.error.key === "nameMissing" ? "nameProperty" : result.error.key === "crsConflict" ? "projection" : "file");
  const scope = boundaryScope(area.id);
  const matches = matchShapes(result.shapes, scope);
  if (!matches.some((m) => m.areaId !== null)) return refuse(values, { key: "noMatches" }, "nameProperty");
  const draftId = createBoundaryDraft({
    userId: actor.id,
    areaId: area.id,
    source: parsed.data.source,
    licence: parsed.data.licence || "CC BY 4.0",
    matches,
    shapes: result.shapes,
  });
  const drawn = drawMap(result.shapes.map((s, i) => ({ slug: `flate-${i}`, name: s.label, geometry: s.geometry, value: matches[i]!.areaId === null ? 0 : 1, depth: 0 })));
  return data<BoundaryActionData>({ form: "boundary", boundary: { values, preview: { draftId, matches, drawn } } });
}

/** The save: the draft's outlines stored, audited; to the page with how many were saved. */
export function saveBoundaries(formData: FormData, actor: Actor, area: { id: number; slug: string }) {
  const outcome = saveBoundaryDraft(actor.id, area.id, text(formData, "draft"));
  if (!outcome.ok) return refuse({ projection: "EPSG:4326", nameProperty: "", source: "", licence: "" }, { key: "draftGone" }, "file");
  return redirect(`/admin/omrader/${encodeURIComponent(area.slug)}?grenser=${outcome.saved}`);
}

