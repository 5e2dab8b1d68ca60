import { PassThrough } from "node:stream";
import type { AppLoadContext, EntryContext, HandleErrorFunction } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { isRouteErrorResponse, RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { loggablePath, log } from "./utils/log.server";
import { NonceProvider } from "./utils/nonce";
import { RequestReferenceProvider } from "./utils/request-reference";

// Exported so the HTTP server can close the one database handle on shutdown, run the hourly
// clean-up with the same handle and let work after an answer finish first (server/server.ts). The
// server is compiled apart from the build, so it uses the build's copies of these modules: its own
// copy would know none of the app's pending work, and would load the services twice (ADR 012).
export { closeDatabase } from "./utils/db.server";
export { runMaintenance } from "./services/maintenance.server";
export { settleBackgroundWork } from "./services/background.server";

const ABORT_DELAY = 5_000;
export const streamTimeout = ABORT_DELAY;

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = loadContext.cspNonce;
  // Bots and no-JS clients get the whole document at once; browsers get it streamed from the shell.
  const waitForAll = isbot(request.headers.get("user-agent") ?? "") || remixContext.isSpaMode;
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <RequestReferenceProvider value={{ id: loadContext.requestId, locationKey: "default" }}>
          <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
        </RequestReferenceProvider>
      </NonceProvider>,
      {
        nonce,
        [waitForAll ? "onAllReady" : "onShellReady"]() {
          shellRendered = true;
          const body = new PassThrough();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: responseStatusCode,
            }),
          );
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) console.error(error);
        },
      },
    );
    setTimeout(abort, ABORT_DELAY);
  });
}

/**
 * Every unexpected failure in a loader, action or render: one JSON line with the request id the
 * error page shows as its reference and the request log line carries. Only the error's name and
 * message (never the request's body, cookies or headers), and the path with tokens redacted.
 */
export const handleError: HandleErrorFunction = (error, { request, context }) => {
  // A client that went away is no failure of ours.
  if (request.signal.aborted) return;
  // Remix's own 4xx (a POST to a page without an action: 405; a path no route has) reach here too,
  // wrapped: they are the client's mistake, answered with that status, not an unexpected failure.
  if (isRouteErrorResponse(error) && error.status < 500) return;
  const failure = error instanceof Error ? { name: error.name, message: error.message } : { name: "NonError", message: String(error) };
  log.error("unexpected error", {
    requestId: context.requestId,
    method: request.method,
    route: loggablePath(new URL(request.url).pathname),
    status: 500,
    durationMs: context.receivedAt === undefined ? undefined : Math.round((performance.now() - context.receivedAt) * 1000) / 1000,
    error: failure,
  });
};
