import { Alert, Button, Grid, Stack, Typography } from '@mui/material';
import { Suspense } from 'react';
import { Link, Navigate } from 'react-router';
import { useMe } from '../../auth/useMe';
import { errorMessage } from '../../shared/graphql-errors';
import { useVisibleDirectorates } from '../../shared/useDirectorates';
import { canReadIndicators } from '@call/domain';
import { dashboardPath } from '../dashboards';
import { indicatorsPath } from '../indicators';
import { directorateFeatures } from '../registry';
import { DirectorateCard } from './DirectorateCard';
import { usePageTitle } from '../../shared/kit';

const INTRO: Record<'AGENT' | 'DIRECTOR' | 'DGS', string> = {
  AGENT: 'Vos directions : saisissez et suivez leur activité.',
  DIRECTOR: 'Votre direction et ses indicateurs.',
  DGS: 'Toutes les directions de la CALL et le rapport annuel.',
};

export function HomePage() {
  const { me } = useMe();
  const { directorates, loading, error } = useVisibleDirectorates();
  usePageTitle('Accueil');
  if (!me) return null;
  // an administrator manages accounts: their home is the users list
  if (me.role === 'ADMIN') return <Navigate to="/administration" replace />;

  const year = new Date().getFullYear();
  // the report is written for the last complete year: the DGS's home opens it
  const reportYear = year - 1;
  return (
    <Stack spacing={3}>
      <div>
        <Typography variant="h4" component="h1">
          Bonjour {me.displayName}
        </Typography>
        <Typography color="text.secondary">{INTRO[me.role]}</Typography>
      </div>
      {me.role === 'DGS' && (
        <Stack direction="row" spacing={2}>
          <Button component={Link} to={dashboardPath({ year: reportYear })} variant="contained">
            Vue d’ensemble {reportYear}
          </Button>
          <Button component={Link} to={indicatorsPath({ year: reportYear })} variant="outlined">
            Rapport annuel {reportYear} — tous les indicateurs
          </Button>
        </Stack>
      )}
      {me.role === 'DIRECTOR' && (
        <Stack direction="row" spacing={2}>
          {directorates
            .filter((d) => canReadIndicators(me, d.key))
            .map((d) => (
              <Button key={d.key} component={Link} to={dashboardPath({ directorate: d.key })} variant="contained">
                Tableau de bord — {d.label}
              </Button>
            ))}
        </Stack>
      )}
      {error && <Alert severity="error">{errorMessage(error)}</Alert>}
      {!loading && !error && directorates.length === 0 && (
        <Alert severity="info">Aucune direction ne vous est rattachée. Contactez un administrateur.</Alert>
      )}
      {directorates.map((d) => {
        const notice = directorateFeatures[d.key]?.homeNotice;
        return notice ? <Suspense key={d.key}>{notice}</Suspense> : null;
      })}
      <Grid container spacing={2}>
        {directorates.map((d) => (
          <Grid key={d.key} size={{ xs: 12, sm: 6, lg: 4 }}>
            <DirectorateCard
              label={d.label}
              modulePath={directorateFeatures[d.key]?.nav.path}
              indicatorsPath={indicatorsPath({ directorate: d.key, year })}
              canDeclare={d.canDeclare}
            />
          </Grid>
        ))}
      </Grid>
    </Stack>
  );
}
