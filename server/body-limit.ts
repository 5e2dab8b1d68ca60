/**
 * Refuses request bodies larger than any of Laget's forms can be, before anything parses them: an
 * honest Content-Length over the limit is answered 413 at once, and a body without one (chunked) is
 * counted as it streams in and refused the moment it passes the limit. Bodies within the limit are
 * held in memory (at most the limit) and handed to Remix afterwards, so an action never starts on a
 * body that could still turn out too large.
 *
 * The limits:
 * - 2 MB for ordinary forms (url-encoded and anything else): a 1 MB text field, the longest a test
 *   sends, still reaches validation and gets a field error ("Teksten er for lang") instead of a 413;
 *   the longest real field is a few thousand characters.
 * - 5 MB for multipart (the logo upload): the logo may be 2 MB, and multipart adds a little framing.
 * - 16 MB for multipart to an application's page (/min-side/tilskudd/…, issue 20): an attachment may
 *   be 10 MB, and one a little larger must still reach the page, which answers with the Norwegian
 *   "the file is too large" next to the field instead of this 413.
 */
import { PassThrough } from "node:stream";
import type { NextFunction, Request, Response } from "express";
import { getMessages } from "../app/i18n";

export const FORM_BODY_LIMIT = 2 * 1024 * 1024;
export const MULTIPART_BODY_LIMIT = 5 * 1024 * 1024;

export const GRANT_UPLOAD_BODY_LIMIT = 16 * 1024 * 1024;

export function bodyLimitFor(contentType: string | undefined, path = ""): number {
  if (!(contentType ?? "").toLowerCase().startsWith("multipart/form-data")) return FORM_BODY_LIMIT;
  return path.startsWith("/min-side/tilskudd/") ? GRANT_UPLOAD_BODY_LIMIT : MULTIPART_BODY_LIMIT;
}

const bodies = new WeakMap<Request, Buffer>();

/**
 * The 413 goes out at once; the rest of the body is read and thrown away (Node does that for a declared
 * length, the data listener below for a streamed one), so the client can finish sending and read the
 * answer instead of meeting a closed connection. A streamed body that goes on past a few times the
 * limit is cut off.
 */
const DISCARD_LIMIT_FACTOR = 4;

function refuse(res: Response) {
  res.status(413).type("text/plain; charset=utf-8").send(getMessages().errors.bodyTooLarge);
}

export function bodyLimit(req: Request, res: Response, next: NextFunction) {
  if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") return next();
  const limit = bodyLimitFor(req.get("content-type"), req.path);
  const declared = Number(req.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) return refuse(res);

  const chunks: Buffer[] = [];
  let size = 0;
  let refused = false;
  req.on("data", (chunk: Buffer) => {
    size += chunk.length;
    if (refused) {
      if (size > limit * DISCARD_LIMIT_FACTOR) req.socket.destroy();
      return;
    }
    if (size > limit) {
      refused = true;
      chunks.length = 0;
      refuse(res);
      return;
    }
    chunks.push(chunk);
  });
  req.on("end", () => {
    if (refused) return;
    bodies.set(req, Buffer.concat(chunks, size));
    next();
  });
  req.on("error", (error) => {
    if (!refused) next(error);
  });
}

/**
 * The request as Remix's Express adapter reads it, with its body replayed from the buffer the limit
 * check collected (the socket's stream is already consumed). Everything else is the request itself.
 */
export function withBufferedBody(req: Request): Request {
  const body = bodies.get(req);
  if (!body) return req;
  const replay = new PassThrough();
  replay.end(body);
  const view = Object.create(req) as Request;
  for (const method of ["on", "once", "off", "addListener", "removeListener", "pause", "resume", "destroy", "pipe", "read"] as const) {
    Object.defineProperty(view, method, { value: (replay[method] as (...args: unknown[]) => unknown).bind(replay) });
  }
  for (const property of ["readable", "readableHighWaterMark", "readableEnded", "destroyed"] as const) {
    Object.defineProperty(view, property, { get: () => replay[property] });
  }
  return view;
}
