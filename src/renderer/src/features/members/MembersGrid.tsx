import { UnstyledButton } from '@mantine/core';
import { flexRender, getCoreRowModel, getSortedRowModel, useReactTable, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberListRow } from '../../../../shared/api/channels/members.channels';
import { useMemberColumns, type ColumnMeta } from './member-columns';

const ROW_HEIGHT = 34;

interface MembersGridProps {
  rows: MemberListRow[];
  selectedId: number | null;
  onSelect: (organisationId: number) => void;
  onOpen: (organisationId: number) => void;
}

/**
 * The member grid: sortable columns, virtualised rows (only what is on screen is in the DOM,
 * so 400 or 4 000 members scroll alike), and a keyboard model of one selected row.
 */
export function MembersGrid({ rows, selectedId, onSelect, onOpen }: MembersGridProps) {
  const { t } = useTranslation();
  const columns = useMemberColumns();
  const [sorting, setSorting] = useState<SortingState>([{ id: 'name', desc: false }]);
  // TanStack Table returns functions React Compiler cannot memoise; the grid re-renders with them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: rows,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: (row) => String(row.organisationId),
  });
  const sortedRows = table.getRowModel().rows;
  const template = table
    .getVisibleLeafColumns()
    .map((column) => (column.columnDef.meta as ColumnMeta | undefined)?.track ?? '1fr')
    .join(' ');

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: sortedRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });

  const selectedIndex = selectedId === null ? -1 : sortedRows.findIndex((row) => row.original.organisationId === selectedId);

  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  const moveTo = useCallback(
    (index: number) => {
      const row = sortedRows[Math.max(0, Math.min(sortedRows.length - 1, index))];
      if (row) onSelect(row.original.organisationId);
    },
    [sortedRows, onSelect],
  );

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    // Keys on a column's sort button (a Tab stop of its own) are the button's, not the rows'.
    if (event.target !== event.currentTarget) return;
    const pageSize = Math.max(1, Math.floor(event.currentTarget.clientHeight / ROW_HEIGHT) - 2);
    const moves: Record<string, number | undefined> = {
      ArrowDown: selectedIndex + 1,
      ArrowUp: selectedIndex < 0 ? 0 : selectedIndex - 1,
      PageDown: selectedIndex + pageSize,
      PageUp: selectedIndex - pageSize,
      Home: 0,
      End: sortedRows.length - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
    } else if (event.key === 'Enter' && selectedId !== null && selectedIndex >= 0) {
      event.preventDefault();
      onOpen(selectedId);
    }
  }

  return (
    <div
      ref={scrollRef}
      className="grid-scroll"
      role="grid"
      aria-label={t('members.title')}
      aria-rowcount={sortedRows.length + 1}
      aria-colcount={columns.length}
      aria-activedescendant={selectedIndex >= 0 ? `member-row-${selectedId}` : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      data-testid="members-grid"
    >
      <div className="grid-header" role="row" aria-rowindex={1} style={{ gridTemplateColumns: template }}>
        {table.getHeaderGroups()[0]?.headers.map((header) => {
          const meta = header.column.columnDef.meta as ColumnMeta | undefined;
          const sorted = header.column.getIsSorted();
          return (
            <div
              key={header.id}
              role="columnheader"
              aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
              className={meta?.align === 'right' ? 'cell cell-right' : 'cell'}
            >
              <UnstyledButton
                className="sort-button"
                onClick={header.column.getToggleSortingHandler()}
                title={sorted ? t(sorted === 'asc' ? 'members.sortAscending' : 'members.sortDescending') : undefined}
              >
                <span className="header-label">{flexRender(header.column.columnDef.header, header.getContext())}</span>
                <span className="sort-mark" aria-hidden>
                  {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                </span>
              </UnstyledButton>
            </div>
          );
        })}
      </div>
      <div className="grid-body" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = sortedRows[item.index];
          if (!row) return null;
          const id = row.original.organisationId;
          const selected = id === selectedId;
          return (
            <div
              key={row.id}
              id={`member-row-${id}`}
              role="row"
              aria-rowindex={item.index + 2}
              aria-selected={selected}
              data-organisation-id={id}
              className={selected ? 'grid-row grid-row-selected' : item.index % 2 ? 'grid-row grid-row-odd' : 'grid-row'}
              style={{ gridTemplateColumns: template, transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
              onClick={() => onSelect(id)}
              onDoubleClick={() => onOpen(id)}
            >
              {row.getVisibleCells().map((cell) => {
                const meta = cell.column.columnDef.meta as ColumnMeta | undefined;
                return (
                  <div key={cell.id} role="gridcell" className={meta?.align === 'right' ? 'cell cell-right num' : 'cell'}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>
    </div>
  );
}
