/**
 * Starts the local Enhetsregisteret (app/testing/enhetsregisteret-server.ts) for the e2e tests:
 * `tsx scripts/enhetsregisteret-server.ts <port>`. Every valid number but the UNKNOWN one is a unit,
 * so the specs' invented organisation numbers pass; the units of enhetsregisteret-units.ts answer as listed.
 */
import { startRegisterServer } from "../app/testing/enhetsregisteret-server";

const port = Number(process.argv[2] ?? process.env.PORT ?? 3199);
const register = await startRegisterServer({ port, inventUnknown: true });
console.log(`Local Enhetsregisteret at ${register.url}`);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void register.close().then(() => process.exit(0)));
