import { NavLink } from "@remix-run/react";
import { useT } from "~/i18n";

/** The administrators' workspace navigation, above every /admin page (and its error pages). */
export function AdminNav() {
  const t = useT();
  const n = t.admin.nav;
  const items = [
    { to: "/admin", label: n.overview, end: true },
    { to: "/admin/brukere", label: n.users, end: false },
    { to: "/admin/satsinger", label: n.programmes, end: false },
    { to: "/admin/omrader", label: n.areas, end: false },
    { to: "/admin/innlogging", label: t.admin.sso.nav, end: false },
    { to: "/admin/logg", label: n.log, end: false },
  ];
  return (
    <nav aria-label={n.label} className="no-print mb-8 border-b border-brand-100 pb-3">
      <ul className="flex flex-wrap gap-1">
        {items.map((item) => (
          <li key={item.to}>
            <NavLink
              to={item.to}
              end={item.end}
              className={({ isActive }) =>
                `inline-flex min-h-11 items-center rounded px-3 py-2 font-medium ${
                  isActive ? "bg-brand-700 text-white no-underline hover:text-white" : "text-brand-800"
                }`
              }
            >
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
