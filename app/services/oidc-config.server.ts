/**
 * The OpenID Connect providers people may sign in with (issue 24 part 1), read from the environment:
 *
 *   OIDC_<NAME>_ISSUER          the issuer's URL (discovery at <issuer>/.well-known/openid-configuration)
 *   OIDC_<NAME>_CLIENT_ID       Laget's client id at the provider
 *   OIDC_<NAME>_CLIENT_SECRET   its secret (optional: without it Laget is a public client, PKCE only)
 *   OIDC_<NAME>_DISPLAY_NAME    the button's name ("Logg inn med <display name>")
 *   OIDC_<NAME>_STAFF           true (default) for a staff provider such as Entra ID, false for a
 *                               residents' one such as ID-porten
 *   OIDC_<NAME>_CLOCK_TOLERANCE seconds of clock difference accepted on the ID token (default 30)
 *
 * <NAME> is letters and digits (ENTRA, IDPORTEN); it is the provider's name in Laget's URLs (lower
 * case) and in `user_identities.provider`, so renaming it unlinks everyone. The redirect URI
 * registered at the provider is `${PUBLIC_URL}/logg-inn/sso/<name>/callback`. Without any
 * `OIDC_*_ISSUER` nothing changes: no button, and the SSO routes answer 404.
 */
import { z } from "zod";
import { getEnv } from "../utils/env.server";

export type OidcProvider = {
  /** Lower case, as in URLs and user_identities.provider. */
  name: string;
  issuer: URL;
  clientId: string;
  clientSecret: string | null;
  displayName: string;
  staff: boolean;
  clockToleranceSeconds: number;
  redirectUri: string;
  /** An http issuer is accepted only on this machine (the tests' provider); never elsewhere. */
  local: boolean;
};

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

const providerSchema = z.object({
  ISSUER: z
    .url({ protocol: /^https?$/, error: "must be an https URL" })
    .refine((value) => {
      const url = new URL(value);
      return url.protocol === "https:" || LOCAL_HOSTS.has(url.hostname);
    }, "must be https (http only for 127.0.0.1 or localhost)"),
  CLIENT_ID: z.string({ error: "is required" }).trim().min(1, "is required"),
  CLIENT_SECRET: z.string().min(1).optional(),
  DISPLAY_NAME: z.string({ error: "is required" }).trim().min(1, "is required").max(60),
  STAFF: z.enum(["true", "false"]).default("true"),
  CLOCK_TOLERANCE: z.coerce.number().int().min(0).max(300).default(30),
});

const KNOWN = ["ISSUER", "CLIENT_ID", "CLIENT_SECRET", "DISPLAY_NAME", "STAFF", "CLOCK_TOLERANCE"] as const;
const VARIABLE = new RegExp(`^OIDC_([A-Z0-9]+)_(${KNOWN.join("|")})$`);

/** Reads and checks every OIDC_* variable; throws one readable message listing every problem. */
export function readOidcProviders(source: Record<string, string | undefined> = process.env, publicUrl = getEnv().publicUrl): OidcProvider[] {
  const grouped = new Map<string, Record<string, string>>();
  const problems: string[] = [];
  for (const [key, value] of Object.entries(source)) {
    if (!key.startsWith("OIDC_") || value === undefined || value === "") continue;
    const match = VARIABLE.exec(key);
    if (!match) {
      problems.push(`  ${key}: not a known variable (OIDC_<NAME>_${KNOWN.join("|")}, NAME letters and digits)`);
      continue;
    }
    const [, name, field] = match as unknown as [string, string, string];
    grouped.set(name, { ...grouped.get(name), [field]: value });
  }
  const providers: OidcProvider[] = [];
  for (const [name, fields] of [...grouped].sort(([a], [b]) => a.localeCompare(b))) {
    const parsed = providerSchema.safeParse(fields);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`  OIDC_${name}_${String(issue.path[0])}: ${issue.message}`);
      continue;
    }
    const v = parsed.data;
    const issuer = new URL(v.ISSUER);
    const lower = name.toLowerCase();
    providers.push({
      name: lower,
      issuer,
      clientId: v.CLIENT_ID,
      clientSecret: v.CLIENT_SECRET ?? null,
      displayName: v.DISPLAY_NAME,
      staff: v.STAFF === "true",
      clockToleranceSeconds: v.CLOCK_TOLERANCE,
      redirectUri: `${publicUrl}/logg-inn/sso/${lower}/callback`,
      local: issuer.protocol === "http:",
    });
  }
  if (problems.length) throw new Error(`Invalid single sign-on configuration:\n${problems.join("\n")}`);
  return providers;
}

let cached: OidcProvider[] | undefined;

export function oidcProviders(): OidcProvider[] {
  cached ??= readOidcProviders();
  return cached;
}

export function findOidcProvider(name: string): OidcProvider | null {
  return oidcProviders().find((provider) => provider.name === name) ?? null;
}

/** What /logg-inn shows: the buttons, staff providers first. */
export function providerButtons(): { name: string; displayName: string }[] {
  return [...oidcProviders()]
    .sort((a, b) => Number(b.staff) - Number(a.staff))
    .map(({ name, displayName }) => ({ name, displayName }));
}
