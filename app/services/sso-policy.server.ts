/**
 * Whether a person must sign in with single sign-on: an administrator has required it for staff
 * (/admin/innlogging), a staff provider is configured (else nobody could sign in at all), and the
 * person is staff — an administrator, a coordinator or a current grant group member.
 */
import { isStaffAccount } from "~/models/sso/identity.server";
import { ssoRequiredForStaffSetting } from "~/models/sso/settings.server";
import { oidcProviders } from "./oidc-config.server";

export function staffProviderConfigured(): boolean {
  return oidcProviders().some((provider) => provider.staff);
}

export function ssoRequiredFor(userId: number): boolean {
  return staffProviderConfigured() && ssoRequiredForStaffSetting() && isStaffAccount(userId);
}
