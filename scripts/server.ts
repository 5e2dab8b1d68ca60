/**
 * Laget's HTTP server: Express around the Remix build, adding what every response needs
 * (security headers with a per-response CSP nonce, the origin check for non-GET requests,
 * compression, static assets, a request id and one JSON log line per request) and a graceful
 * shutdown on SIGTERM/SIGINT.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import { broadcastDevReady, type ServerBuild } from "@remix-run/node";
import compression from "compression";
import express, { type NextFunction, type Request, type Response } from "express";
import { readEnv } from "../app/utils/env.server";
import { fromRoot } from "../app/utils/paths.server";
import { getMessages } from "../app/i18n";
import { log, loggablePath } from "../app/utils/log.server";
import { bodyLimit, withBufferedBody } from "./body-limit";
import { openDataVersionWatcher, type DataVersionWatcher } from "../db/data-version";
import { createResponseCache } from "./response-cache";
import { REQUEST_SCOPE_HEADER } from "../app/utils/request-scope.server";

type LagetBuild = ServerBuild & { entry: { module: { closeDatabase?: () => void; runMaintenance?: () => Promise<void> } } };

const env = readEnv();
const development = env.NODE_ENV === "development";
const buildDir = process.env.LAGET_BUILD_DIR ?? "build";

function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    development ? "connect-src 'self' ws: wss:" : "connect-src 'self'",
    "form-action 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

function securityHeaders(req: Request, res: Response, next: NextFunction) {
  const nonce = randomBytes(16).toString("base64");
  res.locals.cspNonce = nonce;
  res.locals.requestId = randomUUID();
  res.locals.receivedAt = performance.now();
  // The same id as the request's log line and the error page's reference, for support to match them.
  res.setHeader("X-Request-Id", res.locals.requestId as string);
  // Lets the loaders of this request share one session check; overwrites anything a client sent.
  req.headers[REQUEST_SCOPE_HEADER] = res.locals.requestId as string;
  res.setHeader("Content-Security-Policy", contentSecurityPolicy(nonce));
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
  res.setHeader("X-Frame-Options", "DENY");
  res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
  res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
  if (req.secure) res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  next();
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Cross-site request forgery guard: a request that can change data must come from our own pages.
 * Browsers send Origin on every form POST; without it we accept only Sec-Fetch-Site: same-origin.
 */
function originCheck(req: Request, res: Response, next: NextFunction) {
  if (SAFE_METHODS.has(req.method)) return next();
  const origin = req.get("origin");
  const host = req.get("host");
  let allowed = false;
  if (origin && origin !== "null") {
    try {
      allowed = new URL(origin).host === host;
    } catch {
      allowed = false;
    }
  } else {
    allowed = req.get("sec-fetch-site") === "same-origin";
  }
  if (allowed) return next();
  res
    .status(403)
    .type("text/plain; charset=utf-8")
    .send(getMessages().errors.foreignOrigin);
}

// The redaction lives with the logger, so entry.server's error lines use the same one.
export { loggablePath };

function requestLog(req: Request, res: Response, next: NextFunction) {
  const started = process.hrtime.bigint();
  res.on("finish", () => {
    if (req.path.startsWith("/build/")) return;
    log.info("request", {
      requestId: res.locals.requestId,
      method: req.method,
      route: loggablePath(req.path),
      status: res.statusCode,
      durationMs: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
    });
  });
  next();
}

async function loadBuild(): Promise<LagetBuild> {
  const url = pathToFileURL(fromRoot(buildDir, "index.js")).href;
  // A query string defeats the ESM cache so a development rebuild is picked up.
  return (await import(development ? `${url}?t=${Date.now()}` : url)) as LagetBuild;
}

export async function startServer(): Promise<Server> {
  const build = await loadBuild();
  const app = express();
  app.disable("x-powered-by");
  if (process.env.TRUST_PROXY) app.set("trust proxy", process.env.TRUST_PROXY);
  app.use(securityHeaders);
  app.use(requestLog);
  app.use(compression());
  // Fingerprinted assets can be cached forever (the rest of public/ for an hour, below).
  app.use("/build", express.static(fromRoot(buildDir, "client"), { immutable: true, maxAge: "1y" }));
  app.use(originCheck);
  // Over-large bodies are refused (413) before anything parses them; see scripts/body-limit.ts.
  app.use(bodyLimit);
  // Anonymous readers of public pages get a rendered copy while the data is unchanged. Off under
  // `remix dev`, where the build changes while the data does not.
  let dataVersionWatcher: DataVersionWatcher | undefined;
  if (env.RESPONSE_CACHE_MB > 0 && !process.env.REMIX_DEV_ORIGIN) {
    const responseCache = createResponseCache({
      maxBytes: env.RESPONSE_CACHE_MB * 1024 * 1024,
      // Opened at the first request: the database file exists by then (npm start migrates first).
      dataVersion: () => (dataVersionWatcher ??= openDataVersionWatcher(env.databasePath)).version(),
    });
    app.use(responseCache.middleware);
  }
  // public/ after the cache: looking for a file there costs a file-system call, which a cached page
  // (whose paths are never files there) need not wait for.
  app.use(express.static(fromRoot("public"), { maxAge: "1h" }));
  const remixHandler = createRequestHandler({
    build,
    mode: build.mode,
    getLoadContext: (_req, res) => ({
      cspNonce: res.locals.cspNonce as string,
      requestId: res.locals.requestId as string,
      receivedAt: res.locals.receivedAt as number,
      clientIp: _req.ip ?? _req.socket.remoteAddress ?? "unknown",
    }),
  });
  app.all("*", (req, res, next) => remixHandler(withBufferedBody(req), res, next));

  // Tells `npm run db:restore` that a server holds this database.
  const pidFile = `${env.databasePath}.pid`;
  writeFileSync(pidFile, String(process.pid));
  process.on("exit", () => rmSync(pidFile, { force: true }));

  const server = app.listen(env.PORT, env.HOST, () => {
    log.info("listening", { url: `http://localhost:${env.PORT}`, database: env.databasePath });
    // Only under `remix dev` (which sets REMIX_DEV_ORIGIN); `npm start` is a plain server.
    if (development && process.env.REMIX_DEV_ORIGIN) void broadcastDevReady(build);
  });

  // Expired sessions and old rate-limit counts are removed at start and every hour.
  const maintenance = () => build.entry.module.runMaintenance?.().catch((error: Error) => log.error("maintenance failed", { error: error.message }));
  void maintenance();
  const maintenanceTimer = setInterval(maintenance, 60 * 60_000);
  maintenanceTimer.unref();

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    log.info("shutting down", { signal });
    // Stop accepting, let requests in flight finish, then close the database.
    server.close(() => {
      build.entry.module.closeDatabase?.();
      dataVersionWatcher?.close();
      log.info("stopped", {});
      process.exit(0);
    });
    server.closeIdleConnections();
    setTimeout(() => {
      log.error("forced shutdown after 10 s", {});
      process.exit(1);
    }, 10_000).unref();
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
  return server;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await startServer();
}
