/** English text for in-app notifications. Part of ./en.ts; keys mirror ./nb.notifications.ts. */
import type { Messages } from "./nb";

type Params = Record<string, string>;

export const notifications: Messages["notifications"] = {
  title: "Notifications",
  heading: "Notifications",
  linkLabel: (unread: number) => (unread > 0 ? `Notifications (${unread} unread)` : "Notifications"),
  empty: "You have no notifications.",
  unread: "Unread",
  open: "Open",
  markAllRead: "Mark all as read",
  allRead: "All notifications are marked as read.",
  messages: {
    organisation_registered: (p: Params) => `${p.organisation ?? ""} has registered and is waiting for approval.`,
    membership_requested: (p: Params) => `${p.person ?? ""} asks to join ${p.organisation ?? ""}.`,
    membership_decided: (p: Params) =>
      p.approved === "1"
        ? `You are now a member of ${p.organisation ?? ""}.`
        : `Your request to join ${p.organisation ?? ""} was declined.`,
    join_request_decided: (p: Params) =>
      p.approved === "1"
        ? `${p.organisation ?? ""} is now part of the initiative “${p.initiative ?? ""}”.`
        : `The request from ${p.organisation ?? ""} to join the initiative “${p.initiative ?? ""}” was declined.`,
    participation_requested: (p: Params) => `${p.organisation ?? ""} asks to join the initiative “${p.initiative ?? ""}”.`,
    organisation_decided: (p: Params) =>
      p.approved === "1"
        ? `${p.organisation ?? ""} has been approved and is now shown publicly.`
        : `${p.organisation ?? ""} was not approved. Reason: ${p.reason ?? ""}`,
    invitation_received: (p: Params) => `${p.organisation ?? ""} has been invited to the initiative “${p.initiative ?? ""}”.`,
    update_hidden: (p: Params) => `The update “${p.update ?? ""}” has been hidden by a coordinator. Reason: ${p.reason ?? ""}`,
    grant_more_requested: (p: Params) => `The application “${p.application ?? ""}” needs more information by ${p.until ?? ""}.`,
    grant_round_released: (p: Params) => `The applications in ${p.round ?? ""} (${p.scheme ?? ""}) are ready for assessment.`,
    grant_decided: (p: Params) => `The application “${p.application ?? ""}” has been decided. Read the decision letter.`,
    grant_appeal_lodged: (p: Params) => `The decision on “${p.application ?? ""}” has been appealed.`,
    grant_report_reminder: (p: Params) => `The report for “${p.application ?? ""}” is due by ${p.due ?? ""}.`,
    grant_report_decided: (p: Params) =>
      p.approved === "1" ? `The report for “${p.application ?? ""}” has been approved.` : `The report for “${p.application ?? ""}” needs more: ${p.reason ?? ""}`,
  },
};
