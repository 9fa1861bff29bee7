import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Paper, Stack } from '@mui/material';
import { useState } from 'react';
import {
  FOURRIERE_ORIGINS,
  FOURRIERE_SEXES,
  FOURRIERE_SPECIES,
  IDENTIFICATION_KINDS,
  identificationError,
  type FourriereOrigin,
  type FourriereSex,
  type FourriereSpecies,
  type IdentificationKind,
  toParisDateTimeLocal,
} from '@call/domain';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { graphQLErrorsOf } from '../../shared/graphql-errors';
import { DateTimeInput, DecimalInput, FormShell, PageHeader, SelectInput, TextInput } from '../../shared/kit';
import { FourriereAnimalsQuery } from './graphql/fourriere-animals.query';
import { FourriereCommunesQuery } from './graphql/fourriere-communes.query';
import { RecordFourriereIntakeMutation } from './graphql/record-fourriere-intake.mutation';

interface IntakeValues {
  species: FourriereSpecies;
  origin: FourriereOrigin;
  intakeAt: string; // datetime-local, sent as typed: the API reads it as Paris time
  communeInsee: string;
  place: string;
  breed: string;
  sex: FourriereSex;
  colour: string;
  estimatedAge: string;
  litterSize: number | null;
  identificationKind: IdentificationKind;
  identificationNumber: string;
  requisitionRef: string;
  contractorRef: string;
  healthNotes: string;
}
const FIELDS = [
  'species',
  'origin',
  'intakeAt',
  'communeInsee',
  'place',
  'breed',
  'sex',
  'colour',
  'estimatedAge',
  'litterSize',
  'identificationKind',
  'identificationNumber',
  'requisitionRef',
  'contractorRef',
  'healthNotes',
] as const;

const defaults = (): IntakeValues => ({
  species: 'DOG',
  origin: 'CAPTURE_MAYOR',
  intakeAt: toParisDateTimeLocal(new Date()),
  communeInsee: '',
  place: '',
  breed: '',
  sex: 'UNKNOWN',
  colour: '',
  estimatedAge: '',
  litterSize: 1,
  identificationKind: 'NONE',
  identificationNumber: '',
  requisitionRef: '',
  contractorRef: '',
  healthNotes: '',
});

const toInput = (v: IntakeValues) => ({
  ...v,
  // sent as typed: the API reads a date-time without offset as Paris time
  intakeAt: v.intakeAt,
  litterSize: v.litterSize ?? 1,
  identificationNumber: v.identificationKind === 'NONE' ? null : v.identificationNumber,
  requisitionRef: v.origin === 'REQUISITION' ? v.requisitionRef : null,
});

/** Intake form: keyboard first (native selects, Enter submits), a litter recorded at once. */
export function FourriereIntakePage() {
  const communes = useQuery(FourriereCommunesQuery);
  const [record] = useMutation(RecordFourriereIntakeMutation, { refetchQueries: [FourriereAnimalsQuery] });
  const form = useForm<IntakeValues>({ defaultValues: defaults() });
  const origin = form.watch('origin');
  const kind = form.watch('identificationKind');
  const [presentAnimalId, setPresentAnimalId] = useState<string | null>(null);

  return (
    <Stack spacing={3} sx={{ maxWidth: 760 }}>
      <PageHeader title="Nouvelle entrée en fourrière" />
      <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 } }}>
        <FormShell
          form={form}
          label="Nouvelle entrée en fourrière"
          serverFields={FIELDS}
          submitLabel="Enregistrer l’entrée"
          cancelTo="/fourriere"
          success={(v) =>
            (v.litterSize ?? 1) > 1 ? `${v.litterSize} animaux enregistrés en fourrière.` : 'Entrée enregistrée.'
          }
          onSubmit={async (v) => {
            setPresentAnimalId(null);
            try {
              const { data } = await record({ variables: { input: toInput(v) } });
              const created = data?.recordFourriereIntake ?? [];
              return created.length === 1 ? `/fourriere/animaux/${created[0].id}` : '/fourriere';
            } catch (error) {
              // the chip is already that of an animal present: link to its file rather than enter it twice
              const details = graphQLErrorsOf(error)[0]?.extensions?.details as { animalId?: string } | undefined;
              setPresentAnimalId(details?.animalId ?? null);
              throw error;
            }
          }}
        >
          <Stack spacing={2}>
            {presentAnimalId && (
              <Alert severity="warning">
                <Link to={`/fourriere/animaux/${presentAnimalId}`}>Ouvrir la fiche de l’animal déjà présent</Link>
              </Alert>
            )}
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <SelectInput<IntakeValues>
                native
                name="species"
                label="Espèce"
                autoFocus
                fullWidth
                choices={FOURRIERE_SPECIES}
              />
              <SelectInput<IntakeValues> native name="origin" label="Origine" fullWidth choices={FOURRIERE_ORIGINS} />
            </Stack>
            {origin === 'REQUISITION' && (
              <TextInput<IntakeValues>
                name="requisitionRef"
                label="Référence de la procédure"
                requiredMessage="La référence de la procédure judiciaire est obligatoire."
              />
            )}
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <DateTimeInput<IntakeValues> name="intakeAt" label="Date d’entrée" timeLabel="Heure" required notFuture />
              <SelectInput<IntakeValues>
                native
                name="communeInsee"
                label="Commune de capture"
                fullWidth
                emptyLabel="—"
                choices={(communes.data?.communes ?? []).map((c) => ({ value: c.inseeCode, label: c.name }))}
                requiredMessage="Choisissez la commune."
              />
            </Stack>
            <TextInput<IntakeValues> name="place" label="Lieu de capture" />
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <TextInput<IntakeValues> name="breed" label="Race" fullWidth />
              <SelectInput<IntakeValues> native name="sex" label="Sexe" fullWidth choices={FOURRIERE_SEXES} />
              <TextInput<IntakeValues> name="colour" label="Robe" fullWidth />
              <TextInput<IntakeValues> name="estimatedAge" label="Âge estimé" fullWidth />
            </Stack>
            <DecimalInput<IntakeValues>
              name="litterSize"
              label="Nombre d’animaux (portée)"
              required
              min={1}
              max={15}
              maxDecimals={0}
              sx={{ maxWidth: 260 }}
            />
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <SelectInput<IntakeValues>
                native
                name="identificationKind"
                label="Identification"
                fullWidth
                choices={IDENTIFICATION_KINDS}
              />
              {kind !== 'NONE' && (
                <TextInput<IntakeValues>
                  name="identificationNumber"
                  label="Numéro d’identification"
                  fullWidth
                  rules={{ validate: (n) => identificationError(kind, n as string) ?? true }}
                />
              )}
            </Stack>
            <TextInput<IntakeValues> name="contractorRef" label="Référence SACPA" />
            <TextInput<IntakeValues> name="healthNotes" label="Observations sanitaires" multiline minRows={2} />
          </Stack>
        </FormShell>
      </Paper>
    </Stack>
  );
}
