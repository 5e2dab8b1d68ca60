import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { methodNotAllowedResponse, programmesEndpoint, serveOpenData } from "~/services/api.server";

// The same for every anonymous reader: answered from the response cache (ADR 012).
export const handle = { responseCache: "public" } as const;

/**
 * Open data of the programmes (issue 21): goals, indicators with their yearly values, and adopted
 * budgets (never a draft). GET (JSON, or CSV with ?format=csv), HEAD and the CORS preflight. See /apne-data.
 */
export function loader({ request }: LoaderFunctionArgs) {
  return serveOpenData(request, programmesEndpoint);
}

export function action({ request }: ActionFunctionArgs) {
  return methodNotAllowedResponse(request);
}
