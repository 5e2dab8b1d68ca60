import type { LoaderFunctionArgs } from "@remix-run/node";
import type { ClientLoaderFunctionArgs } from "@remix-run/react";
import { Outlet } from "@remix-run/react";
import { CoordinatorNav } from "~/components/coordinator/CoordinatorNav";
import { useRootUser, WorkspaceErrorBoundary } from "~/components/WorkspaceErrorBoundary";
import { loadWorkspaceCatalogue } from "~/i18n";
import { requireStaff } from "~/services/actor.server";

/**
 * The coordinators' workspace. This loader guards the layout only: every child loader and action is
 * a request of its own and checks the person (requireStaff) and the programme of what it touches.
 * What the pages share (buttons, the programme filter, the tiltak form) is in app/components/coordinator/.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  return null;
}

/** A client-side navigation into the workspace brings its text along (see app/i18n/index.ts). */
export async function clientLoader({ serverLoader }: ClientLoaderFunctionArgs) {
  const text = loadWorkspaceCatalogue();
  try {
    return await serverLoader<typeof loader>();
  } finally {
    // Also when the loader fails: the error page may show the workspace's navigation.
    await text;
  }
}

export default function CoordinatorLayout() {
  return (
    <>
      <CoordinatorNav />
      <Outlet />
    </>
  );
}

/**
 * A 403 or 404 inside the workspace keeps its navigation. Someone who is not staff (a partner opening
 * /koordinator, refused by this layout's own loader) gets the plain page.
 */
export function ErrorBoundary() {
  const user = useRootUser();
  return <WorkspaceErrorBoundary nav={user?.isCoordinator || user?.isAdmin ? <CoordinatorNav /> : null} />;
}
