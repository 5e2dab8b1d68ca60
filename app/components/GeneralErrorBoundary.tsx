import { isRouteErrorResponse, useLocation, useRouteError } from "@remix-run/react";
import { useT } from "~/i18n";
import { REFERENCE_ATTRIBUTE, useRequestReference } from "~/utils/request-reference";

/**
 * The one error boundary: Norwegian pages for 403, 404 and other statuses, and for unexpected errors
 * a page with a reference that matches the server's log line.
 */
export function GeneralErrorBoundary() {
  const error = useRouteError();
  const t = useT();
  // The reference of the request that rendered this document; after a client-side navigation it
  // belongs to an earlier request and is not shown.
  const rendered = useRequestReference();
  const documentReference = useLocation().key === rendered.locationKey ? rendered.id : undefined;
  let title = t.errors.serverErrorTitle;
  let text = t.errors.serverErrorText;
  let reference: string | undefined;

  if (isRouteErrorResponse(error)) {
    if (error.status === 404) {
      title = t.errors.notFoundTitle;
      text = t.errors.notFoundText;
    } else if (error.status === 403) {
      title = t.errors.forbiddenTitle;
      text = t.errors.forbiddenText;
    } else if (error.status === 400) {
      title = t.errors.badRequestTitle;
      text = t.errors.badRequestText;
    } else if (error.status < 500) {
      title = t.errors.statusTitle(error.status);
      text = t.errors.badRequestText;
    }
    if (error.status >= 500 && typeof error.data === "object" && error.data && "reference" in error.data) {
      reference = String((error.data as { reference: unknown }).reference);
    }
  } else if (typeof document !== "undefined" && !documentReference) {
    // Rendering on the client: the server never saw this error.
    console.error(error);
  }
  const unexpected = !isRouteErrorResponse(error) || error.status >= 500;
  if (unexpected && !reference) reference = documentReference;

  return (
    <div className="max-w-prose">
      <title>{`${title}${t.meta.titleSuffix}`}</title>
      <h1 className="text-3xl font-bold">{title}</h1>
      <p className="mt-4">{text}</p>
      {reference ? (
        <p className="mt-4">
          {t.errors.reference}: <code {...{ [REFERENCE_ATTRIBUTE]: "" }}>{reference}</code>
        </p>
      ) : null}
      <p className="mt-6">
        <a href="/">{t.errors.backHome}</a>
      </p>
    </div>
  );
}
