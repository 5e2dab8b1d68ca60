/**
 * Inviting a colleague twice (a second press of "Send invitasjon", or the same address again) reuses
 * the open invitation: no second invitation, and its e-mail again at most once per 10 minutes, then
 * with a fresh link that replaces the old one.
 */
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailOutbox, oneTimeTokens, organisations, users } from "../../db/schema";
import { seedDemoData } from "../../db/seed";
import { advanceClock, resetClock } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { describeInvitation, INVITATION_RESEND_INTERVAL_MS, inviteMember } from "./membership.server";

const db = () => getDb();
const EMAIL = "dobbel.kollega@example.test";

beforeAll(async () => {
  await seedDemoData(db(), { passwordHash: "unused" });
});
afterAll(() => resetClock());

function invite(email: string, role: "editor" | "owner" = "editor") {
  const owner = db().select({ id: users.id, name: users.name }).from(users).where(eq(users.email, "partner@laget.test")).get()!;
  const org = db().select({ id: organisations.id }).from(organisations).where(eq(organisations.name, "Leksehjelpa Romsås")).get()!;
  return inviteMember({ actorUserId: owner.id, actorName: owner.name, organisationId: org.id, email, role });
}
const openInvitations = () =>
  db().select().from(oneTimeTokens).where(and(eq(oneTimeTokens.purpose, "invitation"), sql`lower(${oneTimeTokens.email}) = ${EMAIL}`)).all();
const mails = () => db().select().from(emailOutbox).where(sql`lower(${emailOutbox.to}) = ${EMAIL}`).all();
const tokenIn = (text: string) => /\/invitasjon\/([A-Za-z0-9_-]+)/.exec(text)![1]!;

describe("inviting the same address twice", () => {
  it("sends one invitation and one e-mail for two presses", () => {
    expect(invite(EMAIL)).toBe("sent");
    expect(invite(EMAIL.toUpperCase())).toBe("alreadySent");
    expect(openInvitations()).toHaveLength(1);
    expect(mails()).toHaveLength(1);
  });

  it("sends the e-mail again after 10 minutes, with a new link that replaces the old and the role asked for now", () => {
    const firstLink = tokenIn(mails()[0]!.bodyText);
    advanceClock(INVITATION_RESEND_INTERVAL_MS - 60_000);
    expect(invite(EMAIL)).toBe("alreadySent");
    expect(mails()).toHaveLength(1);
    advanceClock(2 * 60_000);
    expect(invite(EMAIL, "owner")).toBe("resent");
    expect(openInvitations()).toHaveLength(1);
    expect(openInvitations()[0]!.membershipRole).toBe("owner");
    const sent = mails();
    expect(sent).toHaveLength(2);
    const newLink = tokenIn(sent[1]!.bodyText);
    expect(newLink).not.toBe(firstLink);
    expect(describeInvitation(firstLink)).toBeNull();
    expect(describeInvitation(newLink)).toMatchObject({ email: EMAIL, role: "owner" });
    // And right after the second e-mail, a third press sends nothing.
    expect(invite(EMAIL)).toBe("alreadySent");
    expect(mails()).toHaveLength(2);
  });
});
