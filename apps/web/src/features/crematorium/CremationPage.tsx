import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Chip,
  Grid,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { ASHES_FATES, CREMATION_KINDS, DETECTED_OBJECTS, SCAN_RESULTS } from '@call/domain';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { formatDateTime, formatDay } from '../../shared/format';
import { PageHeader, QueryState } from '../../shared/kit';
import { CompleteForm, ProtocolForm, ScanForm } from './CremationForms';
import { CremationQuery } from './graphql/crematorium.documents';

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Grid size={{ xs: 12, sm: 6, md: 4 }}>
      <Typography variant="caption" color="text.secondary">
        {label}
      </Typography>
      <Typography>{children === null || children === undefined || children === '' ? '—' : children}</Typography>
    </Grid>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper variant="outlined" sx={{ p: 3 }} component="section" aria-label={title}>
      <Stack spacing={2}>
        <Typography variant="h6" component="h2">
          {title}
        </Typography>
        {children}
      </Stack>
    </Paper>
  );
}

/** A cremation's file: booking, deceased, authorisations, X-ray tunnel and protocol, completion and ashes. */
export function CremationPage() {
  const { id = '' } = useParams();
  const query = useQuery(CremationQuery, { variables: { id } });
  return (
    <QueryState data={query.data} loading={query.loading} error={query.error} onRetry={() => void query.refetch()}>
      {({ cremation: c }) => {
        const open = c.scans.filter((s) => s.result === 'DETECTION' && !s.closedAt);
        return (
          <Stack spacing={3}>
            <Typography component={Link} to={`/crematorium?jour=${c.cremationOn}`} variant="body2">
              ← Planning du {formatDay(c.cremationOn)}
            </Typography>
            <PageHeader
              title={`Crémation ${c.reference} — ${c.deceasedLastName} ${c.deceasedFirstNames}`}
              actions={
                <Chip
                  color={c.status === 'COMPLETED' ? 'success' : 'primary'}
                  label={c.status === 'COMPLETED' ? 'Réalisée' : 'Réservée'}
                />
              }
            />
            <Section title="Réservation et défunt">
              <Grid container spacing={2}>
                <Item label="Créneau">
                  {c.lineName}, {formatDateTime(c.startsAt)}
                </Item>
                <Item label="Nature">{CREMATION_KINDS.labels[c.kind]}</Item>
                <Item label="Opérateur funéraire">{c.operatorName}</Item>
                <Item label="Date de naissance">{formatDay(c.birthOn)}</Item>
                <Item label="Décès">
                  {formatDateTime(c.deathAt)} à {c.deathCommuneName}
                </Item>
                <Item label="Commune de résidence">{c.residenceCommuneName}</Item>
                <Item label="Autorisation du maire">
                  {formatDay(c.authorisationOn)} ({c.authorisationCommune})
                </Item>
                <Item label="Délai légal (sans dérogation)">jusqu’au {formatDay(c.latestLegalDay)}</Item>
                <Item label="Dérogation préfectorale">{c.derogationRef}</Item>
                <Item label="Attestation prothèses à pile">{c.prosthesisCertificate ? 'reçue' : 'non'}</Item>
                <Item label="Salle de cérémonie">{c.ceremonyRoom ? 'oui' : 'non'}</Item>
                <Item label="Réalisée le">{formatDateTime(c.completedAt)}</Item>
                {c.ashesFate && (
                  <Item label="Cendres">
                    {ASHES_FATES.labels[c.ashesFate]} le {formatDay(c.ashesOn)} ({c.ashesPerson})
                    {c.urnKeptUntil ? `, au plus tard jusqu’au ${formatDay(c.urnKeptUntil)}` : ''}
                  </Item>
                )}
              </Grid>
            </Section>
            <Section title="Tunnel radioscopique">
              {c.scans.length === 0 ? (
                <Typography color="text.secondary">Le cercueil n’est pas encore passé au tunnel.</Typography>
              ) : (
                <Table size="small" aria-label="Passages au tunnel">
                  <TableHead>
                    <TableRow>
                      <TableCell>Passage</TableCell>
                      <TableCell>Résultat</TableCell>
                      <TableCell>Objet</TableCell>
                      <TableCell>Protocole</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {c.scans.map((s) => (
                      <TableRow key={s.id}>
                        <TableCell>{formatDateTime(s.scannedAt)}</TableCell>
                        <TableCell>{SCAN_RESULTS.labels[s.result]}</TableCell>
                        <TableCell>{s.objectType ? DETECTED_OBJECTS.labels[s.objectType] : '—'}</TableCell>
                        <TableCell>
                          {s.result === 'CLEAR'
                            ? '—'
                            : s.closedAt
                              ? `Clos : ${s.objectRemoved}, retard ${s.delayMinutes} min (témoins : ${s.witnesses})`
                              : 'Ouvert'}
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              )}
              {c.status === 'BOOKED' && <ScanForm cremationId={c.id} />}
            </Section>
            {open.map((s) => (
              <Section key={s.id} title={`Détection : ${s.objectType ? DETECTED_OBJECTS.labels[s.objectType] : ''}`}>
                <Alert severity="warning">
                  Ouverture du cercueil obligatoire : toutes les étapes du protocole sont requises pour clore la
                  détection.
                </Alert>
                <ProtocolForm scanId={s.id} />
              </Section>
            ))}
            {c.status === 'BOOKED' && (
              <Section title="Réalisation">
                <CompleteForm cremationId={c.id} version={c.version} />
              </Section>
            )}
          </Stack>
        );
      }}
    </QueryState>
  );
}
