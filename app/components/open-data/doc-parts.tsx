/**
 * The pieces the open-data documentation (/apne-data) is written with: its headings and code, styled
 * once for every section of the page (its tables are DataTables, app/components/ui/DataTable.tsx).
 */
import type { ReactNode } from "react";

export const h2 = "mt-12 scroll-mt-4 text-2xl font-bold";
export const h3 = "mt-8 scroll-mt-4 text-xl font-semibold";
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
