/**
 * Signing in with an OpenID Connect provider (issue 24 part 1), with openid-client 6: the
 * authorization code flow with PKCE, `state` and `nonce`, the ID token validated by openid-client
 * (signature, issuer, audience, expiry, nonce). Where the state is kept: ADR 018.
 *
 * - `startSignIn` makes a fresh code verifier, state and nonce, seals them with the provider's name
 *   and the return path into a short-lived cookie (AES-256-GCM: neither readable nor changeable by
 *   the browser), and returns the provider's authorization URL.
 * - `finishSignIn` opens the cookie (it must be for this provider and not older than ten minutes),
 *   and lets openid-client redeem the code and validate the ID token. Every failure is a reason for
 *   /logg-inn to show, never an exception.
 *
 * Discovery is cached per process (a failed one is not, so a provider back up is found again).
 */
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import * as client from "openid-client";
import { ssoStateKey } from "~/models/sso/settings.server";
import type { IdentityClaims } from "~/models/sso/identity.server";
import { getEnv } from "~/utils/env.server";
import type { OidcProvider } from "./oidc-config.server";

export const SSO_COOKIE_NAME = "laget_sso";
const COOKIE_PATH = "/logg-inn/sso";
const STATE_LIFETIME_MS = 10 * 60_000;
/** Seconds for discovery and each later request to the provider. */
const PROVIDER_TIMEOUT_S = 5;

export type { SsoFailure } from "./sso-failure";
import type { SsoFailure } from "./sso-failure";

const configurations = new Map<string, Promise<client.Configuration>>();

function configurationFor(provider: OidcProvider): Promise<client.Configuration> {
  let pending = configurations.get(provider.name);
  if (!pending) {
    const metadata: Partial<client.ClientMetadata> = { [client.clockTolerance]: provider.clockToleranceSeconds };
    pending = client.discovery(
      provider.issuer,
      provider.clientId,
      metadata,
      provider.clientSecret ? client.ClientSecretPost(provider.clientSecret) : client.None(),
      {
        timeout: PROVIDER_TIMEOUT_S,
        // Plain http only for a provider on this machine (the tests'); oidc-config refuses it elsewhere.
        execute: provider.local ? [client.allowInsecureRequests] : [],
      },
    );
    configurations.set(provider.name, pending);
    pending.catch(() => configurations.delete(provider.name));
  }
  return pending;
}

type SealedState = { p: string; s: string; n: string; v: string; til: string; at: number };

function seal(value: SealedState): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", ssoStateKey(), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(value), "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url");
}

function unseal(text: string): SealedState | null {
  try {
    const raw = Buffer.from(text, "base64url");
    if (raw.length < 29) return null;
    const decipher = createDecipheriv("aes-256-gcm", ssoStateKey(), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    const json = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
    return JSON.parse(json) as SealedState;
  } catch {
    return null;
  }
}

function stateCookie(value: string, maxAgeSeconds: number): string {
  const secure = getEnv().secureCookies ? "; Secure" : "";
  return `${SSO_COOKIE_NAME}=${value}; Path=${COOKIE_PATH}; Max-Age=${maxAgeSeconds}; HttpOnly; SameSite=Lax${secure}`;
}

/** Clears the state cookie (after a sign-in, whether it worked or not: a state is used once). */
export const clearedStateCookie = () => stateCookie("", 0);

function readStateCookie(request: Request): string | null {
  for (const part of (request.headers.get("cookie") ?? "").split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name === SSO_COOKIE_NAME) return rest.join("=") || null;
  }
  return null;
}

/** The provider's authorization URL and the cookie that carries the state to the callback; null when the provider cannot be reached. */
export async function startSignIn(provider: OidcProvider, til: string): Promise<{ url: string; cookie: string } | null> {
  let config: client.Configuration;
  try {
    config = await configurationFor(provider);
  } catch {
    return null;
  }
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: provider.redirectUri,
    scope: "openid email profile",
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: "S256",
    state,
    nonce,
  });
  const cookie = stateCookie(seal({ p: provider.name, s: state, n: nonce, v: verifier, til, at: Date.now() }), STATE_LIFETIME_MS / 1000);
  return { url: url.href, cookie };
}

export type SsoResult = { ok: true; claims: IdentityClaims; til: string } | { ok: false; reason: SsoFailure };

export async function finishSignIn(provider: OidcProvider, request: Request): Promise<SsoResult> {
  const query = new URL(request.url).searchParams;
  // The person pressed Cancel at the provider, or refused: no state needed to say so.
  if (query.get("error") === "access_denied") return { ok: false, reason: "cancelled" };

  const sealed = readStateCookie(request);
  const saved = sealed ? unseal(sealed) : null;
  if (!saved || saved.p !== provider.name || Date.now() - saved.at > STATE_LIFETIME_MS || query.get("state") !== saved.s) {
    return { ok: false, reason: "state" };
  }
  if (query.has("error")) return { ok: false, reason: "failed" };

  let config: client.Configuration;
  try {
    config = await configurationFor(provider);
  } catch {
    return { ok: false, reason: "unavailable" };
  }
  // The URL the provider redirected to, as registered (not as a proxy in front may have rewritten it).
  const currentUrl = new URL(provider.redirectUri);
  currentUrl.search = query.toString();
  try {
    const tokens = await client.authorizationCodeGrant(config, currentUrl, {
      pkceCodeVerifier: saved.v,
      expectedState: saved.s,
      expectedNonce: saved.n,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims?.sub) return { ok: false, reason: "failed" };
    return { ok: true, claims: claims as IdentityClaims, til: saved.til };
  } catch (error) {
    // A network failure or timeout says the provider is down; anything else (a used or invalid code,
    // an expired or wrongly signed ID token, a wrong nonce) that this sign-in failed.
    const unreachable = error instanceof TypeError || (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError"));
    return { ok: false, reason: unreachable ? "unavailable" : "failed" };
  }
}

/** For the tests: forget the discovered providers. */
export function forgetDiscovery(): void {
  configurations.clear();
}
