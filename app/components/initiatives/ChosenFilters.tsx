import { Link } from "@remix-run/react";
import { useT } from "~/i18n";

export type ChosenFilter = { label: string; value: string; removeHref: string };

/**
 * The filters in use, each a link that removes it, and a link that removes them all. Plain links,
 * so they work without JavaScript and every state has its own shareable address.
 */
export function ChosenFilters({ chosen, clearHref, clearLabel }: { chosen: ChosenFilter[]; clearHref: string; clearLabel: string }) {
  const t = useT();
  if (chosen.length === 0) return null;
  const l = t.initiatives.list;
  return (
    <div className="mt-4">
      <h3 className="font-semibold">{l.chosenHeading}</h3>
      <ul className="mt-2 flex flex-wrap gap-2">
        {chosen.map((f) => (
          <li key={f.label}>
            <Link
              to={f.removeHref}
              className="inline-flex min-h-11 items-center gap-2 rounded-full border border-brand-600 bg-brand-50 px-4 text-brand-800 no-underline hover:bg-brand-100"
            >
              <span className="sr-only">{l.remove} </span>
              <span>
                {f.label}: {f.value}
              </span>
              <span aria-hidden="true">✕</span>
            </Link>
          </li>
        ))}
        <li>
          <Link to={clearHref} className="inline-flex min-h-11 items-center px-2 font-medium">
            {clearLabel}
          </Link>
        </li>
      </ul>
    </div>
  );
}
