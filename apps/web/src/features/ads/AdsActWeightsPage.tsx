import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  CircularProgress,
  Grid,
  List,
  ListItem,
  ListItemText,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { ADS_DOSSIER_TYPE_LABELS } from '@call/domain';
import { Link } from 'react-router';
import { useMe } from '../../auth/useMe';
import { errorMessage } from '../../shared/graphql-errors';
import { usePageTitle } from '../../shared/kit';
import { formatDay, todayInFrance } from '../../shared/format';
import { AdsActWeightsQuery } from './graphql/ads-act-weights.query';
import { AdsNewScaleForm } from './AdsNewScaleForm';

const number = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });

/** The "équivalent PC" scale of the actes quantifiés: in force today, its dated history, and a new dated scale for the director. */
export function AdsActWeightsPage() {
  const { me } = useMe();
  const { data, loading, error } = useQuery(AdsActWeightsQuery, { variables: { on: todayInFrance() } });
  usePageTitle('Barème des actes quantifiés');
  if (loading && !data) return <CircularProgress aria-label="Chargement" />;
  if (error || !data) return <Alert severity="error">{errorMessage(error)}</Alert>;
  const current = data.adsActWeights;
  const isDirector = me?.role === 'DIRECTOR' && me.directorates.includes('ads');

  return (
    <Stack spacing={2} sx={{ maxWidth: 960 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Button component={Link} to="/ads">
          ← Corbeilles
        </Button>
        <Typography variant="h4" component="h1">
          Barème des actes quantifiés
        </Typography>
      </Stack>
      <Typography variant="body2" color="text.secondary">
        Chaque dossier instruit compte pour son poids en « équivalent PC » (un permis de construire vaut 1) selon le
        barème en vigueur à sa date de dépôt : un nouveau barème daté ne modifie pas les chiffres des années passées,
        sauf s’il est daté de l’une d’elles — les chiffres publiés qu’il changerait sont alors montrés avant
        l’enregistrement.
      </Typography>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6 }}>
          <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label="Barème en vigueur">
            <Typography variant="h6" component="h2" gutterBottom>
              En vigueur aujourd’hui
            </Typography>
            {/* a wide table scrolls inside its card, not the page (phones) */}
            <TableContainer>
              <Table size="small" aria-label="Barème en vigueur">
                <TableHead>
                  <TableRow>
                    <TableCell>Type</TableCell>
                    <TableCell align="right">Poids</TableCell>
                    <TableCell>Depuis le</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {current.map((w) => (
                    <TableRow key={w.dossierType}>
                      <TableCell>
                        {w.dossierType} — {ADS_DOSSIER_TYPE_LABELS[w.dossierType]}
                      </TableCell>
                      <TableCell align="right">{number.format(w.weight)}</TableCell>
                      <TableCell>{formatDay(w.validFrom)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableContainer>
          </Paper>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label="Historique du barème">
            <Typography variant="h6" component="h2" gutterBottom>
              Historique
            </Typography>
            <List dense>
              {data.adsActWeightHistory.map((s) => (
                <ListItem key={s.validFrom} disableGutters>
                  <ListItemText
                    primary={`À partir du ${formatDay(s.validFrom)}`}
                    secondary={`${s.weights.map((w) => `${w.dossierType} ${number.format(w.weight)}`).join(' · ')} — saisi par ${s.updatedBy ?? '—'}`}
                  />
                </ListItem>
              ))}
            </List>
          </Paper>
        </Grid>
      </Grid>
      {isDirector && <AdsNewScaleForm current={current} />}
    </Stack>
  );
}
