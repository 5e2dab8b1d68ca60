import type { RequestScope } from "./utils/request-scope.server";

/** What the HTTP server (server/server.ts) hands every loader and action. */
export interface LagetLoadContext {
  /** A fresh random nonce for this response's Content-Security-Policy. */
  cspNonce: string;
  /** Correlates log lines and error pages with one request. */
  requestId: string;
  /** performance.now() when the request arrived, for the duration in error log lines. */
  receivedAt: number;
  /** The client's address (behind a proxy only when TRUST_PROXY says so); used for rate limits. */
  clientIp: string;
  /** The request's memo, shared by its loaders (app/utils/request-scope.server.ts). */
  requestScope: RequestScope;
}

declare module "@remix-run/node" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface AppLoadContext extends LagetLoadContext {}
}
