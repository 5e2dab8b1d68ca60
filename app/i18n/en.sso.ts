/** English text of single sign-on's administrator page; keys mirror ./nb.sso.ts. Part of ./en.admin.ts. */
import type { Messages } from "./nb";

export const sso: Messages["admin"]["sso"] = {
  nav: "Login",
  title: "Login",
  intro: "Here you see which login services (OpenID Connect) Laget is set up with, and you can require staff to use them.",
  providersCaption: "Login services",
  providerName: "Name on the button",
  providerKey: "Key",
  providerKind: "Used by",
  redirectUri: "Return address (redirect URI)",
  kinds: { staff: "Staff", residents: "Residents" },
  none: "No login services are set up. Operations set them up with the environment variables OIDC_<NAME>_… (see the operations documentation).",
  requireHeading: "Require login for staff",
  requireLabel: "Staff must log in with the organisation's login service",
  requireHint: "Applies to administrators, coordinators and members of district groups. They can no longer log in with a password, and the new-password link is not sent to them.",
  save: "Save",
  savedOn: "Saved. Staff must now log in with the organisation's login service.",
  savedOff: "Saved. Staff can log in with a password again.",
  unchanged: "The setting was already like this. Nothing has changed.",
  noStaffProvider: "Set up a login service for staff before requiring it, or no staff member could log in.",
  mailSubject: "Log in to Laget with your organisation's login",
  mailText: (names: string, url: string) =>
    `Someone asked for a new password for your account in Laget.\n\nFor your role Laget requires you to log in with ${names}, so passwords are not used. Go to ${url} and choose the button for ${names}.\n\nIf you did not ask for this, you can ignore this e-mail.`,
};
