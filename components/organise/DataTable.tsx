import type { ReactNode } from 'react';

/** A column's heading; numbers are right-aligned (`num`). */
export type DataColumn = string | { label: string; className: string };

/**
 * A table of the organisers' console: its caption, one row of column headings,
 * and the rows the page renders (each cell with its column's name in
 * `data-label`, which a phone shows in front of the value).
 */
export function DataTable({ caption, columns, className, children }: { caption?: ReactNode; columns: readonly DataColumn[]; className?: string; children: ReactNode }) {
  return (
    <table className={className ? `data ${className}` : 'data'}>
      {caption ? <caption>{caption}</caption> : null}
      <thead>
        <tr>
          {columns.map((column) =>
            typeof column === 'string' ? (
              <th key={column} scope="col">
                {column}
              </th>
            ) : (
              <th key={column.label} scope="col" className={column.className}>
                {column.label}
              </th>
            ),
          )}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
