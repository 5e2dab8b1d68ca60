/**
 * Drives the real production build (build/index.js, or LAGET_BUILD_DIR) in-process from vitest:
 * the same loaders, actions, root layout and entry.server rendering a browser gets, without the
 * cost of a server process per test. Requests go through Remix's own request handler; what only
 * the Express layer adds (security headers, origin check, body limit, response cache) is tested
 * against the real server process instead.
 *
 * The build and the test share the one database handle through globalThis (app/utils/db.server.ts),
 * so a test can open the handle itself first, e.g. with a statement counter attached.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { createRequestHandler, type ServerBuild } from "@remix-run/node";
import { eq } from "drizzle-orm";
import { users } from "../../db/schema";
import { createUserSession } from "../services/auth.server";
import { getDb } from "../utils/db.server";
import { createRequestScope, scopeLoaders } from "../utils/request-scope.server";
import { fromRoot } from "../utils/paths.server";

export const TEST_ORIGIN = "http://localhost:3000";
const TEST_HOST = new URL(TEST_ORIGIN).host;

export type BuiltApp = (request: Request, options?: { clientIp?: string }) => Promise<Response>;

let handlerPromise: Promise<BuiltApp> | undefined;
let loadedBuild: ServerBuild | undefined;

/**
 * Waits for the work the build runs after its answers (app/services/background.server.ts: sign-ups,
 * reset requests), so a test sees what a request did, and no earlier request's work lands later.
 */
export async function settleBuiltApp(): Promise<void> {
  await loadBuiltApp();
  const entry = loadedBuild?.entry.module as { settleBackgroundWork?: () => Promise<void> } | undefined;
  await entry?.settleBackgroundWork?.();
}

/** The production build's request handler; fails with a clear message when nothing is built. */
export function loadBuiltApp(): Promise<BuiltApp> {
  handlerPromise ??= (async () => {
    const file = fromRoot(process.env.LAGET_BUILD_DIR ?? "build", "index.js");
    if (!existsSync(file)) throw new Error(`No production build at ${file}: run \`npx remix build\` first.`);
    const build = (await import(pathToFileURL(file).href)) as ServerBuild;
    loadedBuild = build;
    // As server/server.ts does: each request's loaders share the scope in its load context.
    const handle = createRequestHandler(scopeLoaders(build), "production");
    return (request, options = {}) => {
      return handle(request, {
        cspNonce: randomBytes(16).toString("base64"),
        requestId: randomUUID(),
        receivedAt: performance.now(),
        clientIp: options.clientIp ?? "127.0.0.1",
        requestScope: createRequestScope(),
      });
    };
  })();
  return handlerPromise;
}

type RequestOptions = { cookie?: string; headers?: Record<string, string> };

/** A GET as a browser sends it (document request, no JavaScript). */
export function getRequest(path: string, options: RequestOptions = {}): Request {
  const headers = new Headers({ Accept: "text/html", Host: TEST_HOST, ...options.headers });
  if (options.cookie) headers.set("Cookie", options.cookie);
  return new Request(new URL(path, TEST_ORIGIN), { headers });
}

/**
 * A form POST as a browser without JavaScript sends it. Fields given as an array repeat the name,
 * so duplicated fields can be sent; a File value makes it multipart.
 */
export function formRequest(
  path: string,
  fields: Record<string, string | string[] | File>,
  options: RequestOptions = {},
): Request {
  const multipart = Object.values(fields).some((value) => value instanceof File);
  const body = multipart ? new FormData() : new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (body instanceof FormData) body.append(name, item);
      else body.append(name, item as string);
    }
  }
  const headers = new Headers({ Accept: "text/html", Host: TEST_HOST, Origin: TEST_ORIGIN, ...options.headers });
  if (options.cookie) headers.set("Cookie", options.cookie);
  return new Request(new URL(path, TEST_ORIGIN), { method: "POST", headers, body });
}

/** A signed-in session for an existing user, as the Cookie header value a browser would send. */
export async function sessionCookieFor(email: string): Promise<string> {
  const user = getDb().select({ id: users.id }).from(users).where(eq(users.email, email)).get();
  if (!user) throw new Error(`No user ${email}`);
  const setCookie = await createUserSession(user.id, getRequest("/"));
  return setCookie.split(";")[0]!;
}
