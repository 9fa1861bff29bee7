import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Chip,
  CircularProgress,
  Grid,
  List,
  ListItem,
  ListItemText,
  Paper,
  Stack,
  Typography,
} from '@mui/material';
import {
  ADS_ACTION_LABELS,
  ADS_APPLICANT_KINDS,
  ADS_OPEN_STATUSES,
  ADS_CHANNEL_LABELS,
  ADS_DOSSIER_TYPE_LABELS,
  ADS_MAJORATION_LABELS,
  ADS_OUTCOME_LABELS,
  ADS_STATUS_LABELS,
  canWriteDirectorate,
  type AdsAction,
} from '@call/domain';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../shared/graphql-errors';
import { formatDay, todayInFrance } from '../../shared/format';
import { useMe } from '../../auth/useMe';
import { AdsAssignControl } from './AdsAssignControl';
import { AdsDaysLeft } from './AdsDaysLeft';
import { AdsDeadlineNotice } from './AdsDeadlineNotice';
import { AdsConsultationsPanel } from './AdsConsultationsPanel';
import { AdsTransitionDialog } from './AdsTransitionDialog';
import { AdsDossierQuery } from './graphql/ads-dossier.query';
import { usePageTitle } from '../../shared/kit';

function Field({ label, value }: { label: string; value: string | number | null | undefined }) {
  return (
    <Stack>
      <Typography variant="caption" color="text.secondary">
        {label}
      </Typography>
      <Typography variant="body2">{value === null || value === undefined || value === '' ? '—' : value}</Typography>
    </Stack>
  );
}

export function AdsDossierDetailPage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(AdsDossierQuery, { variables: { id } });
  const [action, setAction] = useState<AdsAction | null>(null);
  usePageTitle(data ? `Dossier ${data.adsDossier.number}` : 'Dossier ADS');
  const { me } = useMe();
  const today = todayInFrance();
  if (loading && !data) return <CircularProgress aria-label="Chargement" />;
  if (error || !data) return <Alert severity="error">{errorMessage(error)}</Alert>;
  const d = data.adsDossier;
  const dl = d.computedDeadline;
  const open = ADS_OPEN_STATUSES.includes(d.status);
  const canWrite = !!me && canWriteDirectorate(me, 'ads');

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Button component={Link} to="/ads">
          ← Corbeilles
        </Button>
        <Typography variant="h4" component="h1">
          Dossier {d.number}
        </Typography>
        <Chip label={ADS_STATUS_LABELS[d.status]} color={open ? 'primary' : 'default'} aria-label="Statut" />
        {d.outcome && <Chip label={ADS_OUTCOME_LABELS[d.outcome]} color="secondary" aria-label="Décision" />}
        <AdsDaysLeft status={d.status} deadline={d.computedDeadline.tacitOn} today={today} />
        {canWrite && d.status !== 'CANCELLED' && (
          <Button component={Link} to={`/ads/dossiers/${d.id}/modifier`} variant="outlined">
            Modifier
          </Button>
        )}
      </Stack>

      {canWrite && (
        <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label="Étapes possibles">
          <Stack spacing={2}>
            <AdsAssignControl key={d.instructorId ?? ''} id={d.id} instructorId={d.instructorId} />
            <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', gap: 1 }}>
              {d.allowedActions.length === 0 && (
                <Typography variant="body2">Aucune étape possible : le dossier est clos.</Typography>
              )}
              {d.allowedActions.map((a) => (
                <Button
                  key={a}
                  variant={a === 'DECIDE' ? 'contained' : 'outlined'}
                  color={a === 'CANCEL' || a === 'WITHDRAW' ? 'inherit' : 'primary'}
                  onClick={() => setAction(a)}
                >
                  {ADS_ACTION_LABELS[a]}
                </Button>
              ))}
            </Stack>
          </Stack>
        </Paper>
      )}

      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6 }}>
          <Paper variant="outlined" sx={{ p: 2, height: '100%' }} component="section" aria-label="Délai d’instruction">
            <Typography variant="h6" component="h2" gutterBottom>
              Délai d’instruction
            </Typography>
            {open && <AdsDeadlineNotice d={d} today={today} />}
            <Grid container spacing={2}>
              <Grid size={6}>
                <Field label="Délai" value={`${dl.months} mois (base ${dl.baseMonths} mois)`} />
              </Grid>
              <Grid size={6}>
                <Field label="Le délai court depuis le" value={formatDay(dl.startsOn)} />
              </Grid>
              <Grid size={6}>
                <Field label="Demande de pièces possible jusqu’au" value={formatDay(dl.completenessLimit)} />
              </Grid>
              <Grid size={6}>
                <Field
                  label="Pièces demandées / reçues"
                  value={`${formatDay(d.piecesRequestedOn)} / ${formatDay(d.piecesReceivedOn)}${dl.piecesRequestLate ? ' (demande tardive, sans effet)' : ''}`}
                />
              </Grid>
              <Grid size={6}>
                <Field label="Fin du délai d’instruction" value={formatDay(dl.deadline)} />
              </Grid>
              {d.tacitCertificateOn && (
                <Grid size={6}>
                  <Field label="Certificat de décision tacite délivré le" value={formatDay(d.tacitCertificateOn)} />
                </Grid>
              )}
              <Grid size={6}>
                <Field label="Décision" value={d.outcome ? d.situation : null} />
              </Grid>
            </Grid>
            {dl.majorations.length > 0 && (
              <List dense aria-label="Majorations">
                {dl.majorations.map((m) => (
                  <ListItem key={m.id ?? m.kind + m.notifiedOn} disableGutters>
                    <ListItemText
                      primary={`${ADS_MAJORATION_LABELS[m.kind]} — notifiée le ${formatDay(m.notifiedOn)}`}
                      secondary={m.applied ? 'Appliquée' : m.reason}
                    />
                  </ListItem>
                ))}
              </List>
            )}
          </Paper>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Paper variant="outlined" sx={{ p: 2, height: '100%' }} component="section" aria-label="Dossier">
            <Typography variant="h6" component="h2" gutterBottom>
              Dossier
            </Typography>
            <Grid container spacing={2}>
              <Grid size={6}>
                <Field label="Type" value={`${d.type} — ${ADS_DOSSIER_TYPE_LABELS[d.type]}`} />
              </Grid>
              <Grid size={6}>
                <Field label="Commune" value={d.communeName} />
              </Grid>
              <Grid size={6}>
                <Field label="Dépôt" value={`${formatDay(d.depositedOn)} (${ADS_CHANNEL_LABELS[d.channel]})`} />
              </Grid>
              <Grid size={6}>
                <Field label="Autorisation initiale" value={d.initialNumber} />
              </Grid>
              <Grid size={6}>
                <Field
                  label="Demandeur"
                  value={`${d.applicantName} (${ADS_APPLICANT_KINDS.find((k) => k.code === d.applicantKind)?.label})`}
                />
              </Grid>
              <Grid size={6}>
                <Field label="Instructeur" value={d.instructorName} />
              </Grid>
              <Grid size={6}>
                <Field label="Terrain" value={d.landAddress} />
              </Grid>
              <Grid size={6}>
                <Field label="Parcelles" value={d.cadastralParcels.join(', ')} />
              </Grid>
              <Grid size={12}>
                <Field label="Nature du projet" value={d.projectNature} />
              </Grid>
              <Grid size={6}>
                <Field label="Surface de plancher créée" value={`${d.floorAreaCreated} m²`} />
              </Grid>
              <Grid size={6}>
                <Field label="Logements créés" value={d.dwellingsCreated} />
              </Grid>
              {(d.docOn || d.daactOn || d.conformityOn) && (
                <Grid size={12}>
                  <Field
                    label="Travaux"
                    value={`DOC ${formatDay(d.docOn)} · DAACT ${formatDay(d.daactOn)} · conformité ${formatDay(d.conformityOn)}`}
                  />
                </Grid>
              )}
            </Grid>
          </Paper>
        </Grid>
      </Grid>

      <AdsConsultationsPanel dossier={d} canWrite={canWrite} />

      <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label="Historique">
        <Typography variant="h6" component="h2">
          Historique
        </Typography>
        <List dense>
          {d.events.map((e) => (
            <ListItem key={e.id} disableGutters>
              <ListItemText
                primary={`${formatDay(e.eventOn)} — ${e.summary}`}
                secondary={`par ${e.actorLogin}, saisi le ${new Date(e.recordedAt).toLocaleString('fr-FR')}`}
              />
            </ListItem>
          ))}
        </List>
      </Paper>

      <AdsTransitionDialog
        dossierId={d.id}
        version={d.version}
        action={action}
        outcomes={d.expressOutcomes}
        onClose={() => setAction(null)}
      />
    </Stack>
  );
}
