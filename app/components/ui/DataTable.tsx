import { useId, type ReactNode, type TdHTMLAttributes, type ThHTMLAttributes } from "react";
import { useT } from "~/i18n";

/**
 * Designsystemet's table (`ds-table`) with what it lacks for Laget's pages:
 * - a caption, always (visible, or only for screen readers when a heading right above says the same);
 * - on a narrow screen a wide table scrolls inside its own box instead of widening the page
 *   (WCAG 1.4.10): the box is a named, focusable region so it scrolls by keyboard, shadows at its
 *   edges show that there is more (app/styles/app.css, .table-scroll), and `scrollHint` adds a
 *   visible line saying so for the tables that rarely fit a phone;
 * - numeric columns right-aligned with figures of equal width (`Th`/`Td` with `numeric`).
 */
export function DataTable({
  caption,
  captionHidden = false,
  scrollHint = false,
  className = "",
  children,
}: {
  caption: ReactNode;
  captionHidden?: boolean;
  scrollHint?: boolean;
  className?: string;
  children: ReactNode;
}) {
  const captionId = useId();
  const hintId = useId();
  return (
    <div className={className}>
      {scrollHint ? <ScrollHint id={hintId} /> : null}
      <div role="region" aria-labelledby={captionId} aria-describedby={scrollHint ? hintId : undefined} tabIndex={0} className="table-scroll">
        <table className="ds-table">
          <caption id={captionId} className={captionHidden ? "sr-only" : "text-left"}>
            {caption}
          </caption>
          {children}
        </table>
      </div>
    </div>
  );
}

/** Its own component, so that a table without the hint needs no route data (it renders in renderToStaticMarkup too). */
function ScrollHint({ id }: { id: string }) {
  const t = useT();
  return (
    <p id={id} className="mb-1 text-sm text-gray-700 sm:hidden">
      {t.table.scrollHint}
    </p>
  );
}

const numericClass = "text-right tabular-nums";

export function Th({ numeric = false, className, scope = "col", ...rest }: ThHTMLAttributes<HTMLTableCellElement> & { numeric?: boolean }) {
  return <th scope={scope} className={joinClasses(numeric ? numericClass : "text-left", className)} {...rest} />;
}

export function Td({ numeric = false, className, ...rest }: TdHTMLAttributes<HTMLTableCellElement> & { numeric?: boolean }) {
  return <td className={joinClasses(numeric ? numericClass : undefined, className)} {...rest} />;
}

function joinClasses(...classes: (string | undefined)[]): string | undefined {
  return classes.filter(Boolean).join(" ") || undefined;
}
