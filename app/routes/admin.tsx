import type { LoaderFunctionArgs } from "@remix-run/node";
import type { ClientLoaderFunctionArgs } from "@remix-run/react";
import { Outlet } from "@remix-run/react";
import { AdminNav } from "~/components/admin/AdminNav";
import { useRootUser, WorkspaceErrorBoundary } from "~/components/WorkspaceErrorBoundary";
import { loadWorkspaceCatalogue } from "~/i18n";
import { requireAdmin } from "~/services/actor.server";

/**
 * The administrators' area. This loader guards the layout only: every child loader and action is a
 * request of its own and calls requireAdmin itself.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
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

export default function AdminLayout() {
  return (
    <>
      <AdminNav />
      <Outlet />
    </>
  );
}

/**
 * A 403 or 404 inside the admin area keeps its navigation. Someone who is not an admin (refused by
 * this layout's own loader) gets the plain page.
 */
export function ErrorBoundary() {
  const user = useRootUser();
  return <WorkspaceErrorBoundary nav={user?.isAdmin ? <AdminNav /> : null} />;
}
