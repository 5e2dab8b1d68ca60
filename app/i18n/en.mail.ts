/** English text of e-mails that only the server writes. Part of ./en.ts; keys mirror ./nb.mail.ts. */
import type { Messages } from "./nb";
import { amountIn, isoDateIn, type GrantLetter } from "./nb.mail";

const enAmount = amountIn("en-GB");
const enDate = isoDateIn("en-GB");

export const mail: Messages["mail"] = {
  /** Signing up (app/models/signup.server.ts). */
  signup: {
    confirmMailSubject: "Confirm your e-mail address in Laget",
    confirmMailText: (name: string, link: string) =>
      `Hello, ${name}!\n\nOpen the link to confirm your e-mail address and finish registering in Laget:\n\n${link}\n\nThe link works for 24 hours and can be used once. If you did not register, you can ignore this e-mail.`,
    accountExistsMailSubject: "Someone tried to register with your e-mail address in Laget",
    accountExistsMailText: (loginLink: string, resetLink: string) =>
      `Hello!\n\nSomeone just tried to create a new Laget account with this e-mail address. You already have an account.\n\nIf it was you, sign in here and register the organisation or ask to join from there:\n${loginLink}\n\nIf you have forgotten your password, you can make a new one here:\n${resetLink}\n\nIf it was not you, you can ignore this e-mail. Your account has not been changed.`,
  },
  grants: {
    decisionSubject: (title: string) => `Grant decision: ${title}`,
    decisionText: (p: GrantLetter) => {
      const kr = (ore: number) => `NOK ${enAmount(ore)}`;
      const outcome =
        p.outcome === "granted"
          ? `The application is granted ${kr(p.amountGrantedOre)}.`
          : p.outcome === "partly_granted"
            ? `The application is partly granted: ${kr(p.amountGrantedOre)} of the ${kr(p.amountAppliedOre)} applied for.`
            : "The application is rejected.";
      const lines = [
        `Hello, ${p.applicant}!`,
        "",
        `${p.scheme}, ${p.round}: decision of ${enDate(p.decidedOn)} on the application “${p.title}”.`,
        "",
        outcome,
      ];
      if (p.reason) lines.push("", `Reason: ${p.reason}`);
      if (p.outcome !== "rejected") {
        if (p.conditions) lines.push("", `Conditions: ${p.conditions}`);
        if (p.reportDueOn) lines.push("", `A report on how the money was used is due in Laget by ${enDate(p.reportDueOn)}. Unspent money must be repaid.`);
      }
      lines.push(
        "",
        `You may appeal against the decision within three weeks of receiving this letter, that is by ${enDate(p.appealDeadline)} (Public Administration Act §§ 28 and 29). Send the appeal from the application's page in Laget. The group reconsiders it; if it is not upheld, it goes to ${p.appealBody}. You may also ask to see the case documents (§ 18).`,
        "",
        p.link,
        "",
        "Best regards, Laget",
      );
      return lines.join("\n");
    },
    reportReminderSubject: (title: string) => `Reminder: report for “${title}”`,
    reportReminderText: (title: string, due: string, link: string) =>
      `Hello!\n\nThe report for “${title}” is due by ${enDate(due)}. Tell us what was done, how many took part and what the money was spent on:\n\n${link}\n\nBest regards, Laget`,
  },
};
