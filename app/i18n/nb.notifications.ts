/** Bokmål text for in-app notifications. Part of ./nb.ts. Each kind has a sentence built from its params. */
import type { NotificationKind } from "~/validation/enums";

type Params = Record<string, string>;

export const notifications = {
  title: "Varsler",
  heading: "Varsler",
  linkLabel: (unread: number) => (unread > 0 ? `Varsler (${unread} uleste)` : "Varsler"),
  empty: "Du har ingen varsler.",
  unread: "Ulest",
  open: "Åpne",
  markAllRead: "Merk alle som lest",
  allRead: "Alle varsler er merket som lest.",
  messages: {
    organisation_registered: (p: Params) => `${p.organisation ?? ""} har registrert seg og venter på godkjenning.`,
    membership_requested: (p: Params) => `${p.person ?? ""} ber om å bli med i ${p.organisation ?? ""}.`,
    membership_decided: (p: Params) =>
      p.approved === "1" ? `Du er nå med i ${p.organisation ?? ""}.` : `Forespørselen om å bli med i ${p.organisation ?? ""} er avslått.`,
    join_request_decided: (p: Params) =>
      p.approved === "1"
        ? `${p.organisation ?? ""} er nå med i tiltaket «${p.initiative ?? ""}».`
        : `Forespørselen fra ${p.organisation ?? ""} om å bli med i tiltaket «${p.initiative ?? ""}» er avslått.`,
    participation_requested: (p: Params) => `${p.organisation ?? ""} ber om å bli med i tiltaket «${p.initiative ?? ""}».`,
    organisation_decided: (p: Params) =>
      p.approved === "1"
        ? `${p.organisation ?? ""} er godkjent og vises nå offentlig.`
        : `${p.organisation ?? ""} ble ikke godkjent. Begrunnelse: ${p.reason ?? ""}`,
    invitation_received: (p: Params) => `${p.organisation ?? ""} er invitert til tiltaket «${p.initiative ?? ""}».`,
    update_hidden: (p: Params) => `Oppdateringen «${p.update ?? ""}» er skjult av en koordinator. Begrunnelse: ${p.reason ?? ""}`,
    grant_more_requested: (p: Params) => `Søknaden «${p.application ?? ""}» trenger flere opplysninger innen ${p.until ?? ""}.`,
    grant_round_released: (p: Params) => `Søknadene i ${p.round ?? ""} (${p.scheme ?? ""}) er klare for behandling.`,
    grant_decided: (p: Params) => `Søknaden «${p.application ?? ""}» er behandlet. Les vedtaksbrevet.`,
    grant_appeal_lodged: (p: Params) => `Vedtaket om «${p.application ?? ""}» er påklaget.`,
    grant_report_reminder: (p: Params) => `Rapporten for «${p.application ?? ""}» skal leveres innen ${p.due ?? ""}.`,
    grant_report_decided: (p: Params) =>
      p.approved === "1" ? `Rapporten for «${p.application ?? ""}» er godkjent.` : `Rapporten for «${p.application ?? ""}» trenger mer: ${p.reason ?? ""}`,
  } satisfies Record<NotificationKind, (p: Params) => string>,
};
