import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { ScrollRegion } from "@/components/ui/scroll-region";

/** The numbers behind a chart, for anyone who prefers (or needs) text; open by choice, never hover-only. */
export function ChartDataTable({
  caption,
  headers,
  rows,
}: {
  caption: string;
  headers: readonly string[];
  rows: readonly { key: string; cells: readonly ReactNode[] }[];
}) {
  const t = useTranslations("progress");
  return (
    <details className="mt-3 text-sm">
      <summary className="cursor-pointer rounded font-medium text-brand-700 hover:text-brand-800">{t("showNumbers")}</summary>
      <ScrollRegion label={caption} className="mt-2 max-h-72 overflow-auto">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr className="border-b border-stone-300">
              {headers.map((header) => (
                <th key={header} scope="col" className="py-1 pr-3 font-semibold text-stone-800">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} className="border-b border-stone-100">
                {row.cells.map((cell, i) =>
                  i === 0 ? (
                    <th key={i} scope="row" className="py-1 pr-3 font-normal text-stone-800">
                      {cell}
                    </th>
                  ) : (
                    <td key={i} className="py-1 pr-3 tabular-nums text-stone-800">
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </details>
  );
}
