/**
 * The pieces the open-data documentation (/apne-data) is written with: its headings, tables and code,
 * styled once for every section of the page.
 */
import type { ReactNode } from "react";

export const h2 = "mt-12 scroll-mt-4 text-2xl font-bold";
export const h3 = "mt-8 scroll-mt-4 text-xl font-semibold";
export const tableClass = "mt-3 w-full table-fixed border-collapse text-left align-top";
export const thClass = "border-b-2 border-brand-600 bg-brand-50 px-2 py-2 align-bottom font-semibold hyphens-auto";
export const tdClass = "border-b border-gray-300 px-2 py-2 align-top break-words";
export const codeClass = "break-all rounded bg-gray-100 px-1 font-mono text-[0.95em]";
export const blockLink = "inline-flex min-h-11 items-center py-1 break-all";

export function Code({ children }: { children: ReactNode }) {
  return <code className={codeClass}>{children}</code>;
}

export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section>
      <h2 id={id} className={h2}>
        {title}
      </h2>
      {children}
    </section>
  );
}
