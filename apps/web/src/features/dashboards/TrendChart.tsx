import { Chip, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { formatIndicatorValue } from '../../shared/format';
import { ChartFrame } from './ChartFrame';
import type { SeriesView } from './types';

const COMPUTED_COLOR = '#1565c0';
const DECLARED_COLOR = '#9e9e9e';

/**
 * A key figure over the last full years: computed years in blue, declared ones (before the system, or entered
 * by the directorate) in grey, each with its source in the table.
 */
export function TrendChart({ label, series }: { label: string; series: SeriesView }) {
  // from the first year with a figure: the years before had neither records nor a declared value
  const first = series.points.findIndex((p) => p.value !== null && (p.value !== 0 || p.declared));
  if (first < 0) return null;
  const points = series.points.slice(first);
  const format = (v: number | null) => formatIndicatorValue(v, series.unit);
  const years = points.map((p) => String(p.year));
  const chart = (
    <BarChart
      height={220}
      hideLegend
      xAxis={[
        {
          scaleType: 'band',
          data: years,
          colorMap: {
            type: 'ordinal',
            values: years,
            colors: points.map((p) => (p.declared ? DECLARED_COLOR : COMPUTED_COLOR)),
          },
        },
      ]}
      series={[{ data: points.map((p) => p.value), label, valueFormatter: format }]}
    />
  );
  const table = (
    <Table size="small" aria-label={`${label} : historique`}>
      <TableHead>
        <TableRow>
          <TableCell>Année</TableCell>
          <TableCell align="right">Valeur</TableCell>
          <TableCell>Origine</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {points.map((p) => (
          <TableRow key={p.year}>
            <TableCell>{p.year}</TableCell>
            <TableCell align="right">{format(p.value)}</TableCell>
            <TableCell>
              {p.declared ? (
                <>
                  <Chip size="small" label="déclaré" variant="outlined" /> {p.source ?? ''}
                </>
              ) : (
                'calculé'
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
  return (
    <ChartFrame
      title={`Sur ${points.length} ans${points.some((p) => p.declared) ? ' (en gris : valeurs déclarées)' : ''}`}
      fileName={`${series.key}-historique`}
      chart={chart}
      table={table}
    />
  );
}
