import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Box,
  Chip,
  CircularProgress,
  Link,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { formatEvolution, formatIndicatorValue } from '../../shared/format';
import { errorMessage } from '../../shared/graphql-errors';
import { useVisibleDirectorates } from '../../shared/useDirectorates';
import { ExportDashboardButtons } from './ExportDashboardButtons';
import { OverviewQuery } from './graphql/overview.query';
import { PrintStyles } from './PrintStyles';
import { changeColor } from '../../shared/rise';
import type { OverviewFigure } from './types';
import { useDashboardYear } from './useDashboardYear';
import { useLiveRefetch } from './useLiveDashboard';
import { YearSelect } from './YearSelect';
import { useState } from 'react';
import { usePageTitle } from '../../shared/kit';

/** Figures per directorate on the overview: the first ones it declares (its headline), with a value. */
const HEADLINE = 4;

/**
 * The DGS overview: one row per directorate with its headline figures and their change, declared figures
 * marked, then every missing declaration in one place. Defaults to the last complete year (the report's).
 */
export function OverviewPage() {
  const { year, currentYear, asOf, setYear } = useDashboardYear('lastComplete');
  usePageTitle(`Vue d’ensemble ${year}`);
  const { directorates } = useVisibleDirectorates();
  const [exportError, setExportError] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(OverviewQuery, {
    variables: { year },
    fetchPolicy: 'cache-and-network',
  });
  useLiveRefetch(null, () => refetch());
  const figures = data?.indicators ?? [];
  const rows = directorates
    .map((d) => ({ ...d, figures: figures.filter((f) => f.directorate === d.key) }))
    .filter((d) => d.figures.length > 0);
  const missing = rows
    .map((d) => ({ ...d, figures: d.figures.filter((f) => f.kind === 'DECLARED' && f.value == null) }))
    .filter((d) => d.figures.length > 0);

  return (
    <Stack spacing={2}>
      <PrintStyles />
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' } }}>
        <Box sx={{ flexGrow: 1 }}>
          <Typography variant="h4" component="h1">
            Vue d’ensemble {year}
          </Typography>
          <Typography color="text.secondary">
            {asOf ? 'Depuis le 1er janvier, comparé à la même date l’an dernier.' : `Comparé à ${year - 1}.`}
          </Typography>
        </Box>
        <YearSelect year={year} currentYear={currentYear} onChange={setYear} />
        <ExportDashboardButtons year={year} asOf={asOf} directorate={null} onError={setExportError} />
      </Stack>
      {exportError && (
        <Alert severity="error" onClose={() => setExportError(null)}>
          {exportError}
        </Alert>
      )}
      {error && <Alert severity="error">{errorMessage(error)}</Alert>}
      {loading && !data && <CircularProgress aria-label="Chargement" />}
      {rows.length > 0 && (
        <Paper variant="outlined">
          <Table size="small" aria-label={`Directions, ${year}`}>
            <TableHead>
              <TableRow>
                <TableCell>Direction</TableCell>
                <TableCell>Chiffres clés</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((d) => (
                <TableRow key={d.key} data-testid={`overview-${d.key}`}>
                  <TableCell sx={{ verticalAlign: 'top', width: 220 }}>
                    <Link component={RouterLink} to={`/tableau-de-bord/${d.key}?annee=${year}`}>
                      {d.label}
                    </Link>
                  </TableCell>
                  <TableCell>
                    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 2 }}>
                      {headline(d.figures).map((f) => (
                        <Headline key={f.key} figure={f} />
                      ))}
                    </Stack>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Paper>
      )}
      {missing.length > 0 && (
        <Paper variant="outlined" component="section" aria-label="Déclarations manquantes" sx={{ p: 2 }}>
          <Typography variant="h6" component="h2">
            Déclarations manquantes ({missing.reduce((n, d) => n + d.figures.length, 0)})
          </Typography>
          {missing.map((d) => (
            <Typography key={d.key} variant="body2">
              <strong>{d.label}</strong> : {d.figures.map((f) => f.label).join(' ; ')}
            </Typography>
          ))}
        </Paper>
      )}
    </Stack>
  );
}

/** The first figures that have a value: a directorate's headline, never a row of dashes. */
const headline = (figures: OverviewFigure[]) => figures.filter((f) => f.value != null).slice(0, HEADLINE);

function Headline({ figure }: { figure: OverviewFigure }) {
  return (
    <Box sx={{ minWidth: 170, maxWidth: 230 }}>
      <Typography variant="caption" color="text.secondary" component="p" noWrap title={figure.label}>
        {figure.label}
      </Typography>
      <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
        <Typography variant="subtitle1" component="span" sx={{ fontWeight: 600 }}>
          {formatIndicatorValue(figure.value, figure.unit)}
        </Typography>
        {figure.evolution != null && (
          <Chip
            size="small"
            color={changeColor(figure.evolution, figure.riseIs)}
            label={formatEvolution(figure.evolution)}
          />
        )}
        {figure.kind === 'DECLARED' && (
          <Chip size="small" variant="outlined" label="déclaré" title={figure.declaredSource ?? undefined} />
        )}
      </Stack>
    </Box>
  );
}
