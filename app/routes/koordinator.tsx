import type { LoaderFunctionArgs } from "@remix-run/node";
import type { ClientLoaderFunctionArgs } from "@remix-run/react";
import { Outlet } from "@remix-run/react";
import { CoordinatorNav } from "~/components/coordinator/CoordinatorNav";
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
  const [data] = await Promise.all([serverLoader<typeof loader>(), loadWorkspaceCatalogue()]);
  return data;
}

export default function CoordinatorLayout() {
  return (
    <>
      <CoordinatorNav />
      <Outlet />
    </>
  );
}
