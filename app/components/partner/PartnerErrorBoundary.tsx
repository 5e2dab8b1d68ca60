import { isRouteErrorResponse, useRouteError } from "@remix-run/react";
import { useRootUser, WorkspaceErrorBoundary } from "~/components/WorkspaceErrorBoundary";
import { PartnerNav } from "./PartnerNav";

/**
 * The error page of a /min-side page, with Min side's navigation. /min-side has no layout route (a
 * layout would take the POSTs to /min-side that its index page's forms send), so each page that shows
 * PartnerNav exports this as its ErrorBoundary. The organisations failed to load with the page, so
 * the navigation leads to the person's first one. A 403 means the person has no organisation (a
 * coordinator) or named one that is not theirs: the plain page.
 */
export function PartnerErrorBoundary() {
  const user = useRootUser();
  const error = useRouteError();
  const forbidden = isRouteErrorResponse(error) && error.status === 403;
  return <WorkspaceErrorBoundary nav={user && !forbidden ? <PartnerNav current="" organisations={[]} /> : null} />;
}
