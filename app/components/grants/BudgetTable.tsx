import { kroner } from "~/components/grants/format";
import { DataTable, Td, Th } from "~/components/ui/DataTable";
import { useT } from "~/i18n";

/**
 * An application's budget as its lines and their total: the same table for the applicant, the
 * administrator and the group; each page gives its own words.
 */
export function BudgetTable({
  lines,
  words,
  captionHidden = false,
  className = "mt-4",
}: {
  lines: readonly { description: string; amountOre: number }[];
  words: { caption: string; what: string; amount: string; total: string };
  captionHidden?: boolean;
  className?: string;
}) {
  const t = useT();
  const total = lines.reduce((sum, l) => sum + l.amountOre, 0);
  return (
    <DataTable caption={words.caption} captionHidden={captionHidden} className={className}>
      <thead>
        <tr>
          <Th>{words.what}</Th>
          <Th numeric>{words.amount}</Th>
        </tr>
      </thead>
      <tbody>
        {lines.map((l, i) => (
          <tr key={i}>
            <Td className="[overflow-wrap:anywhere]">{l.description}</Td>
            <Td numeric>{kroner(l.amountOre, t)}</Td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <Th scope="row">{words.total}</Th>
          <Td numeric className="font-semibold">
            {kroner(total, t)}
          </Td>
        </tr>
      </tfoot>
    </DataTable>
  );
}
