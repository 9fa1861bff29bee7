import { useMutation } from '@apollo/client/react';
import { Button, IconButton, Stack, Typography } from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import {
  PDL_DECISIONS,
  PDL_DEFECT_CATEGORIES,
  PDL_DEFECT_SEVERITIES,
  type PdlDecision,
  type PdlDefectCategory,
  type PdlDefectSeverity,
} from '@call/domain';
import { useFieldArray, useForm } from 'react-hook-form';
import { todayInFrance } from '../../shared/format';
import { DateInput, FormShell, SelectInput, TextInput } from '../../shared/kit';
import { PdlApmlDossierQuery } from './graphql/pdl-apml-dossier.query';
import { PdlApmlDossiersQuery } from './graphql/pdl-apml-dossiers.query';
import {
  CompletePdlApmlMutation,
  DecidePdlApmlMutation,
  PlanPdlVisitMutation,
  RecordPdlVisitMutation,
} from './graphql/pdl-apml-steps.mutation';

interface Props {
  dossierId: string;
  version: number;
}
const REFETCH = { refetchQueries: [PdlApmlDossierQuery, PdlApmlDossiersQuery] };

export function CompleteForm({ dossierId, version }: Props) {
  const [complete] = useMutation(CompletePdlApmlMutation, REFETCH);
  const form = useForm<{ on: string }>({ defaultValues: { on: todayInFrance() } });
  return (
    <FormShell
      form={form}
      label="Dossier complet"
      serverFields={['on']}
      submitLabel="Déclarer le dossier complet"
      success="Dossier déclaré complet."
      onSubmit={async (v) => {
        await complete({ variables: { input: { dossierId, expectedVersion: version, on: v.on } } });
      }}
    >
      <DateInput<{ on: string }> name="on" label="Date du dossier complet" required notFuture />
    </FormShell>
  );
}

export function PlanVisitForm({ dossierId, version }: Props) {
  const [plan] = useMutation(PlanPdlVisitMutation, REFETCH);
  type V = { on: string; inspector: string };
  const form = useForm<V>({ defaultValues: { on: todayInFrance(), inspector: '' } });
  return (
    <FormShell
      form={form}
      label="Programmer la visite"
      serverFields={['on', 'inspector']}
      submitLabel="Programmer la visite"
      success="Visite programmée."
      onSubmit={async (v) => {
        await plan({ variables: { input: { dossierId, expectedVersion: version, ...v } } });
      }}
    >
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <DateInput<V> name="on" label="Date de visite" required />
        <TextInput<V> name="inspector" label="Inspecteur" required />
      </Stack>
    </FormShell>
  );
}

interface VisitValues {
  on: string;
  notes: string;
  defects: { category: PdlDefectCategory; severity: PdlDefectSeverity; description: string }[];
}

/** The visit and its grid of defects (décret 2002-120, safety and salubrity). */
export function VisitForm({ dossierId, version, plannedOn }: Props & { plannedOn: string | null }) {
  const [record] = useMutation(RecordPdlVisitMutation, REFETCH);
  const form = useForm<VisitValues>({ defaultValues: { on: plannedOn ?? todayInFrance(), notes: '', defects: [] } });
  const defects = useFieldArray({ control: form.control, name: 'defects' });
  return (
    <FormShell
      form={form}
      label="Compte rendu de visite"
      serverFields={['on', 'notes', 'defects']}
      submitLabel="Enregistrer la visite"
      success="Visite enregistrée."
      onSubmit={async (v) => {
        await record({
          variables: {
            input: {
              dossierId,
              expectedVersion: version,
              on: v.on,
              notes: v.notes.trim() || null,
              defects: v.defects.map((d) => ({ ...d, description: d.description.trim() || null })),
            },
          },
        });
      }}
    >
      <DateInput<VisitValues> name="on" label="Date de visite" required notFuture />
      <Typography variant="subtitle1">Grille des désordres</Typography>
      {defects.fields.map((f, i) => (
        <Stack key={f.id} direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: 'center' }}>
          <SelectInput<VisitValues>
            native
            name={`defects.${i}.category`}
            label={`Désordre ${i + 1} : nature`}
            choices={PDL_DEFECT_CATEGORIES}
          />
          <SelectInput<VisitValues>
            native
            name={`defects.${i}.severity`}
            label={`Désordre ${i + 1} : gravité`}
            choices={PDL_DEFECT_SEVERITIES}
          />
          <TextInput<VisitValues>
            name={`defects.${i}.description`}
            label={`Désordre ${i + 1} : description`}
            fullWidth
          />
          <IconButton aria-label={`Retirer le désordre ${i + 1}`} onClick={() => defects.remove(i)}>
            <DeleteIcon />
          </IconButton>
        </Stack>
      ))}
      <Button
        variant="text"
        sx={{ alignSelf: 'flex-start' }}
        onClick={() => defects.append({ category: 'ELECTRICITY', severity: 'MINOR', description: '' })}
      >
        Ajouter un désordre
      </Button>
      <TextInput<VisitValues> name="notes" label="Observations" multiline minRows={2} />
    </FormShell>
  );
}

interface DecisionValues {
  decision: PdlDecision;
  on: string;
  reasons: string;
  works: string;
}

/** The express decision: a refusal states its reasons and the works required (L635-3). */
export function DecisionForm({ dossierId, version, deadline }: Props & { deadline: string }) {
  const [decide] = useMutation(DecidePdlApmlMutation, REFETCH);
  const form = useForm<DecisionValues>({
    defaultValues: { decision: 'ACCORD', on: todayInFrance(), reasons: '', works: '' },
  });
  const decision = form.watch('decision');
  return (
    <FormShell
      form={form}
      label="Décision"
      serverFields={['decision', 'on', 'reasons', 'works']}
      submitLabel="Enregistrer la décision"
      success="Décision enregistrée."
      onSubmit={async (v) => {
        await decide({
          variables: {
            input: {
              dossierId,
              expectedVersion: version,
              decision: v.decision,
              on: v.on,
              reasons: v.reasons.trim() || null,
              works: v.works
                .split('\n')
                .map((w) => w.trim())
                .filter(Boolean),
            },
          },
        });
      }}
    >
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <SelectInput<DecisionValues> native name="decision" label="Décision" choices={PDL_DECISIONS} />
        <DateInput<DecisionValues> name="on" label="Date de décision" required notFuture max={deadline} />
      </Stack>
      {decision === 'REFUS' && (
        <TextInput<DecisionValues> name="reasons" label="Motifs du refus" multiline minRows={2} />
      )}
      {decision !== 'ACCORD' && (
        <TextInput<DecisionValues> name="works" label="Travaux prescrits (un par ligne)" multiline minRows={2} />
      )}
    </FormShell>
  );
}
