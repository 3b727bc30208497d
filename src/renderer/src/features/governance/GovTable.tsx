import type { ReactNode } from 'react';

export interface GovColumn {
  readonly label: ReactNode;
  /** A column of numbers: right-aligned. */
  readonly numeric?: boolean;
}

/** A governance list as a table in its scrolling frame: the column headings, then the caller's rows. */
export function GovTable({ className, testId, columns, children }: { className?: string; testId: string; columns: readonly GovColumn[]; children: ReactNode }) {
  return (
    <div className="gov-table-wrap">
      <table className={className ? `gov-table ${className}` : 'gov-table'} data-testid={testId}>
        <thead>
          <tr>
            {columns.map((column, i) => (
              <th key={i} className={column.numeric ? 'num-col' : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
