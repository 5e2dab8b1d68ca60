import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { emailOutbox, notifications, users } from "../../db/schema";
import { en } from "~/i18n/en";
import { nb } from "~/i18n/nb";
import { getDb } from "~/utils/db.server";
import { requestPasswordReset } from "~/models/password-reset.server";
import { notify } from "./notify.server";

const person = (email: string, language: "nb" | "en") =>
  getDb().insert(users).values({ email, name: email.split("@")[0]!, passwordHash: "unused", language }).returning({ id: users.id }).get().id;

const mailsTo = (email: string) => getDb().select({ subject: emailOutbox.subject, text: emailOutbox.bodyText }).from(emailOutbox).where(eq(emailOutbox.to, email)).all();

describe("e-mail in the recipient's language", () => {
  it("writes one notice's e-mail to each recipient in their own language", () => {
    const kari = person("kari@example.test", "nb");
    const john = person("john@example.test", "en");
    getDb().transaction((tx) =>
      notify(tx, {
        userIds: [kari, john],
        kind: "membership_requested",
        params: { organisation: "Leksehjelpa", person: "Per" },
        link: "/min-side",
        mail: (t) => ({ subject: t.membership.ownersMailSubject("Leksehjelpa"), text: t.membership.ownersMailText("Per", "Leksehjelpa", "https://laget.test/min-side") }),
      }),
    );
    expect(mailsTo("kari@example.test").map((m) => m.subject)).toEqual([nb.membership.ownersMailSubject("Leksehjelpa")]);
    expect(mailsTo("john@example.test").map((m) => m.subject)).toEqual([en.membership.ownersMailSubject("Leksehjelpa")]);
    expect(nb.membership.ownersMailSubject("Leksehjelpa")).not.toBe(en.membership.ownersMailSubject("Leksehjelpa"));
    // The in-app notice is stored as its kind and values, worded when shown in the page's language.
    expect(getDb().select({ kind: notifications.kind }).from(notifications).where(inArray(notifications.userId, [kari, john])).all()).toHaveLength(2);
  });

  it("sends a password-reset link in the account's language", () => {
    person("jane@example.test", "en");
    requestPasswordReset("jane@example.test");
    expect(mailsTo("jane@example.test").map((m) => m.subject)).toEqual([en.auth.resetMailSubject]);
  });
});
