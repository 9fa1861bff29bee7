import { BarChart } from '@mui/x-charts/BarChart';
import { formatIndicatorValue } from '../../shared/format';
import { BreakdownTable, type BreakdownView } from '../indicators';
import { ChartFrame } from './ChartFrame';

/** Bars drawn at most (the table lists every member). */
const MAX_BARS = 15;
const BAR_HEIGHT = 26;
const MONTHS = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];

interface Props {
  indicatorKey: string;
  indicatorLabel: string;
  breakdown: BreakdownView;
  unit: string;
  onSelect?: (member: string, memberLabel: string) => void;
}

/**
 * A breakdown as a bar chart and a table of the same figures. Months keep the calendar's order; communes and
 * categories are sorted, largest first. A bar or a row opens the records behind it.
 */
export function BreakdownChart({ indicatorKey, indicatorLabel, breakdown, unit, onSelect }: Props) {
  const monthly = breakdown.dimension === 'month';
  const items = monthly ? breakdown.items : [...breakdown.items].sort((a, b) => b.value - a.value);
  const drawn = items.slice(0, MAX_BARS);
  const format = (v: number | null) => formatIndicatorValue(v, unit);
  const click = onSelect
    ? (_: unknown, bar: { dataIndex: number }) => {
        const item = drawn[bar.dataIndex];
        if (item) onSelect(item.member, item.label);
      }
    : undefined;
  const series = [{ id: 'value', data: drawn.map((i) => i.value), label: indicatorLabel, valueFormatter: format }];
  const chart = monthly ? (
    <BarChart
      height={220}
      hideLegend
      xAxis={[{ scaleType: 'band', data: drawn.map((i) => MONTHS[Number(i.member) - 1] ?? i.label) }]}
      series={series}
      onItemClick={click}
    />
  ) : (
    <BarChart
      height={Math.max(120, drawn.length * BAR_HEIGHT + 50)}
      layout="horizontal"
      hideLegend
      yAxis={[{ scaleType: 'band', data: drawn.map((i) => i.label), width: 140 }]}
      series={series}
      onItemClick={click}
    />
  );
  const title = breakdown.label;
  return (
    <ChartFrame
      title={title}
      fileName={`${indicatorKey}-${breakdown.dimension}`}
      chart={
        drawn.length ? (
          <div data-testid={`chart-${breakdown.dimension}`}>{chart}</div>
        ) : (
          <p>Aucune donnée sur la période.</p>
        )
      }
      table={<BreakdownTable breakdown={{ ...breakdown, items }} unit={unit} onSelect={onSelect} />}
    />
  );
}
