import { Link } from "@remix-run/react";
import { useT } from "~/i18n";
import { pageWindow } from "~/utils/pagination";

const linkClass =
  "inline-flex min-h-11 min-w-11 items-center justify-center rounded border border-brand-600 px-3 no-underline hover:bg-brand-50";

/** Page links as a labelled navigation landmark; works without JavaScript (plain links). */
export function Pagination({ page, lastPage, href }: { page: number; lastPage: number; href: (page: number) => string }) {
  const t = useT();
  if (lastPage <= 1) return null;
  return (
    <nav aria-label={t.pagination.label} className="no-print mt-8">
      <p className="mb-2 text-sm">{t.pagination.pageOf(page, lastPage)}</p>
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? (
          <li>
            <Link to={href(page - 1)} rel="prev" className={linkClass}>
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
                <span aria-current="page" className={`${linkClass} bg-brand-700 font-semibold text-white hover:bg-brand-700`}>
                  <span className="sr-only">{t.pagination.currentPage(p)}</span>
                  <span aria-hidden="true">{p}</span>
                </span>
              ) : (
                <Link to={href(p)} className={linkClass} aria-label={t.pagination.page(p)}>
                  {p}
                </Link>
              )}
            </li>
          ),
        )}
        {page < lastPage ? (
          <li>
            <Link to={href(page + 1)} rel="next" className={linkClass}>
              {t.pagination.next}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
