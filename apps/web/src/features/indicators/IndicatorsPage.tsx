import { useQuery } from '@apollo/client/react';
import { Alert, CircularProgress, Grid, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { isDirectorateKey } from '@call/domain';
import { useState } from 'react';
import { errorMessage } from '../../shared/graphql-errors';
import { useVisibleDirectorates } from '../../shared/useDirectorates';
import { DeclareValueForm } from './DeclareValueForm';
import { DrillDownDialog } from './DrillDownDialog';
import { IndicatorsQuery } from './graphql/indicators.query';
import { IndicatorCard } from './IndicatorCard';
import type { DrillTarget } from './types';
import { useIndicatorFilters } from './useIndicatorFilters';

const YEARS_BACK = 6;
const ALL = '';

export function IndicatorsPage() {
  const { year, directorate, currentYear, setFilters } = useIndicatorFilters();
  const { directorates } = useVisibleDirectorates();
  const [drill, setDrill] = useState<DrillTarget | null>(null);
  const { data, loading, error } = useQuery(IndicatorsQuery, { variables: { year, directorate } });

  const years = Array.from({ length: YEARS_BACK }, (_, i) => currentYear - i);
  if (!years.includes(year)) years.push(year);
  const labelOf = new Map(directorates.map((d) => [d.key, d.label]));
  const indicators = data?.indicators ?? [];

  return (
    <Stack spacing={3}>
      <Typography variant="h4" component="h1">Indicateurs</Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField select label="Année" value={year} sx={{ minWidth: 140 }}
          onChange={(e) => setFilters({ year: Number(e.target.value) })}>
          {years.map((y) => <MenuItem key={y} value={y}>{y}</MenuItem>)}
        </TextField>
        <TextField select label="Direction" value={directorate ?? ALL} sx={{ minWidth: 320 }}
          onChange={(e) => setFilters({ directorate: isDirectorateKey(e.target.value) ? e.target.value : null })}>
          <MenuItem value={ALL}>Toutes les directions</MenuItem>
          {directorates.map((d) => <MenuItem key={d.key} value={d.key}>{d.label}</MenuItem>)}
        </TextField>
      </Stack>
      {error && <Alert severity="error">{errorMessage(error)}</Alert>}
      {loading && !data && <CircularProgress aria-label="Chargement" />}
      {data && indicators.length === 0 && <Alert severity="info">Aucun indicateur pour cette sélection.</Alert>}
      <Grid container spacing={2}>
        {indicators.map((indicator) => (
          <Grid key={`${indicator.key}-${indicator.year}`} size={{ xs: 12, md: 6, xl: 4 }}>
            {!directorate && (
              <Typography variant="overline" color="text.secondary">{labelOf.get(indicator.directorate) ?? indicator.directorate}</Typography>
            )}
            <IndicatorCard
              indicator={indicator}
              onDrill={setDrill}
              declareSlot={
                indicator.kind === 'DECLARED' && indicator.canDeclare ? (
                  <DeclareValueForm indicatorKey={indicator.key} year={indicator.year} current={indicator.value} />
                ) : undefined
              }
            />
          </Grid>
        ))}
      </Grid>
      {drill && <DrillDownDialog target={drill} onClose={() => setDrill(null)} />}
    </Stack>
  );
}
