import { Link } from "@remix-run/react";
import { useT } from "~/i18n";
import { pageWindow } from "~/utils/pagination";

/**
 * Page links as a labelled navigation landmark, drawn as Designsystemet's pagination (`ds-pagination`
 * with tertiary buttons); plain links, so it works without JavaScript. The current page is marked
 * with aria-current="true", the value Designsystemet's style sheet keys on.
 */
export function Pagination({ page, lastPage, href }: { page: number; lastPage: number; href: (page: number) => string }) {
  const t = useT();
  if (lastPage <= 1) return null;
  return (
    <nav aria-label={t.pagination.label} className="ds-pagination no-print mt-8">
      <p className="mb-2 text-sm">{t.pagination.pageOf(page, lastPage)}</p>
      <ul>
        {page > 1 ? (
          <li>
            <Link to={href(page - 1)} rel="prev" className="ds-button" data-variant="tertiary">
              {t.pagination.previous}
            </Link>
          </li>
        ) : null}
        {pageWindow(page, lastPage).map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1">
              …
            </li>
          ) : (
            <li key={p}>
              {p === page ? (
                <span aria-current="true" className="ds-button" data-variant="tertiary">
                  <span className="sr-only">{t.pagination.currentPage(p)}</span>
                  <span aria-hidden="true">{p}</span>
                </span>
              ) : (
                <Link to={href(p)} className="ds-button" data-variant="tertiary" aria-label={t.pagination.page(p)}>
                  {p}
                </Link>
              )}
            </li>
          ),
        )}
        {page < lastPage ? (
          <li>
            <Link to={href(page + 1)} rel="next" className="ds-button" data-variant="tertiary">
              {t.pagination.next}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
