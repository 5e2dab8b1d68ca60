import { useLocation } from "@remix-run/react";
import { useEffect, useRef } from "react";

/**
 * After a client-side navigation, moves the focus to the new page's `<h1>` (or, without one, to the
 * main element), as a full page load would put a screen reader at the top: the heading is read out,
 * and the next Tab starts from the page instead of from the link that was clicked at the bottom of
 * the old one. A change of address counts, the query too (a filter, the next page of results: the
 * view is scrolled to the top as well); the first render does not, a change of the hash alone does
 * not (the skip link and in-page links keep their own target, and move the focus there without
 * the router: see below), and neither does a refused form, which stays at the same address while
 * its error summary takes the focus.
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

  useEffect(() => {
    // An in-page link (the skip link, "#hovedinnhold") moves the focus itself. Left to the browser,
    // the hash change reaches the router as a navigation, which drops the action's data: a refused
    // form's errors vanished when a keyboard user took the skip link.
    function onClick(event: MouseEvent) {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href^="#"]') : null;
      const id = link ? decodeURIComponent(link.getAttribute("href")!.slice(1)) : "";
      const target = id ? document.getElementById(id) : null;
      if (!target) return;
      event.preventDefault();
      if (target.tabIndex < 0 && !target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
      target.scrollIntoView({ block: "start" });
      target.focus({ preventScroll: true });
      // The address shows the fragment as it would have; replaced, so the router's own entry stays.
      window.history.replaceState(window.history.state, "", `#${encodeURIComponent(id)}`);
    }
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, []);
  return null;
}
