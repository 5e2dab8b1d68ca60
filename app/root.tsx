import { data, type LinksFunction, type LoaderFunctionArgs } from "@remix-run/node";
import {
  Form,
  Link,
  Links,
  NavLink,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { GeneralErrorBoundary } from "~/components/GeneralErrorBoundary";
import { Button } from "~/components/ui/Button";
import { NarrowDisclosure } from "~/components/ui/NarrowDisclosure";
import { DocumentMeta } from "~/components/DocumentMeta";
import { RouteFocus } from "~/components/RouteFocus";
import { DEFAULT_LANGUAGE, getMessages, useT, type Language } from "~/i18n";
import { shellData } from "~/services/shell.server";
import { useNonce } from "~/utils/nonce";
import styles from "~/styles/app.css";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: styles },
  { rel: "icon", href: "/favicon.ico", sizes: "32x32" },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  // Sends the slid session cookie (or clears a dead one); this loader runs on every navigation.
  const { lang, user, cookie } = await shellData(request);
  return data({ lang, user }, cookie ? { headers: { "Set-Cookie": cookie } } : undefined);
}

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const nonce = useNonce();
  const t = getMessages(data?.lang ?? DEFAULT_LANGUAGE);
  return (
    <html lang={t.meta.lang} className="h-full">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <DocumentMeta />
        <Links />
      </head>
      <body className="flex min-h-full flex-col bg-white font-sans text-ink antialiased">
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

function Shell({ children }: { children: ReactNode }) {
  const t = useT();
  const user = useRouteLoaderData<typeof loader>("root")?.user ?? null;
  const navItems = [
    { to: "/satsinger", label: t.nav.programmes },
    { to: "/partnere", label: t.nav.partners },
    { to: "/tiltak", label: t.nav.initiatives },
    { to: "/omrader", label: t.nav.areas },
    { to: "/moter", label: t.nav.meetings },
    { to: "/samarbeid", label: t.nav.collaboration },
    { to: "/tilskudd", label: t.nav.grants },
    { to: "/oppdateringer", label: t.nav.updates },
  ];
  const footerLinks = [
    { to: "/apne-data", label: t.nav.openData },
    { to: "/tilgjengelighet", label: t.nav.accessibility },
    { to: "/personvern", label: t.nav.privacy },
  ];
  return (
    <>
      <a
        href="#hovedinnhold"
        className="ds-skip-link focus:absolute focus:left-2 focus:top-2 focus:z-50"
      >
        {t.shell.skipToContent}
      </a>
      <header className="border-b border-brand-100 bg-brand-50">
        {/* On a phone the navigation, the user menu and the language switch fold into one "Meny", so
            that the page's h1 is in the first screen; from 48rem up they are all shown (NarrowDisclosure). */}
        <div className="relative mx-auto max-w-5xl px-4 py-2 md:flex md:flex-wrap md:items-center md:justify-between md:gap-x-6 md:gap-y-2 md:py-3">
          <a href="/" className="flex min-h-11 w-fit items-center text-2xl font-bold text-brand-800 no-underline" aria-label={t.shell.homeLinkLabel}>
            {t.meta.appName}
          </a>
          <NarrowDisclosure
            className="no-print md:flex-1"
            summaryVariant="secondary"
            summaryClassName="absolute right-4 top-2 [[open]>&]:bg-brand-100"
            summary={<MenuSummary unread={user?.unread ?? 0} />}
            closeOnEscape
          >
            <div className="mt-2 flex flex-col gap-y-2 border-t border-brand-100 pt-2 md:mt-0 md:flex-row md:flex-wrap md:items-center md:justify-between md:gap-x-6 md:border-0 md:pt-0">
              <nav aria-label={t.shell.mainNavigation} className="no-print">
                <ul className="flex flex-col gap-x-1 gap-y-1 md:flex-row md:flex-wrap">
                  {navItems.map((item) => (
                    <li key={item.to}>
                      <NavLink
                        to={item.to}
                        className={({ isActive }) =>
                          `inline-block min-h-11 rounded px-3 py-2.5 font-medium ${isActive ? "bg-brand-700 text-white hover:text-white" : "text-brand-800 no-underline hover:underline"}`
                        }
                      >
                        {item.label}
                      </NavLink>
                    </li>
                  ))}
                </ul>
              </nav>
              <div className="no-print flex flex-col items-start gap-x-1 border-t border-brand-100 pt-2 md:flex-row md:flex-wrap md:items-center md:border-0 md:pt-0">
                <UserMenu user={user} />
                <LanguageSwitch />
              </div>
            </div>
          </NarrowDisclosure>
        </div>
      </header>
      <RouteFocus />
      <main id="hovedinnhold" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 pb-8 pt-6 focus:outline-none md:pt-8">
        {children}
      </main>
      <footer className="no-print border-t border-brand-100 bg-brand-50">
        <div className="mx-auto max-w-5xl px-4 py-6 text-sm">
          <h2 className="font-semibold">{t.shell.footerHeading}</h2>
          <p className="mt-1 max-w-prose">{t.shell.footerText}</p>
          <nav aria-label={t.shell.footerLinks} className="mt-3">
            <ul className="flex flex-wrap gap-x-6 gap-y-2">
              {footerLinks.map((link) => (
                <li key={link.to}>
                  <Link to={link.to} className="inline-block py-2">
                    {link.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </footer>
    </>
  );
}

/** The header menu's summary: "Meny", with the number of unread notifications that are inside it. */
function MenuSummary({ unread }: { unread: number }) {
  const t = useT();
  return (
    <>
      <svg aria-hidden="true" width="20" height="20" viewBox="0 0 20 20" className="shrink-0">
        <path d="M3 5h14M3 10h14M3 15h14" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      {t.shell.menu}
      {unread > 0 ? (
        <span className="rounded-full bg-brand-700 px-2 text-sm text-white">
          {` ${unread}`}
          <span className="sr-only">{` ${t.shell.menuUnread(unread)}`}</span>
        </span>
      ) : null}
    </>
  );
}

function UserMenu({ user }: { user: { name: string; isAdmin: boolean; isCoordinator: boolean; isGroupMember: boolean; unread: number } | null }) {
  const t = useT();
  const linkClass = "inline-block min-h-11 rounded px-3 py-2.5 font-medium text-brand-800";
  if (!user) {
    return (
      <Link to="/logg-inn" className={`no-print ${linkClass}`}>
        {t.auth.loginButton}
      </Link>
    );
  }
  return (
    <nav aria-label={t.auth.loggedInAs(user.name)} className="no-print flex flex-col items-start gap-x-1 md:flex-row md:flex-wrap md:items-center">
      <Link to="/min-side" className={linkClass}>
        {t.auth.myPage}
      </Link>
      {user.isCoordinator || user.isAdmin ? (
        <Link to="/koordinator" className={linkClass}>
          {t.auth.coordinator}
        </Link>
      ) : null}
      {user.isGroupMember ? (
        <Link to="/bydelsgruppe" className={linkClass}>
          {t.auth.groupPages}
        </Link>
      ) : null}
      {user.isAdmin ? (
        <Link to="/admin" className={linkClass}>
          {t.auth.admin}
        </Link>
      ) : null}
      <Link to="/varsler" className={linkClass}>
        {t.notifications.linkLabel(user.unread)}
      </Link>
      <Link to="/konto" className={linkClass}>
        {t.auth.account}
      </Link>
      <Form method="post" action="/logg-ut">
        <Button variant="tertiary">{t.auth.logout}</Button>
      </Form>
    </nav>
  );
}

/**
 * A plain form, so it works without JavaScript and reloads the whole document in the new language.
 * The button names the other language in that language, with its `lang`, so screen readers say it right.
 */
function LanguageSwitch() {
  const lang = useRouteLoaderData<typeof loader>("root")?.lang ?? DEFAULT_LANGUAGE;
  const location = useLocation();
  const other: Language = lang === "en" ? "nb" : "en";
  return (
    <form method="post" action="/sprak">
      <input type="hidden" name="lang" value={other} />
      <input type="hidden" name="tilbake" value={`${location.pathname}${location.search}`} />
      <Button variant="tertiary" lang={other}>
        {getMessages(lang).language.otherName}
      </Button>
    </form>
  );
}

export default function App() {
  return (
    <Shell>
      <Outlet />
    </Shell>
  );
}

export function ErrorBoundary() {
  return (
    <Shell>
      <GeneralErrorBoundary />
    </Shell>
  );
}
