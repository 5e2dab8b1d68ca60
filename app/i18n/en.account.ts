/** English text for the account page (/konto), confirming a new e-mail address (/konto/epost/…) and the data download (/konto/data.json). Part of the catalogue in ./en.ts; keys mirror ./nb.account.ts. */
import type { Messages } from "./nb";
import { numberIn, plural } from "./format";

const nf = numberIn("en-GB");

export const account: Messages["account"] = {
  title: "Your account",
  heading: "Your account",
  intro:
    "Here you change your name, e-mail address and password, see where you are logged in, download your data and delete your account.",

  saved: {
    navn: "Your name has been changed.",
    sprak: "Your language has been changed. E-mails and notifications now come in that language, and the pages are shown in it.",
    epost:
      "We have sent a link to the new e-mail address. Check the inbox there (and the spam folder) and open the link within 24 hours to confirm the change. Until then, you log in with the old address.",
    "epost-bekreftet": "Your e-mail address has been changed. You have been logged out on other devices.",
    passord: "Your password has been changed. You have been logged out on all other devices.",
    okt: "You have been logged out on that device.",
    okter: "You have been logged out on all other devices.",
  },

  errors: {
    signInAgain: "Log in again with the login service, and make the password within ten minutes.",
    wrongPassword: "The password is wrong.",
    tooManyAttempts: (minutes: number) =>
      `Too many wrong passwords. Wait ${nf(minutes)} ${plural(minutes, "minute", "minutes")} and try again.`,
    sameEmail: "This is already your e-mail address.",
    emailTaken: "Another account already uses this e-mail address. Choose another address.",
    confirmDelete: "Tick the box to confirm that you want to delete your account.",
    sessionGone: "We could not find that login. It may already have ended.",
    notDone: "The change was not made. See why further down.",
  },

  languageSection: {
    heading: "Language",
    label: "Language of e-mails, notifications and the pages",
    hint: "E-mails from Laget are written in this language, also when someone else does something that concerns you.",
    submit: "Save language",
  },

  nameSection: {
    heading: "Name",
    label: "Your name",
    hint: "Your name is only shown to coordinators and others in your organisations.",
    submit: "Save name",
  },

  emailSection: {
    heading: "E-mail address",
    current: (email: string) => `You log in with ${email}.`,
    explanation: "We send a link to the new address. The change only takes effect when you have opened the link.",
    newEmail: "New e-mail address",
    currentPassword: "Current password",
    currentPasswordHint: "To make sure that it is you who changes the address.",
    submit: "Send confirmation link",
  },

  passwordSection: {
    noPassword: "The account has no password: you log in with a login service. You can make a password within ten minutes of logging in.",
    heading: "Password",
    explanation: "When you change your password, you are logged out on all other devices.",
    currentPassword: "Current password",
    newPassword: "New password",
    newPasswordHint: "At least 10 characters. Long sentences make good passwords, and you can paste from a password manager.",
    submit: "Change password",
  },

  sessionsSection: {
    heading: "Where you are logged in",
    intro:
      "These are the devices and browsers that are logged in to your account now. If you do not recognise one of them, log it out and change your password.",
    thisDevice: "This device",
    device: (browser: string | null, os: string | null) =>
      browser && os ? `${browser} on ${os}` : (browser ?? os ?? "Unknown browser"),
    started: "Logged in",
    lastSeen: "Last active",
    endOne: "Log out",
    endOneLabel: (device: string, started: string) => `Log out ${device}, logged in ${started}`,
    endOthers: "Log out all other devices",
    noOthers: "You are not logged in anywhere else.",
  },

  dataSection: {
    heading: "Your data",
    intro:
      "Download everything Laget has stored about you: your profile, memberships, logins, notifications, the requests and updates you have written, and what you have done in Laget. The file is in JSON format.",
    download: "Download my data (JSON)",
  },

  deleteSection: {
    heading: "Delete your account",
    explanation:
      "Your account and logins are deleted, and you leave your organisations. The organisations and what they have done in Laget remain, but without your name. This cannot be undone.",
    ownerExplanation:
      "If you are the last owner of an organisation that is approved or has other members, you must first make another member an owner.",
    currentPassword: "Current password",
    confirm: "Yes, I want to delete my account for good",
    submit: "Delete account",
    lastOwner: (names: string[]) =>
      `You are the last owner of ${names.join(", ")}. Make another member an owner before you delete your account, so that the organisation still has someone who can manage it.`,
    membersLink: (name: string) => `Members of ${name}`,
    lastAdmin: "You are the only administrator in Laget. Appoint another administrator before you delete your account.",
    grantRecords:
      "You are named in the minutes of a bydelsgruppe meeting or have declared on your impartiality for an application. Those are public records that must be kept as they were written, so the account cannot be deleted here. Contact whoever administers the grant scheme.",
  },

  deletedNotice: "Your account has been deleted. Thank you for being on the team.",

  confirmEmail: {
    title: "Confirm new e-mail address",
    heading: "Confirm new e-mail address",
    intro: (email: string) =>
      `Do you want to use ${email} as your e-mail address in Laget? You will log in with the new address afterwards.`,
    submit: "Confirm new e-mail address",
    invalid: "The link is invalid, already used or expired. You can ask for a new one on the account page.",
    taken:
      "Another account has started using this e-mail address since you asked for the change. Ask to change to another address on the account page.",
    done: "Your e-mail address has been changed. Log in with the new address.",
    toAccount: "To the account page",
    toLogin: "Log in",
  },

  mail: {
    confirmSubject: "Confirm your new e-mail address in Laget",
    confirmText: (name: string, link: string) =>
      `Hello ${name},\n\nYou have asked to use this address for your account in Laget.\nOpen the link within 24 hours to confirm:\n\n${link}\n\nIf you did not ask for this, you can ignore this e-mail. Nothing has been changed.\n\nBest wishes,\nLaget`,
    noticeSubject: "Someone has asked to change your e-mail address in Laget",
    noticeText: (name: string) =>
      `Hello ${name},\n\nSomeone has asked to change the e-mail address of your account in Laget to a new address. The change only takes effect when the link we sent to the new address has been opened.\n\nIf this was not you, you should log in and change your password at once.\n\nBest wishes,\nLaget`,
  },
};
