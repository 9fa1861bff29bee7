import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Chip,
  Grid,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { ASHES_FATES, CREMATION_KINDS, DETECTED_OBJECTS, SCAN_RESULTS } from '@call/domain';
import { Link, useParams } from 'react-router';
import { formatDateTime, formatDay } from '../../shared/format';
import { PageHeader, QueryState, RecordItem, RecordSection } from '../../shared/kit';
import { AshesForm, CancelForm, RescheduleForm } from './CremationBookingForms';
import { CompleteForm, ProtocolForm, ScanForm } from './CremationForms';
import { CremationQuery } from './graphql/crematorium.documents';

const STATUS = {
  BOOKED: { label: 'Réservée', color: 'primary' },
  COMPLETED: { label: 'Réalisée', color: 'success' },
  CANCELLED: { label: 'Annulée', color: 'default' },
} as const;

/** A cremation's file: booking, deceased, authorisations, X-ray tunnel and protocol, completion and ashes. */
export function CremationPage() {
  const { id = '' } = useParams();
  const query = useQuery(CremationQuery, { variables: { id } });
  return (
    <QueryState data={query.data} loading={query.loading} error={query.error} onRetry={() => void query.refetch()}>
      {({ cremation: c, crematoriumLines: lines }) => {
        const lineName = (code: string) => lines.find((l) => l.code === code)?.name ?? code;
        const open = c.scans.filter((s) => s.result === 'DETECTION' && !s.closedAt);
        return (
          <Stack spacing={3}>
            <Typography component={Link} to={`/crematorium?jour=${c.cremationOn}`} variant="body2">
              ← Planning du {formatDay(c.cremationOn)}
            </Typography>
            <PageHeader
              title={`Crémation ${c.reference} — ${c.deceasedLastName} ${c.deceasedFirstNames}`}
              actions={<Chip color={STATUS[c.status].color} label={STATUS[c.status].label} />}
            />
            <RecordSection title="Réservation et défunt">
              <Grid container spacing={2}>
                <RecordItem label="Créneau">
                  {c.lineName}, {formatDateTime(c.startsAt)}
                </RecordItem>
                <RecordItem label="Nature">{CREMATION_KINDS.labels[c.kind]}</RecordItem>
                <RecordItem label="Opérateur funéraire">{c.operatorName}</RecordItem>
                <RecordItem label="Date de naissance">{formatDay(c.birthOn)}</RecordItem>
                <RecordItem label="Décès">
                  {formatDateTime(c.deathAt)} à {c.deathCommuneName}
                </RecordItem>
                <RecordItem label="Commune de résidence">{c.residenceCommuneName}</RecordItem>
                <RecordItem label="Autorisation du maire">
                  {formatDay(c.authorisationOn)} ({c.authorisationCommune})
                </RecordItem>
                <RecordItem label="Délai légal (sans dérogation)">jusqu’au {formatDay(c.latestLegalDay)}</RecordItem>
                <RecordItem label="Dérogation préfectorale">{c.derogationRef}</RecordItem>
                <RecordItem label="Attestation prothèses à pile">
                  {c.prosthesisCertificate ? 'reçue' : 'non'}
                </RecordItem>
                <RecordItem label="Salle de cérémonie">{c.ceremonyRoom ? 'oui' : 'non'}</RecordItem>
                <RecordItem label="Réalisée le">{formatDateTime(c.completedAt)}</RecordItem>
                {c.cancelledAt && (
                  <RecordItem label="Annulée le">
                    {formatDateTime(c.cancelledAt)} ({c.cancellationReason})
                  </RecordItem>
                )}
                {c.ashesFate && (
                  <RecordItem label="Cendres">
                    {ASHES_FATES.labels[c.ashesFate]} le {formatDay(c.ashesOn)} ({c.ashesPerson})
                    {c.urnKeptUntil ? `, au plus tard jusqu’au ${formatDay(c.urnKeptUntil)}` : ''}
                  </RecordItem>
                )}
              </Grid>
            </RecordSection>
            <RecordSection title="Historique des déplacements">
              {c.reschedules.length === 0 ? (
                <Typography color="text.secondary">Réservation jamais déplacée.</Typography>
              ) : (
                <Table size="small" aria-label="Historique des déplacements">
                  <TableHead>
                    <TableRow>
                      <TableCell>Le</TableCell>
                      <TableCell>Ancien créneau</TableCell>
                      <TableCell>Nouveau créneau</TableCell>
                      <TableCell>Motif</TableCell>
                      <TableCell>Par</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {c.reschedules.map((r) => (
                      <TableRow key={r.recordedAt}>
                        <TableCell>{formatDateTime(r.recordedAt)}</TableCell>
                        <TableCell>
                          {lineName(r.fromLineCode)}, {formatDateTime(r.fromStartsAt)}
                        </TableCell>
                        <TableCell>
                          {lineName(r.toLineCode)}, {formatDateTime(r.toStartsAt)}
                        </TableCell>
                        <TableCell>{r.reason}</TableCell>
                        <TableCell>{r.recordedByLogin}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              )}
              {c.status === 'BOOKED' && <RescheduleForm cremation={c} lines={lines} />}
            </RecordSection>
            <RecordSection title="Tunnel radioscopique">
              {c.scans.length === 0 ? (
                <Typography color="text.secondary">Le cercueil n’est pas encore passé au tunnel.</Typography>
              ) : (
                <TableContainer>
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
                </TableContainer>
              )}
              {c.status === 'BOOKED' && <ScanForm cremationId={c.id} />}
            </RecordSection>
            {open.map((s) => (
              <RecordSection
                key={s.id}
                title={`Détection : ${s.objectType ? DETECTED_OBJECTS.labels[s.objectType] : ''}`}
              >
                <Alert severity="warning">
                  Ouverture du cercueil obligatoire : toutes les étapes du protocole sont requises pour clore la
                  détection.
                </Alert>
                <ProtocolForm scanId={s.id} />
              </RecordSection>
            ))}
            {c.status === 'BOOKED' && (
              <RecordSection title="Réalisation">
                <CompleteForm cremationId={c.id} version={c.version} />
              </RecordSection>
            )}
            {c.status === 'COMPLETED' && (!c.ashesFate || c.ashesFate === 'KEPT') && (
              <RecordSection title="Cendres">
                {c.ashesFate === 'KEPT' && (
                  <Alert severity="info">
                    Urne conservée au crématorium jusqu’au {formatDay(c.urnKeptUntil)} au plus tard (CGCT L2223-18-1) :
                    enregistrez sa remise ou la dispersion.
                  </Alert>
                )}
                <AshesForm cremation={c} kept={c.ashesFate === 'KEPT'} />
              </RecordSection>
            )}
            {c.status === 'BOOKED' && (
              <RecordSection title="Annulation">
                <CancelForm cremation={c} />
              </RecordSection>
            )}
          </Stack>
        );
      }}
    </QueryState>
  );
}
