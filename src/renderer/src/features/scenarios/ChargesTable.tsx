import { UnstyledButton } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale, type Language } from '../../format/locales';
import { matchesWords, searchWords } from '../../format/search';
import { formatMoney } from '../../../../shared/format/numbers';
import { signedDelta, type ChargeRow, type ComponentColumn } from './studio-model';

const ROW_HEIGHT = 32;

type SortKey = 'name' | 'net' | 'delta';

const moneyTexts = new Map<string, Map<number, string>>();

/** formatMoney, remembered per currency and language (a bounded cache: it is emptied when it grows large). */
function cachedMoney(minor: number, currency: string, language: Language): string {
  const key = `${currency}|${language}`;
  let texts = moneyTexts.get(key);
  if (!texts) moneyTexts.set(key, (texts = new Map()));
  let text = texts.get(minor);
  if (text === undefined) {
    if (texts.size >= 4000) texts.clear();
    text = formatMoney(minor, currency, language);
    texts.set(minor, text);
  }
  return text;
}

interface Props {
  rows: readonly ChargeRow[];
  columns: readonly ComponentColumn[];
  currency: string;
  language: Language;
  onExplain: (memberId: string) => void;
  /** The year shown (named where the baseline has no figures for it). */
  year: number;
  /** Words a shown member's name must contain (the table's search); the totals stay those of every member. */
  search?: string;
  /** baseline and delta are null when the baseline does not cover the year. */
  totals: { gross: number; subsidies: number; net: number; baseline: number | null; delta: number | null; components: Record<string, number>; adjustment: number; memberAdjustment: number };
}

/**
 * The width the longest of these amounts needs, as written (sign included), in the table's own
 * figures: tabular digits are each 1ch wide; one more ch for a sign or a wide letter, and the cell's padding.
 */
function moneyWidth(amounts: Iterable<number | null | undefined>, money: (minor: number) => string): string {
  let largest = 0;
  for (const amount of amounts) if (amount !== null && amount !== undefined && Math.abs(amount) > largest) largest = Math.abs(amount);
  return `calc(${money(-largest).length + 2}ch + 22px)`;
}

/** A sortable value for a row's change: rows without a baseline sort below every change. */
const deltaValue = (row: ChargeRow): number => row.delta ?? Number.NEGATIVE_INFINITY;

/**
 * Every member's charge for the chosen year: one column per component, subsidies, what the
 * member pays and the change against the baseline. Virtualised: 400 rows cost what 25 do.
 */
export const ChargesTable = memo(function ChargesTable({ rows, columns, currency, language, onExplain, year, totals, search = '' }: Props) {
  const { t } = useTranslation();
  // The totals row sits below the scrolling rows but belongs to the grid (aria-owns).
  const totalRowId = useId();
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: 'name', desc: false });
  const collator = useMemo(() => new Intl.Collator(intlLocale(language)), [language]);
  // Each member's place in name order, worked out once per set of names (a slider step keeps them):
  // the sort per step then compares numbers, not strings.
  const namesKey = rows.map((r) => `${r.id}\u0000${r.name}`).join('\u0001');
  const nameRank = useMemo(() => {
    const entries = namesKey === '' ? [] : namesKey.split('\u0001').map((entry) => entry.split('\u0000') as [string, string]);
    const ordered = entries.map((entry, index) => ({ id: entry[0], name: entry[1], index })).sort((a, b) => collator.compare(a.name, b.name) || a.index - b.index);
    return new Map(ordered.map((entry, rank) => [entry.id, rank]));
  }, [namesKey, collator]);
  const sorted = useMemo(() => {
    const words = searchWords(search);
    const out = words.length === 0 ? [...rows] : rows.filter((row) => matchesWords(words, row.name));
    const dir = sort.desc ? -1 : 1;
    const rank = (row: ChargeRow) => nameRank.get(row.id) ?? 0;
    const value = (row: ChargeRow) => (sort.key === 'delta' ? deltaValue(row) : row.net);
    out.sort((a, b) => (sort.key === 'name' ? rank(a) - rank(b) : value(a) - value(b) || rank(a) - rank(b)) * dir);
    return out;
  }, [rows, sort, nameRank, search]);
  const showAdjustment = rows.some((r) => r.roundingAdjustment !== 0);
  // Surcharges and discounts are part of gross: shown, the columns add up to what the member pays before subsidies.
  const showMemberAdjustment = rows.some((r) => r.memberAdjustment !== 0);
  // Formatting an amount costs more than drawing its cell; most amounts (the baseline, most components) repeat from step to step.
  const money = (minor: number) => cachedMoney(minor, currency, language);
  // A money column is never narrower than its longest amount (the total, or a member's), so no figure is ever cut;
  // the table scrolls sideways, rows and totals together, when its columns do not fit.
  const fits = (amounts: Iterable<number | null | undefined>, atLeast = 0) => `max(${atLeast}px, ${moneyWidth(amounts, money)})`;
  const noBaselineRows = rows.some((r) => r.delta === null);
  const tracks: [string, string][] = [
    ['120px', '1.4fr'],
    ...columns.map((c): [string, string] => [fits([totals.components[c.id], ...rows.map((r) => r.components[c.id])], 84), '1fr']),
    ...(showAdjustment ? [[fits([totals.adjustment, ...rows.map((r) => r.roundingAdjustment)], 76), '0fr'] as [string, string]] : []),
    ...(showMemberAdjustment ? [[fits([totals.memberAdjustment, ...rows.map((r) => r.memberAdjustment)], 84), '0.7fr'] as [string, string]] : []),
    [fits([totals.subsidies, ...rows.map((r) => r.subsidies)], 64), '0.7fr'],
    [fits([totals.net, ...rows.map((r) => r.net)], 96), '1fr'],
    [fits([totals.baseline, ...rows.map((r) => r.baseline)], 96), '1fr'],
    // Without a baseline for the year the change column says so in words: it gets the room for them.
    noBaselineRows ? ['164px', '1.3fr'] : [fits([totals.delta, ...rows.map((r) => r.delta)], 88), '1fr'],
    ['64px', '0fr'],
  ];
  const template = tracks.map(([min, fr]) => (fr === '0fr' ? min : `minmax(${min}, ${fr})`)).join(' ');
  const minWidth = `calc(${tracks.map(([min]) => min).join(' + ')})`;
  // The row labels, translated once per language rather than once per visible row and step.
  const labels = useMemo(
    () => ({ why: t('studio.why.button'), notCharged: t('studio.table.notCharged'), observer: t('role.observer'), noBaseline: t('studio.table.noBaseline', { year }), noBaselineShort: t('studio.table.noBaselineShort'), whyFor: new Map<string, string>() }),
    [t, year],
  );
  const whyFor = (name: string) => {
    let label = labels.whyFor.get(name);
    if (label === undefined) labels.whyFor.set(name, (label = t('studio.why.buttonFor', { name })));
    return label;
  };

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: sorted.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 8 });

  const header = (key: SortKey | null, label: string, right = true) => {
    const active = key !== null && sort.key === key;
    return (
      <div role="columnheader" className={right ? 'cell cell-right' : 'cell'} aria-sort={active ? (sort.desc ? 'descending' : 'ascending') : 'none'}>
        {key === null ? (
          <span className="header-label">{label}</span>
        ) : (
          <UnstyledButton className="sort-button" tabIndex={-1} onClick={() => setSort({ key, desc: active ? !sort.desc : key !== 'name' })}>
            <span className="header-label">{label}</span>
            <span className="sort-mark" aria-hidden>
              {active ? (sort.desc ? '▼' : '▲') : ''}
            </span>
          </UnstyledButton>
        )}
      </div>
    );
  };

  return (
    <div className="charges-table">
     <div className="charges-inner" style={{ minWidth }}>
      <div ref={scrollRef} className="grid-scroll charges-scroll" role="grid" aria-owns={totalRowId} aria-label={t('studio.table.label')} aria-rowcount={sorted.length + 2} data-testid="charges-table">
        <div className="grid-header" role="row" style={{ gridTemplateColumns: template }}>
          {header('name', t('studio.table.member'), false)}
          {columns.map((c) => (
            <div key={c.id} role="columnheader" className="cell cell-right" title={c.label}>
              <span className="header-label">{c.label}</span>
            </div>
          ))}
          {showAdjustment && header(null, t('studio.table.adjustment'))}
          {showMemberAdjustment && header(null, t('studio.table.memberAdjustment'))}
          {header(null, t('studio.table.subsidies'))}
          {header('net', t('studio.table.net'))}
          {header(null, t('studio.table.baseline'))}
          {header('delta', t('studio.table.delta'))}
          <div role="columnheader" className="cell" />
        </div>
        <div className="grid-body" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = sorted[item.index];
            if (!row) return null;
            return (
              <div
                key={row.id}
                role="row"
                data-member-id={row.id}
                className={`grid-row${item.index % 2 ? ' grid-row-odd' : ''}${row.charged ? '' : ' row-not-charged'}`}
                style={{ gridTemplateColumns: template, transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
              >
                <div role="gridcell" className="cell">
                  <span className="cell-clip">{row.name}</span>
                  {!row.charged && <span className="role-note">{row.role === 'observer' ? labels.observer : labels.notCharged}</span>}
                </div>
                {columns.map((c) => (
                  <div key={c.id} role="gridcell" className="cell cell-right num">
                    {row.components[c.id] === undefined ? '' : money(row.components[c.id] ?? 0)}
                  </div>
                ))}
                {showAdjustment && (
                  <div role="gridcell" className="cell cell-right num dimmed-num">
                    {row.roundingAdjustment === 0 ? '' : money(row.roundingAdjustment)}
                  </div>
                )}
                {showMemberAdjustment && (
                  <div role="gridcell" className="cell cell-right num" data-testid="cell-member-adjustment">
                    {row.memberAdjustment === 0 ? '' : money(row.memberAdjustment)}
                  </div>
                )}
                <div role="gridcell" className="cell cell-right num">
                  {row.subsidies === 0 ? '' : money(-row.subsidies)}
                </div>
                <div role="gridcell" className="cell cell-right num strong" data-testid="cell-net">
                  {money(row.net)}
                </div>
                <div role="gridcell" className="cell cell-right num dimmed-num">
                  {row.baseline === null ? '—' : money(row.baseline)}
                </div>
                {row.delta === null ? (
                  <div role="gridcell" className="cell cell-right dimmed-num no-baseline" title={labels.noBaseline} data-testid="cell-delta">
                    <span className="cell-clip">{labels.noBaselineShort}</span>
                  </div>
                ) : (
                  <div role="gridcell" className={`cell cell-right num ${row.delta > 0 ? 'delta-up' : row.delta < 0 ? 'delta-down' : 'dimmed-num'}`} data-testid="cell-delta">
                    {signedDelta(row.delta, money)}
                  </div>
                )}
                <div role="gridcell" className="cell cell-right">
                  {row.charged && (
                    <UnstyledButton className="why-button" onClick={() => onExplain(row.id)} aria-label={whyFor(row.name)} data-testid="why-button">
                      {labels.why}
                    </UnstyledButton>
                  )}
                </div>
              </div>
            );
          })}
        </div>
      </div>
      <div className="grid-row grid-footer" role="row" id={totalRowId} style={{ gridTemplateColumns: template }} data-testid="charges-total">
        <div role="gridcell" className="cell strong">
          {t('studio.table.total', { count: rows.filter((r) => r.charged).length })}
        </div>
        {columns.map((c) => (
          <div key={c.id} role="gridcell" className="cell cell-right num">
            {money(totals.components[c.id] ?? 0)}
          </div>
        ))}
        {showAdjustment && (
          <div role="gridcell" className="cell cell-right num">
            {money(totals.adjustment)}
          </div>
        )}
        {showMemberAdjustment && (
          <div role="gridcell" className="cell cell-right num">
            {money(totals.memberAdjustment)}
          </div>
        )}
        <div role="gridcell" className="cell cell-right num">
          {totals.subsidies === 0 ? '' : money(-totals.subsidies)}
        </div>
        <div role="gridcell" className="cell cell-right num strong" data-testid="total-net">
          {money(totals.net)}
        </div>
        <div role="gridcell" className="cell cell-right num">
          {totals.baseline === null ? '—' : money(totals.baseline)}
        </div>
        <div role="gridcell" className="cell cell-right num" data-testid="total-delta" title={totals.delta === null ? labels.noBaseline : undefined}>
          {totals.delta === null ? labels.noBaselineShort : signedDelta(totals.delta, money)}
        </div>
        <div role="gridcell" className="cell" />
      </div>
     </div>
    </div>
  );
});
