/**
 * POST /logg-inn/sso/:provider — the button on /logg-inn: sends the person to the provider with a
 * fresh state, nonce and PKCE challenge (app/services/oidc.server.ts). Unknown or unconfigured
 * provider: 404. A GET (someone following a link) goes back to /logg-inn.
 */
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { messagesFor } from "~/services/language.server";
import { findOidcProvider } from "~/services/oidc-config.server";
import { startSignIn } from "~/services/oidc.server";
import { readFormData } from "~/utils/forms.server";
import { safeRedirect } from "~/utils/safe-redirect";

/** No page of its own to show an error on: a 404 says so in plain words. */
export function providerOr404(request: Request, name: string | undefined) {
  const provider = findOidcProvider(name ?? "");
  if (!provider) throw new Response(messagesFor(request).errors.notFoundText, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return provider;
}

export function loader({ request, params }: LoaderFunctionArgs) {
  providerOr404(request, params.provider);
  return redirect("/logg-inn");
}

export async function action({ request, params }: ActionFunctionArgs) {
  const provider = providerOr404(request, params.provider);
  const formData = await readFormData(request);
  const til = safeRedirect(formData.get("til"), "");
  const start = await startSignIn(provider, til);
  if (!start) return redirect("/logg-inn?sso-feil=unavailable");
  return redirect(start.url, { headers: { "Set-Cookie": start.cookie, "Cache-Control": "no-store" } });
}
