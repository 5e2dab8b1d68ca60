/**
 * Attachments of applications and reports (PDF, PNG, JPEG; at most 10 MB each). An upload is trusted
 * by nothing it says about itself: its type is read from its first bytes. The bytes are stored
 * outside public/, under UPLOAD_DIR/grants with a random name, and served only to the applicant, the
 * scheme's administrators and the group's members who declared no conflict on the application.
 */
import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { and, asc, eq } from "drizzle-orm";
import { grantAttachments, grantReports } from "../../../db/schema";
import { audit } from "~/services/audit.server";
import { canAdministerScheme, canAssess } from "~/services/grant-permissions";
import { detectImageType, uploadDir } from "~/services/logo.server";
import type { Actor } from "~/services/permissions";
import { getDb } from "~/utils/db.server";
import { GRANT_ATTACHMENT_MAX_BYTES, GRANT_REPORT_OWED_STATUSES as GRANT_OWED, type GrantAttachmentType } from "~/validation/enums";
import { declarationOf, immediate, isCurrentMember, loadApplication, refuse, requireApplicant, type Reader } from "./shared.server";

/** Stored names: 32 hex characters and the extension, nothing a path could be built from. */
export const ATTACHMENT_FILE_PATTERN = /^[0-9a-f]{32}\.(pdf|png|jpg)$/;
const EXTENSION: Record<GrantAttachmentType, string> = { "application/pdf": "pdf", "image/png": "png", "image/jpeg": "jpg" };

/** The attachment's type by its magic number (PDF, PNG, JPEG), or null for anything else. */
export function detectAttachmentType(bytes: Uint8Array): GrantAttachmentType | null {
  if (bytes.length >= 5 && String.fromCharCode(...bytes.subarray(0, 5)) === "%PDF-") return "application/pdf";
  const image = detectImageType(bytes);
  return image === "png" ? "image/png" : image === "jpeg" ? "image/jpeg" : null;
}

function attachmentDir(): string {
  return path.join(uploadDir(), "grants");
}

/** The file behind a stored name, or null for a name that is not one of ours. */
export function attachmentPath(storedName: string): string | null {
  return ATTACHMENT_FILE_PATTERN.test(storedName) ? path.join(attachmentDir(), storedName) : null;
}

/**
 * The applicant attaches a file: to the application while they may change it (a draft, or sent back
 * for more), or to the report while it is owed. Returns the attachment's id.
 */
export function addAttachment(actor: Actor, applicationId: number, file: { fileName: string; bytes: Uint8Array }, options: { toReport?: boolean } = {}): number {
  if (file.bytes.byteLength === 0) refuse("attachmentEmpty", "invalid", "file");
  if (file.bytes.byteLength > GRANT_ATTACHMENT_MAX_BYTES) refuse("attachmentTooLarge", "invalid", "file");
  const mediaType = detectAttachmentType(file.bytes);
  if (!mediaType) refuse("attachmentType", "invalid", "file");
  // Who may attach is settled before anything is written to disk (and again inside the transaction,
  // where it counts): a stranger's upload never touches the file system.
  requireApplicant(getDb(), actor, applicationId);
  const storedName = `${randomBytes(16).toString("hex")}.${EXTENSION[mediaType]}`;
  const target = path.join(attachmentDir(), storedName);
  mkdirSync(attachmentDir(), { recursive: true });
  writeFileSync(target, file.bytes, { flag: "wx" });
  try {
    return getDb().transaction((tx) => {
      const application = requireApplicant(tx, actor, applicationId);
      let reportId: number | null = null;
      if (options.toReport) {
        const report = tx.select({ id: grantReports.id, status: grantReports.status }).from(grantReports).where(eq(grantReports.applicationId, applicationId)).get();
        if (!report) refuse("notGranted");
        if (!(GRANT_OWED as readonly string[]).includes(report.status)) refuse("reportNotOwed");
        reportId = report.id;
      } else if (application.status !== "draft" && application.status !== "needs_more") {
        refuse("notEditable");
      }
      const id = tx
        .insert(grantAttachments)
        .values({
          applicationId,
          reportId,
          // The name as shown: no path, no control characters, at most 200 characters.
          fileName: path.basename(file.fileName).replace(/[\u0000-\u001f\u007f]/g, "").slice(0, 200) || storedName,
          storedName,
          mediaType,
          sizeBytes: file.bytes.byteLength,
          sha256: createHash("sha256").update(file.bytes).digest("hex"),
          uploadedByUserId: actor.id,
        })
        .returning({ id: grantAttachments.id })
        .get().id;
      audit({ actorUserId: actor.id, action: "grant_attachment.added", entityType: "grant_application", entityId: applicationId, details: { attachmentId: id, mediaType, sizeBytes: file.bytes.byteLength, reportId } }, tx);
      return id;
    }, immediate);
  } catch (error) {
    rmSync(target, { force: true });
    throw error;
  }
}

/** May the actor see the application's files: its applicant, the scheme's administrator, or a member without a conflict. */
function canSeeFiles(db: Reader, actor: Actor, applicationId: number): boolean {
  const application = loadApplication(db, applicationId);
  if (!application) return false;
  if (canAdministerScheme(actor, application)) return application.status !== "draft";
  if (application.applicantKind === "private_person" ? application.createdByUserId === actor.id : actor.memberships.some((m) => m.organisationId === application.organisationId)) return true;
  if (application.status === "draft" || !application.releasedAt) return false;
  return canAssess({ isMember: isCurrentMember(db, application.schemeId, actor.id), declaration: declarationOf(db, applicationId, actor.id) });
}

/** The application's attachments (names, types, sizes), for those who may see them; anyone else: notFound. */
export function listAttachments(actor: Actor, applicationId: number) {
  const db = getDb();
  if (!canSeeFiles(db, actor, applicationId)) refuse("notFound", "notFound");
  return db
    .select({ id: grantAttachments.id, fileName: grantAttachments.fileName, mediaType: grantAttachments.mediaType, sizeBytes: grantAttachments.sizeBytes, reportId: grantAttachments.reportId, createdAt: grantAttachments.createdAt })
    .from(grantAttachments)
    .where(eq(grantAttachments.applicationId, applicationId))
    .orderBy(asc(grantAttachments.createdAt), asc(grantAttachments.id))
    .all();
}

/** What a download route needs to serve one attachment: its file, type and name; notFound for anyone who may not see it. */
export function attachmentForDownload(actor: Actor, applicationId: number, attachmentId: number) {
  const db = getDb();
  const row = db
    .select({ storedName: grantAttachments.storedName, mediaType: grantAttachments.mediaType, fileName: grantAttachments.fileName, sizeBytes: grantAttachments.sizeBytes })
    .from(grantAttachments)
    .where(and(eq(grantAttachments.id, attachmentId), eq(grantAttachments.applicationId, applicationId)))
    .get();
  if (!row || !canSeeFiles(db, actor, applicationId)) refuse("notFound", "notFound");
  const file = attachmentPath(row.storedName);
  if (!file) refuse("notFound", "notFound");
  return { file, mediaType: row.mediaType, fileName: row.fileName, sizeBytes: row.sizeBytes };
}

/** The applicant removes an attachment while they may still change what it belongs to. */
export function removeAttachment(actor: Actor, applicationId: number, attachmentId: number): void {
  const storedName = getDb().transaction((tx) => {
    const application = requireApplicant(tx, actor, applicationId);
    const row = tx.select().from(grantAttachments).where(and(eq(grantAttachments.id, attachmentId), eq(grantAttachments.applicationId, applicationId))).get();
    if (!row) refuse("notFound", "notFound");
    if (row.reportId === null && application.status !== "draft" && application.status !== "needs_more") refuse("notEditable");
    if (row.reportId !== null) {
      const report = tx.select({ status: grantReports.status }).from(grantReports).where(eq(grantReports.id, row.reportId)).get();
      if (!report || !(GRANT_OWED as readonly string[]).includes(report.status)) refuse("reportNotOwed");
    }
    tx.delete(grantAttachments).where(eq(grantAttachments.id, attachmentId)).run();
    audit({ actorUserId: actor.id, action: "grant_attachment.removed", entityType: "grant_application", entityId: applicationId, details: { attachmentId } }, tx);
    return row.storedName;
  }, immediate);
  const file = attachmentPath(storedName);
  if (file) rmSync(file, { force: true });
}
