import { useQuery } from '@apollo/client/react';
import { Alert, Box, Chip, Paper, Stack, Typography } from '@mui/material';
import {
  PDL_DEFECT_CATEGORIES,
  PDL_DEFECT_SEVERITIES,
  PDL_DWELLING_TYPES,
  PDL_LETTING_CONTEXTS,
  PDL_OUTCOMES,
  PDL_STATUSES,
} from '@call/domain';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { formatDay } from '../../shared/format';
import { PageHeader, QueryState } from '../../shared/kit';
import { PdlApmlDossierQuery } from './graphql/pdl-apml-dossier.query';
import { CompleteForm, DecisionForm, PlanVisitForm, VisitForm } from './PdlApmlStepForms';

const Line = ({ label, children }: { label: string; children: ReactNode }) => (
  <Typography>
    <strong>{label} :</strong> {children}
  </Typography>
);

/** An APML dossier: what was filed, where it stands (derived from the dates), and its next step. */
export function PdlApmlPage() {
  const { id } = useParams();
  const q = useQuery(PdlApmlDossierQuery, { variables: { id: id! }, fetchPolicy: 'cache-and-network' });
  return (
    <QueryState data={q.data} loading={q.loading} error={q.error} onRetry={() => void q.refetch()}>
      {({ pdlApmlDossier: d }) => {
        const step = { dossierId: d.id, version: d.version };
        return (
          <Box>
            <PageHeader
              title={`Dossier ${d.number}`}
              subtitle={
                <Chip
                  label={PDL_STATUSES.labels[d.status]}
                  color={d.outcome === 'REFUS' ? 'error' : d.outcome ? 'success' : 'default'}
                />
              }
            />
            <Stack spacing={2}>
              {d.tacitInDays !== null && d.tacitInDays !== undefined && (
                <Alert severity={d.urgency === 'NORMAL' ? 'info' : 'error'}>
                  Sans décision notifiée au plus tard le {formatDay(d.decisionDeadline)}, l’autorisation sera tacitement
                  acquise le {formatDay(d.tacitOn)} (dans {d.tacitInDays} jours).
                </Alert>
              )}
              {d.outcome === 'TACITE' && (
                <Alert severity="success">
                  Autorisation tacite acquise le {formatDay(d.tacitOn)} : aucune décision n’a été notifiée dans le mois
                  du récépissé (CCH L635-4).
                </Alert>
              )}
              <Paper sx={{ p: 2 }}>
                <Line label="Propriétaire">
                  {d.ownerName}
                  {d.ownerContact ? ` — ${d.ownerContact}` : ''}
                </Line>
                <Line label="Logement">
                  {d.street}, {d.communeName} — {PDL_DWELLING_TYPES.labels[d.dwellingType]},{' '}
                  {d.surfaceM2.toLocaleString('fr-FR')} m², {d.rooms} pièce(s)
                </Line>
                <Line label="Contexte">{PDL_LETTING_CONTEXTS.labels[d.lettingContext]}</Line>
                <Line label="Dépôt / récépissé">
                  {formatDay(d.depositedOn)} / {formatDay(d.receivedOn)}
                </Line>
                {d.completeOn && <Line label="Complet le">{formatDay(d.completeOn)}</Line>}
                {d.visitPlannedOn && (
                  <Line label="Visite">
                    {d.visitedOn
                      ? `faite le ${formatDay(d.visitedOn)}`
                      : `programmée le ${formatDay(d.visitPlannedOn)}`}{' '}
                    ({d.inspector})
                  </Line>
                )}
                {d.defects.map((x, i) => (
                  <Typography key={i} sx={{ pl: 2 }}>
                    • {PDL_DEFECT_CATEGORIES.labels[x.category]} — {PDL_DEFECT_SEVERITIES.labels[x.severity]}
                    {x.description ? ` : ${x.description}` : ''}
                  </Typography>
                ))}
                {d.decision && (
                  <Line label="Décision">
                    {PDL_OUTCOMES.labels[d.decision]} le {formatDay(d.decidedOn)}
                    {d.reasons ? ` — ${d.reasons}` : ''}
                    {d.works.length ? ` — travaux : ${d.works.join(' ; ')}` : ''}
                  </Line>
                )}
                {d.anahJoint && <Line label="ANAH">suivi conjoint avec une aide ANAH</Line>}
              </Paper>
              {!d.outcome && (
                <Paper sx={{ p: 2 }}>
                  {d.status === 'DEPOSITED' && <CompleteForm {...step} />}
                  {d.status === 'COMPLETE' && <PlanVisitForm {...step} />}
                  {d.status === 'VISIT_PLANNED' && <VisitForm {...step} plannedOn={d.visitPlannedOn ?? null} />}
                  {d.status !== 'DEPOSITED' && (
                    <Box sx={{ mt: d.status === 'VISITED' ? 0 : 3 }}>
                      <DecisionForm {...step} deadline={d.decisionDeadline} />
                    </Box>
                  )}
                </Paper>
              )}
            </Stack>
          </Box>
        );
      }}
    </QueryState>
  );
}
