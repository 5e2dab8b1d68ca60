import { GeneralErrorBoundary } from "~/components/GeneralErrorBoundary";

/** Every unknown URL: a Norwegian 404 inside the app shell. */
export function loader() {
  throw new Response(null, { status: 404, statusText: "Not Found" });
}

export default function NotFound() {
  return <GeneralErrorBoundary />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
