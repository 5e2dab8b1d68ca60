/**
 * The few parts of oidc-provider 9 the test provider uses (the package ships no types, and
 * @types/oidc-provider describes older majors). Loose where the tests do not care.
 */
declare module "oidc-provider" {
  import type { Server } from "node:http";

  type KoaContext = {
    path: string;
    state: Record<string, unknown>;
    oidc: {
      provider: Provider;
      client?: { clientId: string };
      session?: { accountId?: string; grantIdFor(clientId: string): string | undefined };
      result?: { consent?: { grantId?: string } };
    };
  };

  export type Configuration = {
    clients: Record<string, unknown>[];
    findAccount(ctx: KoaContext, sub: string): Promise<{ accountId: string; claims(): Promise<Record<string, unknown>> } | undefined>;
    claims: Record<string, string[]>;
    conformIdTokenClaims: boolean;
    features: Record<string, { enabled: boolean }>;
    pkce: { required: () => boolean };
    responseTypes: string[];
    cookies: { keys: string[] };
    ttl: Record<string, number | ((ctx: KoaContext | undefined) => number)>;
    loadExistingGrant(ctx: KoaContext): Promise<unknown>;
  };

  class Grant {
    constructor(init: { clientId: string; accountId?: string });
    static find(id: string): Promise<Grant | undefined>;
    addOIDCScope(scope: string): void;
    save(): Promise<string>;
  }

  export default class Provider {
    constructor(issuer: string, configuration: Configuration);
    Grant: typeof Grant;
    use(middleware: (ctx: KoaContext, next: () => Promise<void>) => Promise<void>): void;
    listen(port: number, host?: string): Server;
  }
}
