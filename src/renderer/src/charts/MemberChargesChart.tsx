import { memo, useMemo, useState, type MouseEvent } from 'react';
import { formatMoney } from '../../../shared/format/numbers';
import type { Language } from '../format/locales';
import { colours, compactMajor } from './chart-format';
import { niceTicks } from './nice-ticks';
import { useWidth } from './use-width';

export interface MemberBar {
  id: string;
  name: string;
  value: number;
}

interface Props {
  data: readonly MemberBar[];
  currency: string;
  language: Language;
  height: number;
  /** Diverging: increases and decreases in two colours around zero. */
  diverging?: boolean;
  valueLabel: string;
}

// The layout recharts gave these charts (margins, a 128 px name axis, a 30 px value axis, 3 px between bars).
const MARGIN = { top: 4, right: 16, bottom: 4, left: 4 };
const NAME_AXIS = 128;
const VALUE_AXIS = 30;
const GAP = 3;
const TICK = 6;
const OTHERS_FILL = '#a9b8c0';

function fillOf(bar: MemberBar, diverging: boolean): string {
  if (diverging) return bar.value > 0 ? colours.increase : colours.decrease;
  return bar.id === '__others' ? OTHERS_FILL : colours.primary;
}

/** A bar with its far end rounded (2 px), as recharts drew `radius={[0, 2, 2, 0]}`. */
function roundedEnd(x: number, y: number, width: number, height: number): string {
  const r = Math.min(2, width / 2, height / 2);
  return `M${x},${y}h${width - r}a${r},${r} 0 0 1 ${r},${r}v${height - 2 * r}a${r},${r} 0 0 1 ${-r},${r}h${r - width}Z`;
}

/**
 * Members as horizontal bars, sorted (what each pays, or how much that changes): a plain SVG
 * drawn from the numbers, with recharts' look (axes, grid, hover band, tooltip). It sits on the
 * slider's path, where a general chart library's layout pass per step cost several frames; this
 * one measures its width only when resized and redraws a few dozen elements per step.
 */
export const MemberChargesChart = memo(function MemberChargesChart({ data, currency, language, height, diverging = false, valueLabel }: Props) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const [hover, setHover] = useState<{ index: number; x: number; y: number } | null>(null);

  const scale = useMemo(() => {
    let min = 0;
    let max = 0;
    for (const d of data) {
      if (d.value < min) min = d.value;
      if (d.value > max) max = d.value;
    }
    const ticks = diverging ? niceTicks(min, max) : niceTicks(0, max);
    return { ticks, lo: ticks[0] ?? 0, hi: ticks[ticks.length - 1] ?? 1 };
  }, [data, diverging]);

  const left = MARGIN.left + NAME_AXIS;
  const right = Math.max(left + 1, width - MARGIN.right);
  const top = MARGIN.top;
  const bottom = height - MARGIN.bottom - VALUE_AXIS;
  const band = data.length > 0 ? (bottom - top) / data.length : 0;
  const barHeight = Math.max(0, band - 2 * GAP);
  const span = scale.hi - scale.lo || 1;
  const x = (value: number) => left + ((value - scale.lo) / span) * (right - left);
  const zero = x(0);
  const active = hover !== null ? data[hover.index] : undefined;

  const onMove = (event: MouseEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const px = event.clientX - box.left;
    const py = event.clientY - box.top;
    const index = Math.floor((py - top) / band);
    if (px < left || px > right || index < 0 || index >= data.length || band <= 0) setHover(null);
    else setHover({ index, x: px, y: py });
  };

  return (
    <div ref={ref} className="bar-chart" style={{ position: 'relative', width: '100%', height }}>
      {width > 0 && (
        <svg className="bar-chart-surface" width={width} height={height} viewBox={`0 0 ${width} ${height}`} onMouseMove={onMove} onMouseLeave={() => setHover(null)}>
          <g className="bar-chart-grid">
            {scale.ticks.map((tick) => (
              <line key={tick} x1={x(tick)} x2={x(tick)} y1={top} y2={bottom} stroke={colours.grid} />
            ))}
          </g>
          {active && <rect className="bar-chart-cursor" x={left} y={top + (hover?.index ?? 0) * band} width={right - left} height={band} fill="rgba(29,110,132,0.06)" />}
          <g className="bar-chart-bars">
            {data.map((d, i) => {
              const x0 = Math.min(zero, x(d.value));
              const w = Math.abs(x(d.value) - zero);
              const y = top + i * band + GAP;
              const fill = fillOf(d, diverging);
              return diverging || d.value < 0 ? (
                <rect key={d.id} className="bar-rect" data-member-id={d.id} x={x0} y={y} width={w} height={barHeight} fill={fill} />
              ) : (
                <path key={d.id} className="bar-rect" data-member-id={d.id} d={roundedEnd(x0, y, w, barHeight)} fill={fill} />
              );
            })}
          </g>
          <g className="bar-chart-names" fontSize={11} fill="#343a40">
            <line x1={left} x2={left} y1={top} y2={bottom} stroke={colours.grid} />
            {data.map((d, i) => {
              const y = top + (i + 0.5) * band;
              return (
                <g key={d.id}>
                  <line x1={left - TICK} x2={left} y1={y} y2={y} stroke={colours.grid} />
                  <text x={left - TICK - 2} y={y} dy="0.355em" textAnchor="end">
                    {d.name}
                  </text>
                </g>
              );
            })}
          </g>
          <g className="bar-chart-values" fontSize={11} fill={colours.axis}>
            <line x1={left} x2={right} y1={bottom} y2={bottom} stroke={colours.grid} />
            {scale.ticks.map((tick, i) => (
              <g key={tick}>
                <line x1={x(tick)} x2={x(tick)} y1={bottom} y2={bottom + TICK} stroke={colours.grid} />
                {/* The last label ends at its tick, so it is never cut at the chart's right edge. */}
                <text x={x(tick)} y={bottom + TICK + 2} dy="0.71em" textAnchor={i === scale.ticks.length - 1 ? 'end' : 'middle'}>
                  {compactMajor(tick, language)}
                </text>
              </g>
            ))}
          </g>
        </svg>
      )}
      {active && hover && (
        <div
          className="bar-chart-tooltip"
          role="status"
          style={{
            position: 'absolute',
            pointerEvents: 'none',
            left: Math.min(hover.x + 10, Math.max(0, width - 200)),
            top: Math.min(hover.y + 10, Math.max(0, height - 60)),
            margin: 0,
            padding: 10,
            background: '#fff',
            border: '1px solid #ccc',
            whiteSpace: 'nowrap',
            fontSize: 12,
            zIndex: 1,
          }}
        >
          <p style={{ margin: 0 }}>{active.name}</p>
          <p style={{ margin: 0, paddingTop: 4, paddingBottom: 4, color: '#000' }}>
            {valueLabel} : {formatMoney(active.value, currency, language)}
          </p>
        </div>
      )}
    </div>
  );
});
