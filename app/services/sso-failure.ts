/** Why a single sign-on ended without a session; /logg-inn?sso-feil=<reason> shows it (t.auth.ssoFailed). */
export const SSO_FAILURES = ["cancelled", "state", "failed", "unavailable"] as const;
export type SsoFailure = (typeof SSO_FAILURES)[number];

export const isSsoFailure = (value: string | null): value is SsoFailure => SSO_FAILURES.includes(value as SsoFailure);
