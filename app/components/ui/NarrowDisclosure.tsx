import { useLocation } from "@remix-run/react";
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from "react";
import type { ButtonVariant } from "./Button";

/**
 * A disclosure on narrow screens that is simply open on wide ones (48rem and up): the header's menu,
 * the directory's filters, /samarbeid's drawing. It is a native <details>, so it opens and closes
 * without JavaScript, by keyboard, and screen readers announce it as expanded or collapsed.
 *
 * The server cannot know how wide the screen is, and without JavaScript nothing could open the
 * details afterwards, so it is always closed in the markup; the style sheet (.open-when-wide in
 * app/styles/app.css) shows its content on wide screens and hides the summary there. Closed in the
 * markup also means that hydration never changes it (`open` is not a prop here): no layout shift,
 * and a menu someone opened before the scripts arrived stays open.
 *
 * With JavaScript it closes after a client-side navigation, as the new document would load closed,
 * and (when asked) on Escape, giving the focus back to its summary.
 */
export function NarrowDisclosure({
  summary,
  className = "",
  summaryClassName = "",
  summaryVariant,
  closeOnEscape = false,
  children,
}: {
  /** The summary's content; its text is its accessible name. */
  summary: ReactNode;
  className?: string;
  summaryClassName?: string;
  /** Draws the summary as a Designsystemet button of this variant (ds-button). */
  summaryVariant?: ButtonVariant;
  closeOnEscape?: boolean;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  const { key } = useLocation();
  const shownKey = useRef(key);
  useEffect(() => {
    // Never on the first render: that would close what someone opened before hydration.
    if (shownKey.current === key) return;
    shownKey.current = key;
    if (ref.current) ref.current.open = false;
  }, [key]);

  const onKeyDown = (event: KeyboardEvent<HTMLDetailsElement>) => {
    const details = ref.current;
    const summaryElement = details?.querySelector("summary");
    // On a wide screen the summary is not shown and closing would change nothing.
    if (!closeOnEscape || event.key !== "Escape" || !details?.open || !summaryElement?.getClientRects().length) return;
    details.open = false;
    summaryElement.focus();
  };

  return (
    <details ref={ref} className={`open-when-wide ${className}`} onKeyDown={onKeyDown}>
      <summary data-variant={summaryVariant} className={summaryVariant ? `ds-button ${summaryClassName}`.trim() : summaryClassName}>
        {summary}
      </summary>
      {children}
    </details>
  );
}
