/** English text of e-mails that only the server writes. Part of ./en.ts; keys mirror ./nb.mail.ts. */
import type { Messages } from "./nb";

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
};
