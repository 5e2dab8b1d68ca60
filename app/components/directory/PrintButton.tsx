import { useEffect, useState } from "react";
import { Button } from "~/components/ui/Button";

/** Opens the browser's print dialog. Rendered only once JavaScript runs, since it needs it. */
export function PrintButton({ label }: { label: string }) {
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  if (!ready) return null;
  return (
    <Button type="button" variant="secondary" onClick={() => window.print()} className="no-print">
      {label}
    </Button>
  );
}
