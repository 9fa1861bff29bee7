import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Box,
  Button,
  MenuItem,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import {
  ADS_CONSULTED_SERVICES,
  ADS_CONSULTED_SERVICE_LABELS,
  ADS_MAJORATIONS,
  ADS_OPINIONS,
  ADS_OPINION_LABELS,
  type AdsConsultedService,
  type AdsMajorationKind,
  type AdsOpinion,
} from '@call/domain';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { DateField, DateInput, useNotify } from '../../shared/kit';
import type { AdsDossierFieldsFragment } from '../../gql/graphql';
import { applyServerErrors, errorMessage } from '../../shared/graphql-errors';
import { formatDay, todayInFrance } from '../../shared/format';
import { AddAdsConsultationMutation } from './graphql/add-ads-consultation.mutation';
import { AddAdsMajorationMutation } from './graphql/add-ads-majoration.mutation';
import { RecordAdsOpinionMutation } from './graphql/record-ads-opinion.mutation';

/** Consulted services with their due dates and opinions, and the notified majorations of the delay. */
type ConsultValues = { service: AdsConsultedService; sentOn: string };
type MajorationValues = { kind: AdsMajorationKind; notifiedOn: string };

export function AdsConsultationsPanel({
  dossier,
  canWrite,
}: {
  dossier: AdsDossierFieldsFragment;
  /** The user may record (agents and director of the service); others only read. */
  canWrite: boolean;
}) {
  const [addConsultation] = useMutation(AddAdsConsultationMutation);
  const [recordOpinion] = useMutation(RecordAdsOpinionMutation);
  const [addMajoration] = useMutation(AddAdsMajorationMutation);
  const [error, setError] = useState<string | null>(null);
  const notify = useNotify();
  const consult = useForm<ConsultValues>({
    defaultValues: { service: 'ABF', sentOn: todayInFrance() },
  });
  const majoration = useForm<MajorationValues>({
    defaultValues: { kind: 'R423_24', notifiedOn: todayInFrance() },
  });
  const [opinion, setOpinion] = useState<Record<string, { opinion: AdsOpinion; on: string }>>({});

  const sendConsultation = consult.handleSubmit(async (v) => {
    setError(null);
    try {
      await addConsultation({ variables: { dossierId: dossier.id, input: v } });
      notify(`Consultation envoyée : ${ADS_CONSULTED_SERVICE_LABELS[v.service]}.`);
    } catch (e) {
      setError(applyServerErrors(e, consult.setError, ['sentOn', 'service']));
    }
  });
  const notifyMajoration = majoration.handleSubmit(async (v) => {
    setError(null);
    try {
      await addMajoration({ variables: { dossierId: dossier.id, input: v } });
      notify('Majoration du délai enregistrée.');
    } catch (e) {
      setError(applyServerErrors(e, majoration.setError, ['notifiedOn', 'kind']));
    }
  });
  const saveOpinion = async (id: string) => {
    const o = opinion[id] ?? { opinion: 'FAVOURABLE', on: todayInFrance() };
    setError(null);
    try {
      const expectedVersion = dossier.consultations.find((c) => c.id === id)?.version ?? 0;
      await recordOpinion({
        variables: { consultationId: id, input: { opinion: o.opinion, opinionOn: o.on, expectedVersion } },
      });
      notify('Avis enregistré.');
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label="Consultations">
      <Stack spacing={2}>
        <Typography variant="h6" component="h2">
          Consultations
        </Typography>
        {error && <Alert severity="error">{error}</Alert>}
        {dossier.consultations.length === 0 ? (
          <Typography variant="body2">Aucun service consulté.</Typography>
        ) : (
          <TableContainer>
            <Table size="small" aria-label="Services consultés">
              <TableHead>
                <TableRow>
                  <TableCell>Service</TableCell>
                  <TableCell>Envoi</TableCell>
                  <TableCell>Échéance</TableCell>
                  <TableCell>Avis</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {dossier.consultations.map((c) => (
                  <TableRow key={c.id}>
                    <TableCell>{ADS_CONSULTED_SERVICE_LABELS[c.service]}</TableCell>
                    <TableCell>{formatDay(c.sentOn)}</TableCell>
                    <TableCell>{formatDay(c.dueOn)}</TableCell>
                    <TableCell>
                      {c.opinion || !dossier.consultationsAllowed || !canWrite ? (
                        <>
                          {c.effectiveOpinion ? ADS_OPINION_LABELS[c.effectiveOpinion] : 'En attente'}
                          {c.opinionOn ? ` (${formatDay(c.opinionOn)})` : ''}
                        </>
                      ) : (
                        <Stack direction="row" spacing={1}>
                          <TextField
                            select
                            size="small"
                            label="Avis"
                            value={opinion[c.id]?.opinion ?? 'FAVOURABLE'}
                            onChange={(e) =>
                              setOpinion({
                                ...opinion,
                                [c.id]: {
                                  on: opinion[c.id]?.on ?? todayInFrance(),
                                  opinion: e.target.value as AdsOpinion,
                                },
                              })
                            }
                          >
                            {ADS_OPINIONS.filter((o) => o.code !== 'TACIT').map((o) => (
                              <MenuItem key={o.code} value={o.code}>
                                {o.label}
                              </MenuItem>
                            ))}
                          </TextField>
                          <DateField
                            size="small"
                            label="Reçu le"
                            value={opinion[c.id]?.on ?? todayInFrance()}
                            onChange={(on) =>
                              setOpinion({
                                ...opinion,
                                [c.id]: { opinion: opinion[c.id]?.opinion ?? 'FAVOURABLE', on },
                              })
                            }
                          />
                          <Button size="small" onClick={() => saveOpinion(c.id)}>
                            Enregistrer l’avis
                          </Button>
                        </Stack>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
        {dossier.consultationsAllowed && canWrite && (
          <>
            <Box component="form" noValidate onSubmit={sendConsultation} aria-label="Consulter un service">
              <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
                <TextField
                  select
                  size="small"
                  label="Service consulté"
                  sx={{ minWidth: 260 }}
                  {...consult.register('service')}
                  defaultValue="ABF"
                >
                  {ADS_CONSULTED_SERVICES.map((s) => (
                    <MenuItem key={s.code} value={s.code}>
                      {s.label}
                    </MenuItem>
                  ))}
                </TextField>
                <DateInput<ConsultValues>
                  control={consult.control}
                  size="small"
                  name="sentOn"
                  label="Date d’envoi"
                  required
                />
                <Button type="submit">Consulter</Button>
              </Stack>
            </Box>
            <Box component="form" noValidate onSubmit={notifyMajoration} aria-label="Notifier une majoration">
              <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
                <TextField
                  select
                  size="small"
                  label="Majoration du délai"
                  sx={{ minWidth: 260 }}
                  {...majoration.register('kind')}
                  defaultValue="R423_24"
                >
                  {ADS_MAJORATIONS.map((m) => (
                    <MenuItem key={m.code} value={m.code}>
                      {m.label}
                    </MenuItem>
                  ))}
                </TextField>
                <DateInput<MajorationValues>
                  control={majoration.control}
                  size="small"
                  name="notifiedOn"
                  label="Notifiée le"
                  required
                />
                <Button type="submit">Notifier la majoration</Button>
              </Stack>
            </Box>
          </>
        )}
      </Stack>
    </Paper>
  );
}
