import { useMutation } from '@apollo/client/react';
import { Alert, Box, Button, Stack, TextField } from '@mui/material';
import { FOURRIERE_SPECIES, type FourriereSpecies } from '@call/domain';
import { useState } from 'react';
import { useForm, type UseFormSetError } from 'react-hook-form';
import { applyServerErrors } from '../../shared/graphql-errors';
import { todayInFrance } from '../../shared/format';
import { parseEuros } from './fourriere-format';
import { FourriereTariffsQuery } from './graphql/fourriere-tariffs.query';
import { SetFourriereTariffMutation } from './graphql/set-fourriere-tariff.mutation';

interface Values {
  validFrom: string;
  species: FourriereSpecies;
  capture: string;
  boardingPerDay: string;
  identification: string;
  vetVisit: string;
  note: string;
}
type Amount = 'capture' | 'boardingPerDay' | 'identification' | 'vetVisit';
const AMOUNTS: { name: Amount; label: string }[] = [
  { name: 'capture', label: 'Capture et transport (€)' },
  { name: 'boardingPerDay', label: 'Garde par jour (€)' },
  { name: 'identification', label: 'Identification (€)' },
  { name: 'vetVisit', label: 'Visite vétérinaire (€)' },
];
// the server names amounts in cents (captureCents): its errors go under the field typed in euros
const SERVER_FIELDS = [
  'validFrom',
  'species',
  'captureCents',
  'boardingPerDayCents',
  'identificationCents',
  'vetVisitCents',
  'note',
] as const;
type ServerValues = Record<(typeof SERVER_FIELDS)[number], string>;
const native = { select: { native: true }, inputLabel: { shrink: true } } as const;
const AMOUNT_RULE = {
  required: 'Le montant est obligatoire.',
  validate: (v: string) => parseEuros(v) !== null || 'Saisissez un montant en euros (ex. 70,00).',
};

/** A new dated tariff for one species: stays begun before its date keep the former price. */
export function TariffForm() {
  const [setTariff] = useMutation(SetFourriereTariffMutation, { refetchQueries: [FourriereTariffsQuery] });
  const [serverError, setServerError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    defaultValues: {
      validFrom: todayInFrance(),
      species: 'DOG',
      capture: '',
      boardingPerDay: '',
      identification: '',
      vetVisit: '',
      note: '',
    },
  });
  const setServerFieldError: UseFormSetError<ServerValues> = (name, e, o) =>
    setError(name.replace(/Cents$/, '') as keyof Values, e, o);
  const submit = handleSubmit(async (v) => {
    setServerError(null);
    setSaved(null);
    try {
      await setTariff({
        variables: {
          input: {
            validFrom: v.validFrom,
            species: v.species,
            captureCents: parseEuros(v.capture)!,
            boardingPerDayCents: parseEuros(v.boardingPerDay)!,
            identificationCents: parseEuros(v.identification)!,
            vetVisitCents: parseEuros(v.vetVisit)!,
            note: v.note.trim() || null,
          },
        },
      });
      setSaved('Tarif enregistré.');
    } catch (error) {
      setServerError(applyServerErrors(error, setServerFieldError, SERVER_FIELDS));
    }
  });
  return (
    <Box component="form" noValidate onSubmit={submit} aria-label="Nouveau tarif">
      <Stack spacing={2}>
        {serverError && <Alert severity="error">{serverError}</Alert>}
        {saved && <Alert severity="success">{saved}</Alert>}
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          <TextField
            type="date"
            label="En vigueur à partir du"
            autoFocus
            slotProps={{ inputLabel: { shrink: true } }}
            {...register('validFrom', { required: 'La date d’entrée en vigueur est obligatoire.' })}
            error={!!errors.validFrom}
            helperText={errors.validFrom?.message}
          />
          <TextField
            select
            label="Espèce"
            slotProps={native}
            {...register('species')}
            error={!!errors.species}
            helperText={errors.species?.message}
          >
            {FOURRIERE_SPECIES.map((s) => (
              <option key={s.code} value={s.code}>
                {s.label}
              </option>
            ))}
          </TextField>
        </Stack>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          {AMOUNTS.map((a) => (
            <TextField
              key={a.name}
              label={a.label}
              slotProps={{ htmlInput: { inputMode: 'decimal' } }}
              {...register(a.name, AMOUNT_RULE)}
              error={!!errors[a.name]}
              helperText={errors[a.name]?.message}
            />
          ))}
        </Stack>
        <TextField
          label="Note (délibération)"
          {...register('note')}
          error={!!errors.note}
          helperText={errors.note?.message}
        />
        <Box>
          <Button type="submit" variant="contained" loading={isSubmitting}>
            Enregistrer le tarif
          </Button>
        </Box>
      </Stack>
    </Box>
  );
}
