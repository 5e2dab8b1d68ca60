import { NavLink, useLocation } from "@remix-run/react";
import { useT } from "~/i18n";

/** The coordinators' workspace navigation, above every /koordinator page (and its error pages). */
export function CoordinatorNav() {
  const t = useT();
  const n = t.coordinator.nav;
  const { search } = useLocation();
  // Keep the chosen programme when moving between the pages.
  const satsing = new URLSearchParams(search).get("satsing");
  const q = satsing ? `?satsing=${encodeURIComponent(satsing)}` : "";
  const items = [
    { to: `/koordinator${q}`, label: n.dashboard, end: true },
    { to: "/koordinator/godkjenning", label: n.approvals, end: false },
    { to: `/koordinator/tiltak${q}`, label: n.initiatives, end: false },
    { to: `/koordinator/oppdateringer${q}`, label: n.updates, end: false },
    { to: `/koordinator/rapporter${q}`, label: n.reports, end: false },
    // Grant schemes (issue 20): a person's schemes across their programmes, so no ?satsing.
    { to: "/koordinator/tilskudd", label: t.grants.adminPages.nav, end: false },
    // Goals and indicators (issue 21): the programme's goal structure.
    { to: `/koordinator/mal${q}`, label: t.planning.goals.nav, end: false },
    // The plan of the year and its budget (issue 21).
    { to: `/koordinator/plan${q}`, label: t.planning.plan.nav, end: false },
    { to: `/koordinator/arsrapport${q}`, label: n.annualReport, end: false },
    // Meetings and stops (issue 22).
    { to: `/koordinator/moter${q}`, label: t.meetingsWork.coordinator.nav, end: false },
    // Closing a period and the successor programme (issue 21).
    { to: `/koordinator/avslutning${q}`, label: t.planning.closing.nav, end: false },
  ];
  return (
    <nav aria-label={n.label} className="no-print mb-8 border-b border-brand-100 pb-3 print:hidden">
      <ul className="flex flex-wrap gap-1">
        {items.map((item) => (
          <li key={item.label}>
            <NavLink
              to={item.to}
              end={item.end}
              className={({ isActive }) =>
                `inline-flex min-h-11 items-center rounded px-3 py-2 font-medium ${isActive ? "bg-brand-700 text-white no-underline hover:text-white" : "text-brand-800"}`
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
