/**
 * Laget's HTTP server: Express around the Remix build, adding what every response needs
 * (security headers with a per-response CSP nonce, the origin check for non-GET requests,
 * compression, static assets, a request id and one JSON log line per request) and a graceful
 * shutdown on SIGTERM/SIGINT.
 *
 * With WEB_CONCURRENCY > 1 (the default in production: one per core) a primary process forks that
 * many workers (node:cluster), because one Node thread renders one page at a time and a second core
 * would otherwise sit idle. The primary serves nothing itself: it accepts connections and hands each
 * to the worker with the fewest open ones (server/connection-balancer.ts, ADR 008), keeps the pid
 * file, restarts a worker that dies, asks one worker at a time for the hourly maintenance and
 * passes SIGTERM on. Everything the workers share lives in SQLite, and the caches follow the
 * database's data version, which sees commits from every process (ADR 007).
 */
import cluster, { type Worker } from "node:cluster";
import { randomUUID } from "node:crypto";
import { existsSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createServer, type Server } from "node:http";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import { broadcastDevReady, type ServerBuild } from "@remix-run/node";
import compression from "compression";
import express, { type NextFunction, type Request, type Response } from "express";
import { readEnv } from "../app/utils/env.server";
import { readOidcProviders } from "../app/services/oidc-config.server";
import { fromRoot } from "../app/utils/paths.server";
import { getMessages } from "../app/i18n";
import { log, loggablePath } from "../app/utils/log.server";
import { bodyLimit, withBufferedBody } from "./body-limit";
import { openDataVersionWatcher, type DataVersionWatcher } from "../db/data-version";
import { createResponseCache } from "./response-cache";
import { cacheablePathTest } from "./cacheable-routes";
import { createNonceSource } from "./csp-nonce";
import { privateResponses } from "./private-responses";
import { createRequestScope, scopeLoaders } from "../app/utils/request-scope.server";
import { createConnectionBalancer, serveHandedConnections } from "./connection-balancer";

/**
 * What the server takes from the build's entry module (app/entry.server.tsx): this file is compiled
 * apart from the build, whose bundle has its own copies of the app's modules. Only the build's copy
 * knows the app's pending background work, and importing the maintenance services here would load
 * half the app a second time (ADR 012).
 */
type LagetBuild = ServerBuild & {
  entry: {
    module: { closeDatabase?: () => void; runMaintenance?: () => Promise<void>; settleBackgroundWork?: () => Promise<void> };
  };
};

const env = readEnv();
const development = env.NODE_ENV === "development";
const buildDir = process.env.LAGET_BUILD_DIR ?? "build";
// The sign-in buttons post to Laget, which redirects to the provider: form-action covers that redirect.
const ssoOrigins = readOidcProviders(process.env, env.publicUrl).map((provider) => ` ${provider.issuer.origin}`).join("");

function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    development ? "connect-src 'self' ws: wss:" : "connect-src 'self'",
    `form-action 'self'${ssoOrigins}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

const freshNonce = createNonceSource();

function securityHeaders(req: Request, res: Response, next: NextFunction) {
  const nonce = freshNonce();
  res.locals.cspNonce = nonce;
  res.locals.requestId = randomUUID();
  res.locals.receivedAt = performance.now();
  // The same id as the request's log line and the error page's reference, for support to match them.
  res.setHeader("X-Request-Id", res.locals.requestId as string);
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
 * Browsers send Origin on every form POST; without it (or with the opaque `Origin: null`) we accept
 * only Sec-Fetch-Site: same-origin.
 *
 * Remix makes the same comparison again before an action, against X-Forwarded-Host or Host, and
 * throws (a 500) when they differ. So the host compared here is the one Remix will see: a forwarded
 * host from a client that is no trusted proxy is dropped, and an `Origin: null` accepted by its
 * Sec-Fetch-Site is taken away, so what passes here passes there.
 */
function originCheck(req: Request, res: Response, next: NextFunction) {
  if (SAFE_METHODS.has(req.method)) return next();
  const trustProxy = req.app.get("trust proxy fn") as (address: string | undefined, hop: number) => boolean;
  if (req.headers["x-forwarded-host"] !== undefined && !trustProxy(req.socket.remoteAddress, 0)) delete req.headers["x-forwarded-host"];
  const forwardedHost = req.get("x-forwarded-host")?.split(",")[0]?.trim();
  const host = forwardedHost || req.get("host");
  const origin = req.get("origin");
  let allowed = false;
  if (origin && origin !== "null") {
    try {
      allowed = !!host && new URL(origin).host === host;
    } catch {
      allowed = false;
    }
  } else {
    allowed = req.get("sec-fetch-site") === "same-origin";
    if (allowed) delete req.headers.origin;
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
    // Assets (the build's files, and public/ in development, where every page load asks for the icon) are not worth a line each.
    if (req.path.startsWith("/build/") || (development && res.locals.publicFile === true)) return;
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

/** Serves public/ (favicon, robots.txt) for exactly the files it holds; other paths go straight on. */
function publicFiles() {
  const root = fromRoot("public");
  const files = new Set(
    existsSync(root) ? readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => `/${path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join("/")}`) : [],
  );
  const serve = express.static(root, { maxAge: "1h" });
  return (req: Request, res: Response, next: NextFunction) => {
    if (!files.has(req.path)) return next();
    res.locals.publicFile = true;
    serve(req, res, next);
  };
}

/** The message the primary sends a worker when the hourly maintenance is due. */
const MAINTENANCE_MESSAGE = "laget:maintenance";
/** The message a worker sends the primary once its HTTP server can take connections. */
const READY_MESSAGE = "laget:ready";

/**
 * The HTTP server of this process. `standalone` is the whole server in one process; a cluster
 * `worker` leaves the pid file and the maintenance schedule to the primary.
 */
async function startHttpServer(role: "standalone" | "worker", options: ServeOptions = {}): Promise<Server> {
  const build = await loadBuild();
  const app = express();
  app.disable("x-powered-by");
  // Once shutting down, each response closes its connection, so keep-alive clients move on.
  let closing = false;
  app.use((_req, res, next) => {
    if (closing) res.setHeader("Connection", "close");
    next();
  });
  if (process.env.TRUST_PROXY) app.set("trust proxy", process.env.TRUST_PROXY);
  app.use(securityHeaders);
  app.use(requestLog);
  app.use(compression());
  // Fingerprinted assets can be cached forever (the rest of public/ for an hour, below).
  app.use("/build", express.static(fromRoot(buildDir, "client"), { immutable: true, maxAge: "1y" }));
  app.use(originCheck);
  // Over-large bodies are refused (413) before anything parses them; see server/body-limit.ts.
  app.use(bodyLimit);
  // Anonymous readers of public pages get a rendered copy while the data is unchanged. Off under
  // `remix dev`, where the build changes while the data does not.
  let dataVersionWatcher: DataVersionWatcher | undefined;
  if (env.RESPONSE_CACHE_MB > 0 && !process.env.REMIX_DEV_ORIGIN) {
    const responseCache = createResponseCache({
      // The routes that declare themselves cacheable (`handle.responseCache`, ADR 012).
      isCacheablePath: cacheablePathTest(build.routes),
      maxBytes: env.RESPONSE_CACHE_MB * 1024 * 1024,
      // Opened at the first request: the database file exists by then (npm start migrates first).
      dataVersion: () => (dataVersionWatcher ??= openDataVersionWatcher(env.databasePath)).current(),
      buildVersion: build.assets.version,
      startedAtSeconds: serverStartedAtSeconds(),
    });
    app.use(responseCache.middleware);
  }
  // public/ after the cache, and only for the files it held at start: looking a path up there costs
  // a file-system call, which a page (whose paths are never files there) need not wait for.
  app.use(publicFiles());
  const remixHandler = createRequestHandler({
    // Each loader and action finds the request's scope (its shared memo) in the load context.
    build: scopeLoaders(build),
    mode: build.mode,
    getLoadContext: (_req, res) => ({
      cspNonce: res.locals.cspNonce as string,
      requestId: res.locals.requestId as string,
      receivedAt: res.locals.receivedAt as number,
      clientIp: _req.ip ?? _req.socket.remoteAddress ?? "unknown",
      requestScope: createRequestScope(),
    }),
  });
  // After the static files (an asset is the same for everyone, cookie or not), before every page.
  app.use(privateResponses);
  app.all("*", (req, res, next) => remixHandler(withBufferedBody(req), res, next));

  if (role === "standalone") writePidFile();

  // A worker does not listen on the port: the primary accepts and hands it connections.
  const server = role === "worker" ? createServer(app) : app.listen(env.PORT, env.HOST, () => {
    log.info("listening", { url: `http://localhost:${env.PORT}`, database: env.databasePath });
    // Only under `remix dev` (which sets REMIX_DEV_ORIGIN); `npm start` is a plain server.
    if (development && process.env.REMIX_DEV_ORIGIN) void broadcastDevReady(build);
  });
  const handed = role === "worker" ? serveHandedConnections(server) : undefined;
  if (role === "worker") {
    log.info("worker ready", { worker: cluster.worker?.id, pid: process.pid });
    process.send?.({ type: READY_MESSAGE });
  }

  // Expired sessions and old rate-limit counts are removed at start and every hour: by this
  // process when it is the whole server, when the primary asks when it is a worker.
  const maintenance = () => build.entry.module.runMaintenance?.().catch((error: Error) => log.error("maintenance failed", { error: error.message }));
  if (role === "standalone") {
    void maintenance();
    setInterval(maintenance, MAINTENANCE_INTERVAL_MS).unref();
  } else {
    process.on("message", (message) => {
      if (message === MAINTENANCE_MESSAGE) void maintenance();
    });
  }

  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    log.info("shutting down", { signal });
    const stopped = async () => {
      // Work that runs after an answer (app/services/background.server.ts) finishes before the database closes.
      await build.entry.module.settleBackgroundWork?.();
      build.entry.module.closeDatabase?.();
      dataVersionWatcher?.close();
      log.info("stopped", {});
      await options.afterStop?.();
      process.exit(0);
    };
    // Stop accepting, let requests in flight finish, then close the database. A worker never
    // listened, so it waits for the connections it was handed to close instead.
    if (handed) {
      const check = setInterval(() => {
        server.closeIdleConnections();
        if (handed.openConnections() === 0) {
          clearInterval(check);
          void stopped();
        }
      }, 20);
    } else {
      server.close(() => void stopped());
    }
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

const MAINTENANCE_INTERVAL_MS = 60 * 60_000;

/** The primary's start, shared with its workers so their Last-Modified dates agree (server/response-cache.ts). */
const STARTED_AT_VARIABLE = "LAGET_STARTED_AT";
function serverStartedAtSeconds(): number {
  const inherited = Number(process.env[STARTED_AT_VARIABLE]);
  return Number.isInteger(inherited) && inherited > 0 ? inherited : Math.floor(Date.now() / 1000);
}

/** Tells `npm run db:restore` that a server holds this database; removed when this process exits. */
function writePidFile() {
  const pidFile = `${env.databasePath}.pid`;
  writeFileSync(pidFile, String(process.pid));
  process.on("exit", () => rmSync(pidFile, { force: true }));
}

/**
 * The cluster's primary: forks `count` workers running this file, replaces a worker that dies
 * after it started serving, and stops them all on SIGTERM/SIGINT. A worker that dies before it
 * listens (a port in use, a broken build) stops the whole server, as a standalone one would fail.
 */
function startPrimary(count: number, options: ServeOptions = {}): void {
  writePidFile();
  // Forked workers inherit the environment.
  process.env[STARTED_AT_VARIABLE] = String(Math.floor(Date.now() / 1000));
  cluster.setupPrimary({ exec: fileURLToPath(import.meta.url) });
  const balancer = createConnectionBalancer();
  const ready = new WeakSet<Worker>();
  let closing = false;
  let announced = false;

  const liveWorkers = () => Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w && !w.isDead());
  const askForMaintenance = () => liveWorkers().find((w) => ready.has(w))?.send(MAINTENANCE_MESSAGE);

  const fork = () => {
    const worker = cluster.fork();
    worker.on("message", (message: { type?: string }) => {
      if (message?.type !== READY_MESSAGE || closing) return;
      ready.add(worker);
      balancer.addWorker(worker);
      // The port opens once every first worker can take connections.
      if (!announced && liveWorkers().filter((w) => ready.has(w)).length === count) {
        announced = true;
        balancer.listen(env.PORT, env.HOST).then(
          () => {
            log.info("listening", { url: `http://localhost:${env.PORT}`, database: env.databasePath, processes: count });
            askForMaintenance();
          },
          (error: Error) => {
            log.error("the port could not be opened; stopping", { port: env.PORT, error: error.message });
            shutdown("startup failure", 1);
          },
        );
      }
    });
    worker.on("exit", (code, signal) => {
      balancer.removeWorker(worker);
      if (closing) return;
      if (!ready.has(worker)) {
        log.error("a server process failed to start; stopping", { worker: worker.id, code, signal });
        shutdown("startup failure", 1);
        return;
      }
      log.error("a server process died; starting another", { worker: worker.id, code, signal });
      fork();
    });
  };

  const shutdown = (reason: string, exitCode = 0) => {
    if (closing) return;
    closing = true;
    balancer.close();
    log.info("shutting down", { signal: reason, processes: liveWorkers().length });
    let failed = exitCode !== 0;
    const remaining = liveWorkers();
    const exit = (code: number) => void (options.afterStop?.() ?? Promise.resolve()).finally(() => process.exit(code));
    if (remaining.length === 0) return exit(exitCode);
    for (const worker of remaining) {
      worker.once("exit", (code) => {
        if (code !== 0) failed = true;
        if (liveWorkers().length === 0) {
          log.info("stopped", { processes: count });
          exit(failed ? 1 : 0);
        }
      });
      // Each worker finishes the requests it has in flight (its own SIGTERM handler) and exits.
      worker.process.kill("SIGTERM");
    }
    setTimeout(() => {
      log.error("forced shutdown after 12 s", {});
      for (const worker of liveWorkers()) worker.process.kill("SIGKILL");
      process.exit(1);
    }, 12_000).unref();
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));

  setInterval(askForMaintenance, MAINTENANCE_INTERVAL_MS).unref();
  for (let i = 0; i < count; i++) fork();
}

export type ServeOptions = {
  /**
   * Runs after a graceful stop, once the server has closed the database and before the process
   * exits: `npm start` stops Litestream here, so its last sync comes after the server's last write.
   */
  afterStop?: () => Promise<void>;
};

/**
 * Starts Laget's server: one process, or a primary with `WEB_CONCURRENCY` workers (never under
 * `remix dev`, which talks to one process). A cluster worker runs this same file and serves.
 */
export async function serve(options: ServeOptions = {}): Promise<void> {
  if (cluster.isWorker) {
    await startHttpServer("worker");
    return;
  }
  const processes = process.env.REMIX_DEV_ORIGIN ? 1 : env.serverProcesses;
  if (processes > 1) startPrimary(processes, options);
  else await startHttpServer("standalone", options);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await serve();
}
