import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Box, Button, Paper, Stack, TextField, Typography } from '@mui/material';
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
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { applyServerErrors, graphQLErrorsOf } from '../../shared/graphql-errors';
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
  litterSize: number;
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

const native = { select: { native: true }, inputLabel: { shrink: true } } as const;

/** Intake form: keyboard first (native selects, Enter submits), a litter recorded at once. */
export function FourriereIntakePage() {
  const navigate = useNavigate();
  const communes = useQuery(FourriereCommunesQuery);
  const [record] = useMutation(RecordFourriereIntakeMutation, { refetchQueries: [FourriereAnimalsQuery] });
  const [serverError, setServerError] = useState<string | null>(null);
  const [presentAnimalId, setPresentAnimalId] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    watch,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<IntakeValues>({
    defaultValues: {
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
    },
  });
  const origin = watch('origin');
  const kind = watch('identificationKind');
  const err = (name: keyof IntakeValues) => ({ error: !!errors[name], helperText: errors[name]?.message });

  const submit = handleSubmit(async (v) => {
    setServerError(null);
    try {
      const { data } = await record({
        variables: {
          input: {
            ...v,
            litterSize: Number(v.litterSize),
            identificationNumber: v.identificationKind === 'NONE' ? null : v.identificationNumber,
            requisitionRef: v.origin === 'REQUISITION' ? v.requisitionRef : null,
          },
        },
      });
      const created = data?.recordFourriereIntake ?? [];
      navigate(created.length === 1 ? `/fourriere/animaux/${created[0].id}` : '/fourriere');
    } catch (error) {
      // the chip is already that of an animal present: link to its file rather than enter it twice
      const details = graphQLErrorsOf(error)[0]?.extensions?.details as { animalId?: string } | undefined;
      setPresentAnimalId(details?.animalId ?? null);
      setServerError(applyServerErrors(error, setError, FIELDS));
    }
  });

  return (
    <Stack spacing={3} sx={{ maxWidth: 760 }}>
      <Typography variant="h4" component="h1">
        Nouvelle entrée en fourrière
      </Typography>
      <Paper variant="outlined" sx={{ p: 3 }}>
        <Box component="form" noValidate onSubmit={submit} aria-label="Nouvelle entrée en fourrière">
          <Stack spacing={2}>
            {serverError && <Alert severity="error">{serverError}</Alert>}
            {presentAnimalId && (
              <Alert severity="warning">
                <Link to={`/fourriere/animaux/${presentAnimalId}`}>Ouvrir la fiche de l’animal déjà présent</Link>
              </Alert>
            )}
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <TextField select label="Espèce" autoFocus fullWidth slotProps={native} {...register('species')}>
                {FOURRIERE_SPECIES.map((s) => (
                  <option key={s.code} value={s.code}>
                    {s.label}
                  </option>
                ))}
              </TextField>
              <TextField select label="Origine" fullWidth slotProps={native} {...register('origin')}>
                {FOURRIERE_ORIGINS.map((o) => (
                  <option key={o.code} value={o.code}>
                    {o.label}
                  </option>
                ))}
              </TextField>
            </Stack>
            {origin === 'REQUISITION' && (
              <TextField
                label="Référence de la procédure"
                {...register('requisitionRef', {
                  required: 'La référence de la procédure judiciaire est obligatoire.',
                })}
                {...err('requisitionRef')}
              />
            )}
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <TextField
                type="datetime-local"
                label="Date et heure d’entrée"
                fullWidth
                slotProps={{ inputLabel: { shrink: true } }}
                {...register('intakeAt', { required: 'La date d’entrée est obligatoire.' })}
                {...err('intakeAt')}
              />
              <TextField
                select
                label="Commune de capture"
                fullWidth
                slotProps={native}
                {...register('communeInsee', { required: 'Choisissez la commune.' })}
                {...err('communeInsee')}
              >
                <option value="">—</option>
                {communes.data?.communes.map((c) => (
                  <option key={c.inseeCode} value={c.inseeCode}>
                    {c.name}
                  </option>
                ))}
              </TextField>
            </Stack>
            <TextField label="Lieu de capture" {...register('place')} {...err('place')} />
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <TextField label="Race" fullWidth {...register('breed')} />
              <TextField select label="Sexe" fullWidth slotProps={native} {...register('sex')}>
                {FOURRIERE_SEXES.map((s) => (
                  <option key={s.code} value={s.code}>
                    {s.label}
                  </option>
                ))}
              </TextField>
              <TextField label="Robe" fullWidth {...register('colour')} />
              <TextField label="Âge estimé" fullWidth {...register('estimatedAge')} />
            </Stack>
            <TextField
              type="number"
              label="Nombre d’animaux (portée)"
              slotProps={{ htmlInput: { min: 1, max: 15 } }}
              {...register('litterSize', {
                min: { value: 1, message: 'Au moins 1 animal.' },
                max: { value: 15, message: 'Au plus 15 animaux.' },
              })}
              {...err('litterSize')}
              sx={{ maxWidth: 260 }}
            />
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <TextField select label="Identification" fullWidth slotProps={native} {...register('identificationKind')}>
                {IDENTIFICATION_KINDS.map((k) => (
                  <option key={k.code} value={k.code}>
                    {k.label}
                  </option>
                ))}
              </TextField>
              {kind !== 'NONE' && (
                <TextField
                  label="Numéro d’identification"
                  fullWidth
                  {...register('identificationNumber', { validate: (n) => identificationError(kind, n) ?? true })}
                  {...err('identificationNumber')}
                />
              )}
            </Stack>
            <TextField label="Référence SACPA" {...register('contractorRef')} />
            <TextField label="Observations sanitaires" multiline minRows={2} {...register('healthNotes')} />
            <Stack direction="row" spacing={1}>
              <Button type="submit" variant="contained" loading={isSubmitting}>
                Enregistrer l’entrée
              </Button>
              <Button component={Link} to="/fourriere">
                Annuler
              </Button>
            </Stack>
          </Stack>
        </Box>
      </Paper>
    </Stack>
  );
}
