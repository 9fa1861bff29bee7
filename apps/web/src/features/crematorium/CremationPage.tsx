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
import { CompleteForm, ProtocolForm, ScanForm } from './CremationForms';
import { CremationQuery } from './graphql/crematorium.documents';

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
                {c.ashesFate && (
                  <RecordItem label="Cendres">
                    {ASHES_FATES.labels[c.ashesFate]} le {formatDay(c.ashesOn)} ({c.ashesPerson})
                    {c.urnKeptUntil ? `, au plus tard jusqu’au ${formatDay(c.urnKeptUntil)}` : ''}
                  </RecordItem>
                )}
              </Grid>
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
          </Stack>
        );
      }}
    </QueryState>
  );
}
