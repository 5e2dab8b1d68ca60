/**
 * Organisation logos. An upload is trusted by nothing it says about itself: its type is read from its
 * first bytes (PNG, JPEG or WebP magic numbers), it is refused above 2 MB before any decoding, then
 * sharp decodes it, re-encodes it as WebP no larger than 512 × 512 and drops every piece of metadata
 * (EXIF, GPS, ICC comments). The result is stored under a random name in UPLOAD_DIR.
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  MaxPartSizeExceededError,
  unstable_composeUploadHandlers,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
  type UploadHandler,
} from "@remix-run/node";
import sharp from "sharp";
import { getEnv } from "~/utils/env.server";
import { fromRoot } from "~/utils/paths.server";

export const LOGO_MAX_BYTES = 2 * 1024 * 1024;
export const LOGO_MAX_SIDE = 512;
/** Stored logo names: 32 hex characters and the extension, nothing a path could be built from. */
export const LOGO_FILE_PATTERN = /^[0-9a-f]{32}\.webp$/;

export type LogoProblem = "logoType" | "logoTooLarge" | "logoUnreadable" | "logoMissing";

export type ImageKind = "png" | "jpeg" | "webp";

/** The image type by its magic number, or null for anything else (HTML, SVG, GIF, a renamed file …). */
export function detectImageType(bytes: Uint8Array): ImageKind | null {
  const b = bytes;
  if (b.length >= 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47 && b[4] === 0x0d && b[5] === 0x0a && b[6] === 0x1a && b[7] === 0x0a) {
    return "png";
  }
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return "jpeg";
  const ascii = (from: number, to: number) => String.fromCharCode(...b.subarray(from, to));
  if (b.length >= 12 && ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP") return "webp";
  return null;
}

/** Checks and re-encodes an upload; the WebP bytes, or why it was refused. */
export async function processLogo(bytes: Uint8Array): Promise<{ ok: true; data: Buffer } | { ok: false; problem: LogoProblem }> {
  if (bytes.byteLength === 0) return { ok: false, problem: "logoMissing" };
  if (bytes.byteLength > LOGO_MAX_BYTES) return { ok: false, problem: "logoTooLarge" };
  const kind = detectImageType(bytes);
  if (!kind) return { ok: false, problem: "logoType" };
  try {
    const image = sharp(bytes, { limitInputPixels: 40_000_000, failOn: "error" });
    const meta = await image.metadata();
    if (meta.format !== kind) return { ok: false, problem: "logoType" };
    // rotate() applies the EXIF orientation before the metadata is dropped (sharp keeps none by default).
    const data = await image
      .rotate()
      .resize(LOGO_MAX_SIDE, LOGO_MAX_SIDE, { fit: "inside", withoutEnlargement: true })
      .webp({ quality: 85 })
      .toBuffer();
    return { ok: true, data };
  } catch {
    return { ok: false, problem: "logoUnreadable" };
  }
}

export function uploadDir(): string {
  return fromRoot(getEnv().UPLOAD_DIR);
}

/** Writes processed logo bytes under a fresh random name and returns the name. */
export function storeLogo(data: Buffer): string {
  const dir = uploadDir();
  mkdirSync(dir, { recursive: true });
  const name = `${randomBytes(16).toString("hex")}.webp`;
  writeFileSync(path.join(dir, name), data, { flag: "wx" });
  return name;
}

/** Removes a stored logo (after the organisation points elsewhere); unknown names are ignored. */
export function deleteLogo(name: string | null | undefined): void {
  if (!name || !LOGO_FILE_PATTERN.test(name)) return;
  rmSync(path.join(uploadDir(), name), { force: true });
}

export function logoPath(name: string): string | null {
  return LOGO_FILE_PATTERN.test(name) ? path.join(uploadDir(), name) : null;
}

/**
 * Reads the logo form (multipart). The file part is read to the end even when it is too large, but
 * only its first 2 MB are kept, so the answer is a normal 400 with a message rather than a broken
 * connection; parts far beyond any reasonable size (20 MB) abort the request. Text fields go through
 * Remix's memory handler with a small limit.
 */
export async function readLogoForm(request: Request): Promise<{ formData: FormData; tooLarge: boolean }> {
  let tooLarge = false;
  const fileHandler: UploadHandler = async ({ name, filename, contentType, data }) => {
    if (typeof filename !== "string" || name !== "logo") return undefined;
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of data) {
      size += chunk.byteLength;
      if (size > 20 * 1024 * 1024) throw new MaxPartSizeExceededError(name, LOGO_MAX_BYTES);
      if (size > LOGO_MAX_BYTES) {
        tooLarge = true;
        chunks.length = 0;
        continue;
      }
      chunks.push(chunk);
    }
    if (tooLarge || size === 0) return undefined;
    return new File(chunks as BlobPart[], filename, { type: contentType });
  };
  const formData = await unstable_parseMultipartFormData(
    request,
    unstable_composeUploadHandlers(fileHandler, unstable_createMemoryUploadHandler({ maxPartSize: 10_000 })),
  );
  return { formData, tooLarge };
}
