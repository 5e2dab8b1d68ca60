import type { HeadersFunction } from "@remix-run/node";

/**
 * For document requests Remix keeps only Set-Cookie from loaders and actions unless the route has a
 * `headers` export. Routes whose loader or action sets headers a browser should see (Retry-After on
 * 429, Cache-Control) re-export this as `headers`. Later sources win: loader, then action, then error.
 */
export const passThroughHeaders: HeadersFunction = ({ loaderHeaders, actionHeaders, errorHeaders }) => {
  const headers = new Headers();
  for (const source of [loaderHeaders, actionHeaders, errorHeaders]) {
    source?.forEach((value, key) => {
      if (key.toLowerCase() !== "set-cookie") headers.set(key, value);
    });
  }
  return headers;
};
