import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/GeneralErrorBoundary";
import { useT } from "~/i18n";

/**
 * The group pages' error page: a 403 or 404 says in plain words why (not in a group; the round not
 * released or not theirs), with the way back; anything else is the general error page.
 * The overview's 403 says "not in any group", an application's 403 why (not declared, disqualified), a round's 404 "no such round".
 */
export function GroupErrorBoundary() {
  const error = useRouteError();
  const t = useT();
  const g = t.grants?.groupPages;
  if (!g || !isRouteErrorResponse(error) || (error.status !== 403 && error.status !== 404)) return <GeneralErrorBoundary />;
  const notMember = error.status === 403 && error.data === "notMember";
  // A 403 with a refusal's reason (not declared yet, disqualified) comes from the application page.
  const reason = error.status === 403 && typeof error.data === "string" && Object.hasOwn(t.grants.refusals, error.data) ? t.grants.refusals[error.data as keyof typeof t.grants.refusals] : null;
  const title = notMember ? g.notMemberTitle : reason ? g.forbiddenApplicationTitle : error.status === 403 ? t.errors.forbiddenTitle : t.errors.notFoundTitle;
  const text = notMember ? g.notMemberText : (reason ?? (error.status === 403 ? t.errors.forbiddenText : g.notFoundText));
  return (
    <div className="max-w-prose">
      <title>{`${title}${t.meta.titleSuffix}`}</title>
      <h1 className="text-3xl font-bold">{title}</h1>
      <p className="mt-4">{text}</p>
      <p className="mt-6">{notMember ? <Link to="/">{t.errors.backHome}</Link> : <Link to="/bydelsgruppe">{g.backToOverview}</Link>}</p>
    </div>
  );
}
