import { useId, type ReactNode } from "react";

const headingClass = { 2: "text-2xl font-bold", 3: "text-xl font-bold" } as const;

/** A part of a page under its own heading, named by that heading (a landmark screen readers list). */
export function Section({
  heading,
  level = 2,
  id,
  className = "mt-10",
  headingClassName,
  children,
}: {
  heading: ReactNode;
  level?: 2 | 3;
  /** The heading's id, when a link or a form elsewhere points at it. */
  id?: string;
  className?: string;
  headingClassName?: string;
  children: ReactNode;
}) {
  const generated = useId();
  const headingId = id ?? generated;
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={headingId} className={className}>
      <Heading id={headingId} className={headingClassName ?? headingClass[level]}>
        {heading}
      </Heading>
      {children}
    </section>
  );
}
