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
import {
  COURT_RULING_LABELS,
  FOURRIERE_ORIGIN_LABELS,
  FOURRIERE_OUTCOME_LABELS,
  FOURRIERE_SEX_LABELS,
  FOURRIERE_SPECIES_LABELS,
  HOLDING_STATUS_LABELS,
  IDENTIFICATION_KIND_LABELS,
  OWNER_SEARCH_KIND_LABELS,
  OWNER_SEARCH_RESULT_LABELS,
  PAYMENT_METHOD_LABELS,
} from '@call/domain';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../shared/graphql-errors';
import { CourtDecisionForm } from './CourtDecisionForm';
import { euros } from './fourriere-format';
import { formatDay, formatDateTime } from '../../shared/format';
import { FourriereAnimalQuery } from './graphql/fourriere-animal.query';
import { OutcomeForm } from './OutcomeForm';
import { RecordItem, RecordSection, usePageTitle } from '../../shared/kit';
import { OwnerSearchForm } from './OwnerSearchForm';
import { VetActForm } from './VetActForm';

/** An animal's file: description, holding period, owner-search log, court decision, outcome and payment. */
export function FourriereAnimalPage() {
  const { id = '' } = useParams();
  const { data, error, loading } = useQuery(FourriereAnimalQuery, { variables: { id } });
  const animal = data?.fourriereAnimal;
  usePageTitle(animal ? `${FOURRIERE_SPECIES_LABELS[animal.species]} ${animal.reference}` : 'Animal');
  if (error) return <Alert severity="error">{errorMessage(error)}</Alert>;
  if (loading || !data) return <Typography>Chargement…</Typography>;
  const a = data.fourriereAnimal;
  const lastFound = [...a.ownerSearches].reverse().find((s) => s.result === 'OWNER_FOUND');
  return (
    <Stack spacing={3}>
      <Typography component={Link} to="/fourriere" variant="body2">
        ← Animaux présents
      </Typography>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="h4" component="h1">
          {FOURRIERE_SPECIES_LABELS[a.species]} {a.reference}
        </Typography>
        {a.holdingStatus && (
          <Chip
            label={HOLDING_STATUS_LABELS[a.holdingStatus]}
            color={a.holdingStatus === 'OVER' ? 'error' : a.holdingStatus === 'ENDS_TODAY' ? 'warning' : 'default'}
          />
        )}
        {a.outcome && (
          <Chip
            color="success"
            label={`${FOURRIERE_OUTCOME_LABELS[a.outcome.type]} le ${formatDay(a.outcome.outcomeOn)}`}
          />
        )}
      </Stack>
      <RecordSection title="Fiche">
        <Grid container spacing={2}>
          <RecordItem label="Entrée">{formatDateTime(a.intakeAt)}</RecordItem>
          <RecordItem label="Origine">
            {FOURRIERE_ORIGIN_LABELS[a.origin]}
            {a.requisitionRef ? ` — ${a.requisitionRef}` : ''}
          </RecordItem>
          <RecordItem label="Commune de capture">
            {a.communeName}
            {a.place ? ` — ${a.place}` : ''}
          </RecordItem>
          <RecordItem label="Description">
            {[a.breed, FOURRIERE_SEX_LABELS[a.sex], a.colour, a.estimatedAge].filter(Boolean).join(', ')}
          </RecordItem>
          <RecordItem label="Identification">
            {a.identificationNumber
              ? `${IDENTIFICATION_KIND_LABELS[a.identificationKind]} ${a.identificationNumber}`
              : IDENTIFICATION_KIND_LABELS[a.identificationKind]}
          </RecordItem>
          <RecordItem label="Référence SACPA">{a.contractorRef}</RecordItem>
          <RecordItem label="Jours de garde">{a.daysInCustody}</RecordItem>
          <RecordItem label="Fin du délai de garde">
            {a.holdingEnd
              ? `${formatDay(a.holdingEnd)} (cession possible à partir du ${formatDay(a.cessionAllowedFrom)})`
              : 'Sans objet : décision judiciaire'}
          </RecordItem>
          <RecordItem label="Portée">{a.litterId ? 'Enregistré avec sa portée' : null}</RecordItem>
          <RecordItem label="Observations sanitaires">{a.healthNotes}</RecordItem>
          <RecordItem label="Saisi par">{a.recordedByLogin}</RecordItem>
        </Grid>
      </RecordSection>
      <RecordSection title="Recherche du propriétaire">
        {/* a wide table scrolls inside its card, not the page (phones) */}
        <TableContainer>
          <Table size="small" aria-label="Journal de recherche du propriétaire">
            <TableHead>
              <TableRow>
                <TableCell>Date</TableCell>
                <TableCell>Démarche</TableCell>
                <TableCell>Résultat</TableCell>
                <TableCell>Propriétaire</TableCell>
                <TableCell>Notes</TableCell>
                <TableCell>Par</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {a.ownerSearches.map((s) => (
                <TableRow key={s.id}>
                  <TableCell>{formatDay(s.doneOn)}</TableCell>
                  <TableCell>{OWNER_SEARCH_KIND_LABELS[s.kind]}</TableCell>
                  <TableCell>{OWNER_SEARCH_RESULT_LABELS[s.result]}</TableCell>
                  <TableCell>{[s.ownerName, s.ownerPhone, s.ownerAddress].filter(Boolean).join(' — ')}</TableCell>
                  <TableCell>{s.notes}</TableCell>
                  <TableCell>{s.recordedByLogin}</TableCell>
                </TableRow>
              ))}
              {a.ownerSearches.length === 0 && (
                <TableRow>
                  <TableCell colSpan={6}>Aucune démarche consignée.</TableCell>
                </TableRow>
              )}
            </TableBody>
          </Table>
        </TableContainer>
        {a.present && <OwnerSearchForm animalId={a.id} />}
      </RecordSection>
      <RecordSection title="Actes vétérinaires">
        {/* a wide table scrolls inside its card, not the page (phones) */}
        <TableContainer>
          <Table size="small" aria-label="Actes vétérinaires du séjour">
            <TableHead>
              <TableRow>
                <TableCell>Date</TableCell>
                <TableCell>Acte</TableCell>
                <TableCell align="right">Montant</TableCell>
                <TableCell>Notes</TableCell>
                <TableCell>Par</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {a.vetActs.map((v) => (
                <TableRow key={v.id}>
                  <TableCell>{formatDay(v.actOn)}</TableCell>
                  <TableCell>{v.label}</TableCell>
                  <TableCell align="right">{euros(v.amountCents)}</TableCell>
                  <TableCell>{v.notes}</TableCell>
                  <TableCell>{v.recordedByLogin}</TableCell>
                </TableRow>
              ))}
              {a.vetActs.length === 0 && (
                <TableRow>
                  <TableCell colSpan={5}>Aucun acte vétérinaire.</TableCell>
                </TableRow>
              )}
            </TableBody>
          </Table>
        </TableContainer>
        {a.present && a.feesDue && (
          <Typography variant="body2">
            Frais dus pour une restitution le {formatDay(a.feesDue.on)} : <strong>{euros(a.feesDue.totalCents)}</strong>{' '}
            (actes vétérinaires compris)
          </Typography>
        )}
        {a.present && <VetActForm animalId={a.id} />}
      </RecordSection>
      {a.origin === 'REQUISITION' && (
        <RecordSection title="Décision judiciaire">
          {a.courtRuling ? (
            <Typography>
              {COURT_RULING_LABELS[a.courtRuling]} — décision du {formatDay(a.courtDecidedOn)} : {a.courtDecision}
            </Typography>
          ) : (
            <Typography>Aucune décision enregistrée.</Typography>
          )}
          {a.present && <CourtDecisionForm animalId={a.id} version={a.version} />}
        </RecordSection>
      )}
      <RecordSection title="Sortie">
        {a.outcome ? (
          <Stack spacing={1}>
            <Typography>
              {FOURRIERE_OUTCOME_LABELS[a.outcome.type]} le {formatDay(a.outcome.outcomeOn)}
              {a.outcome.ownerName ? ` — ${a.outcome.ownerName}` : ''}
              {a.outcome.associationName ? ` — ${a.outcome.associationName}` : ''}
              {a.outcome.adopterName ? ` — adoptant : ${a.outcome.adopterName}` : ''}
            </Typography>
            {a.outcome.reason && <Typography>Motif : {a.outcome.reason}</Typography>}
            <Typography variant="body2" color="text.secondary">
              Enregistrée par {a.outcome.recordedByLogin} le {formatDateTime(a.outcome.recordedAt)} — coût du séjour :{' '}
              {euros(a.outcome.stayCostCents)}
            </Typography>
            {a.payments.map((p) => (
              <Typography key={p.id}>
                Paiement du {formatDay(p.paidOn)} : {euros(p.amountCents)} ({PAYMENT_METHOD_LABELS[p.method]}
                {p.receiptNumber ? `, quittance ${p.receiptNumber}` : ''}) par {p.payerName}
              </Typography>
            ))}
          </Stack>
        ) : (
          <OutcomeForm
            animalId={a.id}
            identified={a.identificationKind !== 'NONE'}
            knownOwner={
              lastFound
                ? {
                    name: lastFound.ownerName ?? '',
                    contact: [lastFound.ownerPhone, lastFound.ownerAddress].filter(Boolean).join(' — '),
                  }
                : null
            }
          />
        )}
      </RecordSection>
    </Stack>
  );
}
