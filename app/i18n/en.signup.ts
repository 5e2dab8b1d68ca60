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
  confirmedNotice: "Thank you! Your e-mail address is confirmed and you are signed in. What you registered or asked for is shown here.",
  unconfirmedHint: "Did you just register? Then you must first open the link we sent by e-mail.",
};
