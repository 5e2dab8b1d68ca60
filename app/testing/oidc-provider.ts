/**
 * A real OpenID Connect provider for the tests (`oidc-provider` 9, the certified implementation), on
 * 127.0.0.1: discovery, the authorization endpoint with its login form (devInteractions: any
 * password, the login names an account below), the token endpoint issuing signed ID tokens, PKCE
 * required. Laget's client is registered with its redirect URI(s); consent is taken as given for it,
 * as an organisation's own identity provider does for its own applications.
 *
 * Accounts (what the login field takes):
 * - `kari`: Kari Koordinator, koordinator@laget.test, e-mail verified (links to the demo coordinator);
 * - `verified:<address>` / `unverified:<address>`: a person with that address, verified or not
 *   (`unverified:koordinator@laget.test` is someone claiming the coordinator's address);
 * - `expired:<address>`: verified, but the ID token is issued with a one-second lifetime and the
 *   token answer is held back two seconds, so it arrives expired (Laget's clock tolerance is 0 there).
 * Any other login is refused by the provider (an unknown account).
 *
 * Started by vitest files directly, and by Playwright as a web server (scripts/oidc-provider.ts).
 */
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import Provider, { type Configuration } from "oidc-provider";

export const TEST_CLIENT_ID = "laget-test";
export const TEST_CLIENT_SECRET = "laget-test-secret-not-for-production";
export const EXPIRED_DELAY_MS = 2_100;

export type TestProvider = { issuer: string; close(): Promise<void> };

type Claims = { sub: string; email: string; email_verified: boolean; name: string };

export function testAccount(login: string): Claims | null {
  if (login === "kari") return { sub: "kari", email: "koordinator@laget.test", email_verified: true, name: "Kari Koordinator" };
  const match = /^(verified|unverified|expired):([^\s@]+@[^\s@]+)$/.exec(login);
  if (!match) return null;
  const [, kind, email] = match as unknown as [string, string, string];
  return { sub: login, email, email_verified: kind !== "unverified", name: `Test ${email.split("@")[0]}` };
}

export async function startTestProvider(options: { port?: number; redirectUris: string[]; idTokenTtlSeconds?: number }): Promise<TestProvider> {
  const port = options.port ?? 0;
  // The issuer must be known before listening; with port 0 a placeholder is replaced below.
  let issuer = `http://127.0.0.1:${port}`;
  const build = (): Configuration => ({
    clients: [
      {
        client_id: TEST_CLIENT_ID,
        client_secret: TEST_CLIENT_SECRET,
        redirect_uris: options.redirectUris,
        response_types: ["code"],
        grant_types: ["authorization_code"],
        token_endpoint_auth_method: "client_secret_post",
      },
    ],
    async findAccount(ctx, sub) {
      const claims = testAccount(sub);
      if (!claims) return undefined;
      if (sub.startsWith("expired:")) ctx.state.expireIdToken = true;
      return { accountId: sub, claims: async () => claims };
    },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    // The claims of the scopes asked for go into the ID token itself (Entra ID does the same).
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: true } },
    pkce: { required: () => true },
    responseTypes: ["code"],
    cookies: { keys: ["laget-test-provider-cookie-key"] },
    ttl: {
      IdToken: (ctx) => (ctx?.state?.expireIdToken ? 1 : (options.idTokenTtlSeconds ?? 600)),
      AuthorizationCode: 60,
      AccessToken: 600,
      Interaction: 600,
      Session: 600,
      Grant: 600,
    },
    // Laget is the organisation's own application: no consent screen.
    async loadExistingGrant(ctx) {
      const oidc = ctx.oidc;
      const grantId = oidc.result?.consent?.grantId ?? oidc.session?.grantIdFor(oidc.client!.clientId);
      if (grantId) return oidc.provider.Grant.find(grantId);
      const grant = new oidc.provider.Grant({ clientId: oidc.client!.clientId, accountId: oidc.session!.accountId });
      grant.addOIDCScope("openid email profile");
      await grant.save();
      return grant;
    },
  });

  let provider = new Provider(issuer, build());
  let server: Server;
  if (port === 0) {
    // Find a free port first, then start the provider with its real issuer there.
    const probe = provider.listen(0, "127.0.0.1");
    await new Promise<void>((resolve) => probe.once("listening", () => resolve()));
    const free = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    issuer = `http://127.0.0.1:${free}`;
    provider = new Provider(issuer, build());
    server = listen(provider, free);
  } else {
    server = listen(provider, port);
  }
  await new Promise<void>((resolve) => (server.listening ? resolve() : server.once("listening", () => resolve())));
  return {
    issuer,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function listen(provider: Provider, port: number): Server {
  provider.use(async (ctx, next) => {
    await next();
    // The expired account's token answer is held back until its ID token has expired.
    if (ctx.state.expireIdToken && ctx.path === "/token") await new Promise((resolve) => setTimeout(resolve, EXPIRED_DELAY_MS));
  });
  return provider.listen(port, "127.0.0.1");
}
