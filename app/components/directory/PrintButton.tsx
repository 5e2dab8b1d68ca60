import { useEffect, useState } from "react";

/** Opens the browser's print dialog. Rendered only once JavaScript runs, since it needs it. */
export function PrintButton({ label }: { label: string }) {
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  if (!ready) return null;
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="no-print inline-flex min-h-11 items-center rounded border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50"
    >
      {label}
    </button>
  );
}
