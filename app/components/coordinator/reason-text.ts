import type { Messages } from "~/i18n";
import type { ReasonCode } from "~/services/matching";
import type { Offer, Sector } from "~/validation/enums";

/** A matching reason in words. */
export function reasonText(t: Messages, code: ReasonCode, sector: Sector): string {
  const r = t.coordinator.reasons;
  if (code.startsWith("offer:")) return r.offer(t.offers[code.slice(6) as Offer]);
  if (code === "soughtSector") return r.soughtSector(t.sectors[sector]);
  if (code === "missingSector") return r.missingSector(t.sectors[sector]);
  return r[code as "area" | "containingArea" | "theme" | "recentlyActive"];
}
