import { useLocation } from "@remix-run/react";
import { useEffect, useRef } from "react";

/**
 * After a client-side navigation, moves the focus to the new page's `<h1>` (or, without one, to the
 * main element), as a full page load would put a screen reader at the top: the heading is read out,
 * and the next Tab starts from the page instead of from the link that was clicked at the bottom of
 * the old one. A change of address counts, the query too (a filter, the next page of results: the
 * view is scrolled to the top as well); the first render does not, a change of the hash alone does
 * not (the skip link and in-page links keep their own target), and neither does a refused form,
 * which stays at the same address while its error summary takes the focus.
 */
export function RouteFocus() {
  const { pathname, search } = useLocation();
  const previous = useRef(`${pathname}${search}`);
  useEffect(() => {
    const address = `${pathname}${search}`;
    if (previous.current === address) return;
    previous.current = address;
    if (document.querySelector("[data-error-summary]")) return;
    const main = document.getElementById("hovedinnhold");
    const target = main?.querySelector<HTMLElement>("h1") ?? main;
    if (!target) return;
    // A heading is not focusable by itself; -1 lets a script focus it without adding a Tab stop.
    if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    // The scroll is ScrollRestoration's business (top for a new page, the old place going back).
    target.focus({ preventScroll: true });
  }, [pathname, search]);
  return null;
}
