import { Writable } from "node:stream";
import type { AppLoadContext, EntryContext, HandleErrorFunction } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { renderToPipeableStream } from "react-dom/server";
import { loggablePath, log } from "./utils/log.server";
import { NonceProvider } from "./utils/nonce";
import { RequestReferenceProvider } from "./utils/request-reference";

// Exported so the HTTP server can close the one database handle on shutdown and run the hourly
// clean-up with the same handle (see scripts/server.ts).
export { closeDatabase } from "./utils/db.server";
export { runMaintenance } from "./services/maintenance.server";
export { endRequestScope } from "./utils/request-scope.server";

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
  // The whole document is rendered before it is sent, as one buffer with its Content-Length. Laget's
  // pages defer nothing (no <Await>), so streaming the shell first would send the same bytes a few
  // milliseconds sooner, at the cost of dozens of small writes through three stream layers per page
  // (docs/performance.md).
  return new Promise<Response>((resolve, reject) => {
    let shellReady = false;
    const chunks: Buffer[] = [];
    const collector = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk);
        done();
      },
      final(done) {
        const body = Buffer.concat(chunks);
        responseHeaders.set("Content-Type", "text/html; charset=utf-8");
        responseHeaders.set("Content-Length", String(body.length));
        resolve(new Response(body, { headers: responseHeaders, status: responseStatusCode }));
        done();
      },
    });
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <RequestReferenceProvider value={{ id: loadContext.requestId, locationKey: "default" }}>
          <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
        </RequestReferenceProvider>
      </NonceProvider>,
      {
        nonce,
        onShellReady() {
          shellReady = true;
        },
        onAllReady() {
          clearTimeout(timer);
          pipe(collector);
        },
        onShellError(error: unknown) {
          clearTimeout(timer);
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          // Before the shell is ready the error reaches onShellError and Remix's error handling.
          if (shellReady) console.error(error);
        },
      },
    );
    const timer = setTimeout(abort, ABORT_DELAY);
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
