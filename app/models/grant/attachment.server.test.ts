/** Attachments, and a continuous scheme decided without a meeting. */
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { grantApplications, grantRounds } from "../../../db/schema";
import { createDraft, submitApplication } from "./application.server";
import { addAttachment, attachmentForDownload, detectAttachmentType, listAttachments, removeAttachment } from "./attachment.server";
import { declare } from "./assessment.server";
import { recordDecision, sendDecisionLetters } from "./decision.server";
import { createScheme, releaseRound } from "./scheme.server";
import { expectProblem } from "~/testing/coordination-fixture.server";
import { completeDraft, seedGrantScheme } from "~/testing/grant-fixture.server";
import { advanceClock } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";

let f: Awaited<ReturnType<typeof seedGrantScheme>>;
const PDF = new TextEncoder().encode("%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF");
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
const HTML = new TextEncoder().encode("<html><script>alert(1)</script></html>");

beforeAll(async () => {
  process.env.UPLOAD_DIR = mkdtempSync(path.join(tmpdir(), "laget-grant-files-"));
  f = await seedGrantScheme();
});

describe("attachments", () => {
  it("recognises PDF, PNG and JPEG by their bytes, nothing else", () => {
    expect(detectAttachmentType(PDF)).toBe("application/pdf");
    expect(detectAttachmentType(PNG)).toBe("image/png");
    expect(detectAttachmentType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe("image/jpeg");
    expect(detectAttachmentType(HTML)).toBeNull();
  });

  it("stores a file outside public/ under a random name, for the applicant, the administrator and members without a conflict", () => {
    const id = createDraft(f.applicant(), f.round.id, { kind: "organisation", organisationId: f.organisations.velforening }, completeDraft(f.ids));
    expectProblem(() => addAttachment(f.applicant(), id, { fileName: "budsjett.pdf", bytes: HTML }), "attachmentType");
    expectProblem(() => addAttachment(f.applicant(), id, { fileName: "tom.pdf", bytes: new Uint8Array() }), "attachmentEmpty");
    expectProblem(() => addAttachment(f.applicant(), id, { fileName: "stor.pdf", bytes: new Uint8Array(10 * 1024 * 1024 + 1).fill(0x25) }), "attachmentTooLarge");
    expectProblem(() => addAttachment(f.privatePerson(), id, { fileName: "x.pdf", bytes: PDF }), "notFound");
    // A stranger's upload never reaches the disk, not even for a moment: nothing has made the folder yet.
    expect(existsSync(path.join(process.env.UPLOAD_DIR!, "grants"))).toBe(false);
    const attachment = addAttachment(f.applicant(), id, { fileName: "../../budsjett\u0000.pdf", bytes: PDF });
    const kept = addAttachment(f.applicant(), id, { fileName: "plakat.png", bytes: PNG });
    const download = attachmentForDownload(f.applicant(), id, attachment);
    expect(download).toMatchObject({ mediaType: "application/pdf", fileName: "budsjett.pdf", sizeBytes: PDF.byteLength });
    expect(path.basename(download.file)).toMatch(/^[0-9a-f]{32}\.pdf$/);
    expect(download.file.startsWith(process.env.UPLOAD_DIR!)).toBe(true);
    expect(readFileSync(download.file)).toEqual(Buffer.from(PDF));
    // A draft is the applicant's alone.
    expectProblem(() => listAttachments(f.schemeAdmin, id), "notFound");
    removeAttachment(f.applicant(), id, attachment);
    expect(existsSync(download.file)).toBe(false);

    submitApplication(f.applicant(), id);
    expectProblem(() => addAttachment(f.applicant(), id, { fileName: "sent.pdf", bytes: PDF }), "notEditable");
    expect(listAttachments(f.schemeAdmin, id).map((a) => a.id)).toEqual([kept]);
    expectProblem(() => listAttachments(f.grorud, id), "notFound");
    expectProblem(() => listAttachments(f.members[0]!.actor(), id), "notFound"); // not released yet

    advanceClock(11 * 86_400_000);
    releaseRound(f.schemeAdmin, f.round.id);
    expectProblem(() => listAttachments(f.members[0]!.actor(), id), "notFound"); // not declared
    declare(f.members[0]!.actor(), id, { hasConflict: true, reason: "Styremedlem" });
    expectProblem(() => attachmentForDownload(f.members[0]!.actor(), id, kept), "notFound");
    declare(f.members[1]!.actor(), id, { hasConflict: false, reason: null });
    expect(attachmentForDownload(f.members[1]!.actor(), id, kept).mediaType).toBe("image/png");
  });
});

describe("a continuous scheme", () => {
  it("has one round without a deadline, decided administratively and its letter sent at once", () => {
    const scheme = createScheme(f.schemeAdmin, {
      programmeId: f.ids.levekarsloftet,
      name: "Nabolagsmidler test",
      description: "",
      criteria: "",
      areaIds: [f.ids.storhaug],
      sectors: ["voluntary"],
      allowsPrivatePersons: false,
      maxAmount: 1_000_000,
      ownSharePercent: 0,
      quorum: null,
      appealBody: "Klagenemnda",
      reportDueDays: 30,
      isContinuous: true,
      decisionWithinDays: 14,
    });
    const round = getDb().select().from(grantRounds).where(eq(grantRounds.schemeId, scheme.id)).get()!;
    expect(round.deadlineAt).toBeNull();
    const id = createDraft(f.applicant(), round.id, { kind: "organisation", organisationId: f.organisations.velforening }, { ...completeDraft(f.ids), amountApplied: 500_000 });
    advanceClock(365 * 86_400_000);
    submitApplication(f.applicant(), id);
    recordDecision(f.schemeAdmin, { applicationId: id, meetingId: null, outcome: "granted", amountOre: null, reason: "", conditions: "" });
    expect(sendDecisionLetters(f.schemeAdmin, round.id)).toBe(1);
    expect(getDb().select().from(grantApplications).where(eq(grantApplications.id, id)).get()?.status).toBe("decided");
    // A round-based scheme's application needs its meeting.
    const other = createDraft(f.applicant(), f.round.id, { kind: "organisation", organisationId: f.organisations.velforening }, completeDraft(f.ids));
    getDb().update(grantApplications).set({ status: "submitted" }).where(eq(grantApplications.id, other)).run();
    expectProblem(() => recordDecision(f.schemeAdmin, { applicationId: other, meetingId: null, outcome: "granted", amountOre: null, reason: "", conditions: "" }), "notFound");
  });
});
