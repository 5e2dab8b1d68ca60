import { NavLink } from "@remix-run/react";
import { errorText } from "~/components/ui/Field";
import { FilterForm } from "~/components/ui/FilterForm";
import { useT, type Messages } from "~/i18n";
import { withOrg } from "./links";

/** One error key as text, for the error summary: the partner pages' own messages, then the shared ones. */
export function partnerErrorText(t: Messages, key: string): string {
  return errorText(t, partnerErrors(t, [key])?.[0] ?? key);
}

/** Partner-specific error keys translated; other keys pass through to the shared field components. */
export function partnerErrors(t: Messages, errors: string[] | undefined): string[] | undefined {
  if (!errors) return undefined;
  const own = t.partner.validation as Record<string, string>;
  return errors.map((e) => own[e] ?? e);
}

const linkClass = "inline-flex min-h-11 items-center rounded px-3 py-2 font-semibold aria-[current=page]:bg-brand-50 aria-[current=page]:underline";

/** The /min-side sub-pages and, for people in several organisations, a chooser (a GET form: works without JavaScript). */
export function PartnerNav({ current, organisations }: { current: string; organisations: { slug: string; name: string }[] }) {
  const t = useT();
  const n = t.partner.nav;
  const link = (path: string) => withOrg(path, current, organisations);
  return (
    <div className="mb-6 border-b border-brand-100 pb-3">
      <nav aria-label={n.label}>
        <ul className="flex flex-wrap gap-x-2">
          <li>
            <NavLink end to={link("/min-side")} className={linkClass}>
              {n.overview}
            </NavLink>
          </li>
          <li>
            <NavLink to={link("/min-side/profil")} className={linkClass}>
              {n.profile}
            </NavLink>
          </li>
          <li>
            <NavLink to={link("/min-side/tiltak")} className={linkClass}>
              {n.initiatives}
            </NavLink>
          </li>
          <li>
            <NavLink to={link("/min-side/oppdateringer")} className={linkClass}>
              {n.updates}
            </NavLink>
          </li>
          <li>
            <NavLink to={link("/min-side/tilskudd")} className={linkClass}>
              {n.grants}
            </NavLink>
          </li>
          <li>
            <NavLink to="/varsler/innstillinger" className={linkClass}>
              {n.notificationSettings}
            </NavLink>
          </li>
        </ul>
      </nav>
      {organisations.length > 1 ? (
        <FilterForm submitLabel={t.partner.showOrganisation} submitClassName="" className="mt-2">
          <div>
            <label htmlFor="org-chooser" className="block font-semibold">
              {t.partner.chooseOrganisation}
            </label>
            <select id="org-chooser" name="org" defaultValue={current} className="mt-1 block min-h-11 rounded border border-gray-500 bg-white px-3 py-2">
              {organisations.map((o) => (
                <option key={o.slug} value={o.slug}>
                  {o.name}
                </option>
              ))}
            </select>
          </div>
        </FilterForm>
      ) : null}
    </div>
  );
}
