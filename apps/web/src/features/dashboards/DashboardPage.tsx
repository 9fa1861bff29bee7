import { useQuery } from '@apollo/client/react';
import { Alert, Box, CircularProgress, Grid, Stack, Typography } from '@mui/material';
import { isDirectorateKey, type DirectorateKey } from '@call/domain';
import { Suspense, useMemo, useState } from 'react';
import { Navigate, useParams } from 'react-router';
import { errorMessage } from '../../shared/graphql-errors';
import { usePageTitle } from '../../shared/kit';
import { useVisibleDirectorates } from '../../shared/useDirectorates';
import { DrillDownDialog, type DrillTarget } from '../indicators';
import { AlarmsPanel } from './AlarmsPanel';
import { DashboardDetail } from './DashboardDetail';
import { ExportDashboardButtons } from './ExportDashboardButtons';
import { DashboardQuery } from './graphql/dashboard.query';
import { KeyFigureCard } from './KeyFigureCard';
import { PrintStyles } from './PrintStyles';
import { useDashboardYear } from './useDashboardYear';
import { useChangedKeys, useLiveRefetch } from './useLiveDashboard';
import { YearSelect } from './YearSelect';

export function DashboardPage() {
  const { directorate } = useParams();
  if (!directorate || !isDirectorateKey(directorate)) return <Navigate to="/tableau-de-bord" replace />;
  return <Dashboard key={directorate} directorate={directorate} />;
}

/** A directorate's dashboard, generated from its indicators: key figures, then the selected one in detail. */
function Dashboard({ directorate }: { directorate: DirectorateKey }) {
  const { year, currentYear, asOf, setYear } = useDashboardYear('current');
  const { directorates } = useVisibleDirectorates();
  const [selected, setSelected] = useState<string | null>(null);
  const [drill, setDrill] = useState<DrillTarget | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(DashboardQuery, {
    // the trend ends with the last full year (the current one is only partly there)
    variables: { year, directorate, asOf, seriesTo: Math.min(year, currentYear - 1) },
    fetchPolicy: 'cache-and-network',
  });
  useLiveRefetch(directorate, () => refetch());
  const figures = useMemo(() => data?.indicators ?? [], [data]);
  const changed = useChangedKeys(`${directorate}/${year}`, figures);
  const current = figures.find((f) => f.key === selected) ?? figures.find((f) => f.kind === 'COMPUTED') ?? figures[0];
  const series = data?.indicatorSeries.find((s) => s.key === current?.key);
  const label = directorates.find((d) => d.key === directorate)?.label ?? directorate;
  usePageTitle(`Tableau de bord — ${label}`);

  return (
    <Stack spacing={2}>
      <PrintStyles />
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' } }}>
        <Box sx={{ flexGrow: 1 }}>
          <Typography variant="h4" component="h1">
            Tableau de bord — {label}
          </Typography>
          <Typography color="text.secondary">
            {asOf
              ? `Depuis le 1er janvier, comparé à la même date l’an dernier.`
              : `Année ${year} entière, comparée à ${year - 1}.`}
          </Typography>
        </Box>
        <YearSelect year={year} currentYear={currentYear} onChange={setYear} />
        <ExportDashboardButtons year={year} asOf={asOf} directorate={directorate} onError={setExportError} />
      </Stack>
      {exportError && (
        <Alert severity="error" onClose={() => setExportError(null)}>
          {exportError}
        </Alert>
      )}
      {error && <Alert severity="error">{errorMessage(error)}</Alert>}
      {loading && !data && <CircularProgress aria-label="Chargement" />}
      {data && figures.length === 0 && <Alert severity="info">Aucun indicateur pour cette direction.</Alert>}
      <AlarmsPanel directorate={directorate} />
      <Grid container spacing={1.5} component="section" aria-label="Chiffres clés">
        {figures.map((f) => (
          <Grid key={f.key} size={{ xs: 12, sm: 6, md: 4, lg: 3 }}>
            <KeyFigureCard
              figure={f}
              selected={f.key === current?.key}
              updated={changed.has(f.key)}
              onSelect={() => setSelected(f.key)}
              onDrill={() => setDrill({ indicator: f, asOf })}
            />
          </Grid>
        ))}
      </Grid>
      {current && (
        <DashboardDetail
          figure={current}
          series={series}
          onDrill={(dimension, member, memberLabel) =>
            setDrill({ indicator: current, asOf, dimension, member, memberLabel })
          }
        />
      )}
      {drill && (
        <Suspense fallback={null}>
          <DrillDownDialog target={drill} onClose={() => setDrill(null)} />
        </Suspense>
      )}
    </Stack>
  );
}
