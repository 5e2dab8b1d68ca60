/** English text for signing up from the registration and join forms. Part of ./en.ts; keys mirror ./nb.signup.ts. */
import type { Messages } from "./nb";

export const signup: Messages["signup"] = {
  sentTitle: "Check your e-mail",
  sentHeading: "Check your e-mail",
  sentText:
    "We have sent an e-mail to the address you gave. Open the link in it within 24 hours to confirm the address and finish. If you cannot find it, look in your spam folder.",
  sentJoinText:
    "We have sent an e-mail to the address you gave. Open the link in it within 24 hours to confirm the address and sign in; your request is shown there.",
  confirmTitle: "Confirm your e-mail address",
  confirmHeading: "Confirm your e-mail address",
  confirmIntro: "Press the button to confirm your e-mail address and sign in.",
  confirmButton: "Confirm and sign in",
  confirmInvalid: "The link is invalid, used or expired. Sign in with your e-mail and password, and we will send you a new link.",
  confirmMailSubject: "Confirm your e-mail address in Laget",
  confirmMailText: (name: string, link: string) =>
    `Hello, ${name}!\n\nOpen the link to confirm your e-mail address and finish registering in Laget:\n\n${link}\n\nThe link works for 24 hours and can be used once. If you did not register, you can ignore this e-mail.`,
  accountExistsMailSubject: "Someone tried to register with your e-mail address in Laget",
  accountExistsMailText: (loginLink: string, resetLink: string) =>
    `Hello!\n\nSomeone just tried to create a new Laget account with this e-mail address. You already have an account.\n\nIf it was you, sign in here and register the organisation or ask to join from there:\n${loginLink}\n\nIf you have forgotten your password, you can make a new one here:\n${resetLink}\n\nIf it was not you, you can ignore this e-mail. Your account has not been changed.`,
  confirmedNotice: "Thank you! Your e-mail address is confirmed and you are signed in. What you registered or asked for is shown here.",
  unconfirmedHint: "Did you just register? Then you must first open the link we sent by e-mail.",
};
