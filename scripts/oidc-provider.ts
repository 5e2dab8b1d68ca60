/**
 * Starts the tests' OpenID Connect provider (app/testing/oidc-provider.ts) for the e2e tests:
 * `tsx scripts/oidc-provider.ts <port> <redirect URI>…`, on 127.0.0.1.
 */
import { startTestProvider } from "../app/testing/oidc-provider";

const [portArg, ...redirectUris] = process.argv.slice(2);
const provider = await startTestProvider({ port: Number(portArg ?? 3299), redirectUris });
console.log(`Local OpenID Connect provider at ${provider.issuer}`);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void provider.close().then(() => process.exit(0)));
