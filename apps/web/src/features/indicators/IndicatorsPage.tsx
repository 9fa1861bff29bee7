import { useQuery } from '@apollo/client/react';
import { Alert, CircularProgress, Grid, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { isDirectorateKey } from '@call/domain';
import { lazy, Suspense, useState } from 'react';
import { errorMessage } from '../../shared/graphql-errors';
import { useVisibleDirectorates } from '../../shared/useDirectorates';
import { DeclareValueForm } from './DeclareValueForm';
import { ExportReportButton } from './ExportReportButton';
import { IndicatorsQuery } from './graphql/indicators.query';
import { IndicatorCard } from './IndicatorCard';
import type { DrillTarget, IndicatorView } from './types';
import { useIndicatorFilters } from './useIndicatorFilters';
import { useLiveIndicators } from './useLiveIndicators';
import { usePageTitle } from '../../shared/kit';

// the data grid is heavy: load it with the first drill-down, not with the page
const DrillDownDialog = lazy(async () => ({ default: (await import('./DrillDownDialog')).DrillDownDialog }));

const YEARS_BACK = 6;
const ALL = '';

export function IndicatorsPage() {
  const { year, directorate, currentYear, setFilters } = useIndicatorFilters();
  const { directorates } = useVisibleDirectorates();
  const [drill, setDrill] = useState<DrillTarget | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  usePageTitle(`Indicateurs ${year}`);
  const { data, loading, error } = useQuery(IndicatorsQuery, {
    variables: { year, directorate },
    // show the cached figures at once, then the database's; useLiveIndicators keeps them fresh
    fetchPolicy: 'cache-and-network',
  });
  useLiveIndicators(year, directorate);

  const years = Array.from({ length: YEARS_BACK }, (_, i) => currentYear - i);
  if (!years.includes(year)) years.push(year);
  const indicators = data?.indicators ?? [];
  const groups = groupByDirectorate(indicators, new Map(directorates.map((d) => [d.key, d.label])));

  return (
    <Stack spacing={3}>
      <Typography variant="h4" component="h1">
        Indicateurs
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField
          select
          label="Année"
          value={year}
          sx={{ minWidth: 140 }}
          onChange={(e) => setFilters({ year: Number(e.target.value) })}
        >
          {years.map((y) => (
            <MenuItem key={y} value={y}>
              {y}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label="Direction"
          value={directorate ?? ALL}
          sx={{ minWidth: 320 }}
          slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}
          onChange={(e) => setFilters({ directorate: isDirectorateKey(e.target.value) ? e.target.value : null })}
        >
          <MenuItem value={ALL}>Toutes les directions</MenuItem>
          {directorates.map((d) => (
            <MenuItem key={d.key} value={d.key}>
              {d.label}
            </MenuItem>
          ))}
        </TextField>
        <ExportReportButton year={year} directorate={directorate} onError={setExportError} />
      </Stack>
      {exportError && (
        <Alert severity="error" onClose={() => setExportError(null)}>
          {exportError}
        </Alert>
      )}
      {error && <Alert severity="error">{errorMessage(error)}</Alert>}
      {loading && !data && <CircularProgress aria-label="Chargement" />}
      {data && indicators.length === 0 && <Alert severity="info">Aucun indicateur pour cette sélection.</Alert>}
      {groups.map((group) => (
        <Stack key={group.directorate} spacing={1} component="section" aria-label={group.label}>
          {!directorate && (
            <Typography variant="h6" component="h2">
              {group.label}
            </Typography>
          )}
          <Grid container spacing={2}>
            {group.indicators.map((indicator) => (
              <Grid key={`${indicator.key}-${indicator.year}`} size={{ xs: 12, md: 6, xl: 4 }}>
                <IndicatorCard
                  indicator={indicator}
                  onDrill={setDrill}
                  declareSlot={
                    indicator.kind === 'DECLARED' && indicator.canDeclare ? (
                      <DeclareValueForm
                        indicatorKey={indicator.key}
                        year={indicator.year}
                        current={indicator.value}
                        currentSource={indicator.declaredSource}
                      />
                    ) : undefined
                  }
                />
              </Grid>
            ))}
          </Grid>
        </Stack>
      ))}
      {drill && (
        <Suspense fallback={null}>
          <DrillDownDialog target={drill} onClose={() => setDrill(null)} />
        </Suspense>
      )}
    </Stack>
  );
}

/** Groups the server's list by directorate, keeping the server's order (the DGS report reads directorate by directorate). */
function groupByDirectorate(indicators: readonly IndicatorView[], labels: Map<string, string>) {
  const groups = new Map<string, { directorate: string; label: string; indicators: IndicatorView[] }>();
  for (const indicator of indicators) {
    let group = groups.get(indicator.directorate);
    if (!group) {
      group = {
        directorate: indicator.directorate,
        label: labels.get(indicator.directorate) ?? indicator.directorate,
        indicators: [],
      };
      groups.set(indicator.directorate, group);
    }
    group.indicators.push(indicator);
  }
  return [...groups.values()];
}
