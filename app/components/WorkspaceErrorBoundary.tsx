import { useRouteLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { GeneralErrorBoundary } from "~/components/GeneralErrorBoundary";
import type { loader as rootLoader } from "~/root";

/**
 * An error page inside a workspace (/admin, /koordinator, /min-side): the workspace's navigation
 * above the one error boundary, so a 403 or 404 there keeps the way around. `nav` is null when the
 * person does not belong in the workspace at all; they get the plain page.
 */
export function WorkspaceErrorBoundary({ nav }: { nav: ReactNode | null }) {
  return (
    <>
      {nav}
      <GeneralErrorBoundary />
    </>
  );
}

/**
 * The signed-in person as the root loader saw them. A workspace's boundary asks this, not its own
 * layout's loader: that loader may be the one that failed (a partner opening /koordinator), and it
 * is not run at all when a child's action fails.
 */
export function useRootUser() {
  return useRouteLoaderData<typeof rootLoader>("root")?.user ?? null;
}
