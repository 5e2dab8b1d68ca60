import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { DEFAULT_LANGUAGE, isLanguage, loadCatalogue, sectionsForPath } from "./i18n";
import { REFERENCE_ATTRIBUTE, RequestReferenceProvider } from "./utils/request-reference";

// Only the page's language is sent to the browser (see app/i18n/catalogues.server.ts); it must be
// there before hydration renders any text.
const lang = document.documentElement.lang;
// An error page from the server shows its request's reference; hydration must render the same.
const reference = {
  id: document.querySelector(`[${REFERENCE_ATTRIBUTE}]`)?.textContent ?? undefined,
  // As react-router names the first location it reads from the history.
  locationKey: (window.history.state as { key?: string } | null)?.key ?? "default",
};
void loadCatalogue(isLanguage(lang) ? lang : DEFAULT_LANGUAGE, sectionsForPath(window.location.pathname)).then(() =>
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <RequestReferenceProvider value={reference}>
          <RemixBrowser />
        </RequestReferenceProvider>
      </StrictMode>,
    );
  }),
);
