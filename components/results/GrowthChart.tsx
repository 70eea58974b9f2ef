import './results.css';
import type { YearFigures } from '@/lib/results/figures';

type Labels = { buildings: string; cities: string; title: string; summary: string };

const BAR = 18;
const GAP = 4;
const GROUP_GAP = 28;
const TOP = 28;
const CHART_HEIGHT = 160;
const AXIS = 28;

/**
 * Buildings and cities per campaign as grouped bars, drawn as SVG on the
 * server (no script). Each bar carries its number as text, and the table
 * beside the chart holds the same figures: the chart is for the eye, the
 * table for everyone.
 */
export function GrowthChart({ years, labels }: { years: YearFigures[]; labels: Labels }) {
  const max = Math.max(1, ...years.map((y) => Math.max(y.buildings, y.cities)));
  const groupWidth = BAR * 2 + GAP;
  const width = Math.max(240, years.length * (groupWidth + GROUP_GAP) + GROUP_GAP);
  const height = TOP + CHART_HEIGHT + AXIS;
  const barHeight = (v: number) => Math.round((v / max) * CHART_HEIGHT);
  const base = TOP + CHART_HEIGHT;
  return (
    <svg className="growth-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="growth-title growth-summary" preserveAspectRatio="xMinYMin meet">
      <title id="growth-title">{labels.title}</title>
      <desc id="growth-summary">{labels.summary}</desc>
      <line x1={0} x2={width} y1={base} y2={base} className="growth-chart__axis" />
      {years.map((y, i) => {
        const x = GROUP_GAP + i * (groupWidth + GROUP_GAP);
        const bars = [
          { key: 'buildings', value: y.buildings, x, className: 'growth-chart__bar growth-chart__bar--buildings', label: labels.buildings },
          { key: 'cities', value: y.cities, x: x + BAR + GAP, className: 'growth-chart__bar growth-chart__bar--cities', label: labels.cities },
        ];
        return (
          <g key={y.year}>
            {bars.map((b) => (
              <g key={b.key}>
                <rect x={b.x} y={base - barHeight(b.value)} width={BAR} height={barHeight(b.value)} className={b.className}>
                  <title>{`${y.year} · ${b.label}: ${b.value}`}</title>
                </rect>
                <text x={b.x + BAR / 2} y={base - barHeight(b.value) - 6} textAnchor="middle" className="growth-chart__value">
                  {b.value}
                </text>
              </g>
            ))}
            <text x={x + groupWidth / 2} y={base + 20} textAnchor="middle" className="growth-chart__year">
              {y.year}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
