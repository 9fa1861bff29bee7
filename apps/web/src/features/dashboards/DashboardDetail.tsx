import { Grid, Stack, Typography } from '@mui/material';
import { BreakdownChart } from './BreakdownChart';
import { TrendChart } from './TrendChart';
import type { FigureView, SeriesView } from './types';

interface Props {
  figure: FigureView;
  series: SeriesView | undefined;
  onDrill: (dimension: string, member: string, memberLabel: string) => void;
}

/** The selected key figure: by month, by commune and category (sorted bars), and over the years. */
export function DashboardDetail({ figure, series, onDrill }: Props) {
  const drill = figure.drillable ? onDrill : undefined;
  return (
    <Stack spacing={1.5} component="section" aria-label={`Détail : ${figure.label}`}>
      <Typography variant="h6" component="h2">
        {figure.label}
      </Typography>
      {figure.description && (
        <Typography variant="body2" color="text.secondary">
          {figure.description}
        </Typography>
      )}
      <Grid container spacing={1.5}>
        {figure.breakdowns.map((b) => (
          <Grid key={b.dimension} size={{ xs: 12, lg: b.dimension === 'month' ? 12 : 6 }}>
            <BreakdownChart
              indicatorKey={figure.key}
              indicatorLabel={figure.label}
              breakdown={b}
              unit={figure.unit}
              onSelect={drill ? (member, memberLabel) => drill(b.dimension, member, memberLabel) : undefined}
            />
          </Grid>
        ))}
        {series && (
          <Grid size={{ xs: 12, lg: 6 }}>
            <TrendChart label={figure.label} series={series} />
          </Grid>
        )}
      </Grid>
    </Stack>
  );
}
