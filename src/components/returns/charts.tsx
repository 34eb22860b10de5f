/**
 * Two small SVG charts. Each is an image with a one-sentence text alternative; the tables next to them
 * carry the same numbers for screen readers and for print.
 */
import { weekLabel } from '../../lib/returns/present';

interface Bar {
  label: string;
  count: number;
}

const ROW = 26;
const LABEL_W = 92;
const WIDTH = 320;

export function BarChart({ bars, title }: { bars: Bar[]; title: string }) {
  const max = Math.max(1, ...bars.map((b) => b.count));
  const barSpace = WIDTH - LABEL_W - 40;
  return (
    <svg class="returns-chart" viewBox={`0 0 ${WIDTH} ${bars.length * ROW}`} role="img" aria-label={title}>
      {bars.map((b, i) => (
        <g key={b.label} transform={`translate(0 ${i * ROW})`}>
          <text class="returns-chart-label" x={LABEL_W - 6} y={ROW / 2 + 4} text-anchor="end">
            {b.label.length > 7 ? `${b.label.slice(0, 6)}…` : b.label}
          </text>
          <rect class="returns-bar" x={LABEL_W} y={5} height={ROW - 10} width={Math.max(1, (b.count / max) * barSpace)} rx={2} />
          <text class="returns-chart-value" x={LABEL_W + (b.count / max) * barSpace + 4} y={ROW / 2 + 4}>
            {b.count}
          </text>
        </g>
      ))}
    </svg>
  );
}

const TREND_H = 110;

export function WeeklyChart({ weeks, title }: { weeks: { week: string; count: number }[]; title: string }) {
  const max = Math.max(1, ...weeks.map((w) => w.count));
  const step = WIDTH / Math.max(weeks.length, 1);
  const plot = TREND_H - 22;
  return (
    <svg class="returns-chart" viewBox={`0 0 ${WIDTH} ${TREND_H}`} role="img" aria-label={title}>
      <line class="returns-axis" x1={0} x2={WIDTH} y1={plot + 0.5} y2={plot + 0.5} />
      {weeks.map((w, i) => {
        const h = (w.count / max) * (plot - 14);
        return <rect key={w.week} class="returns-bar" x={i * step + step * 0.15} width={Math.max(step * 0.7, 1)} y={plot - h} height={h} />;
      })}
      {weeks.length > 0 && (
        <>
          <text class="returns-chart-label" x={0} y={TREND_H - 4}>{weekLabel(weeks[0]!.week)}</text>
          <text class="returns-chart-label" x={WIDTH} y={TREND_H - 4} text-anchor="end">{weekLabel(weeks.at(-1)!.week)}</text>
          <text class="returns-chart-value" x={0} y={10}>最多 {max} 件/周</text>
        </>
      )}
    </svg>
  );
}
