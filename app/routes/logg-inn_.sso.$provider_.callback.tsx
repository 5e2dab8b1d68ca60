/**
 * GET /logg-inn/sso/:provider/callback — where the provider sends the person back. A validated ID
 * token signs them in (linking or making an account by ADR 018's rule) with a session made exactly
 * as for a password login; anything else ends on /logg-inn with the reason, without a session.
 */
import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { signInWithIdentity } from "~/models/sso/identity.server";
import { createUserSession } from "~/services/auth.server";
import { clearedStateCookie, finishSignIn } from "~/services/oidc.server";
import { workspacePath } from "~/services/permissions";
import { providerOr404 } from "./logg-inn_.sso.$provider";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const provider = providerOr404(request, params.provider);
  const result = await finishSignIn(provider, request);
  const headers = new Headers({ "Cache-Control": "no-store" });
  // A state is used once, whatever happened.
  headers.append("Set-Cookie", clearedStateCookie());
  if (!result.ok) return redirect(`/logg-inn?sso-feil=${result.reason}`, { headers });
  const user = signInWithIdentity(provider.name, result.claims, context.clientIp);
  headers.append("Set-Cookie", await createUserSession(user.userId, request));
  return redirect(result.til || workspacePath(user.role), { headers });
}
