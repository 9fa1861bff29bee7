import { useMutation } from '@apollo/client/react';
import { Alert, Box, Button, Stack, TextField } from '@mui/material';
import { FOURRIERE_VET_ACT_KINDS, type FourriereVetActKind } from '@call/domain';
import { useState } from 'react';
import { useForm, type UseFormSetError } from 'react-hook-form';
import { applyServerErrors } from '../../shared/graphql-errors';
import { todayInFrance } from '../../shared/format';
import { parseEuros } from './fourriere-format';
import { AddFourriereVetActMutation } from './graphql/add-fourriere-vet-act.mutation';
import { FourriereAnimalQuery } from './graphql/fourriere-animal.query';
import { FourriereOutcomeOptionsQuery } from './graphql/fourriere-outcome-options.query';

interface Values {
  kind: FourriereVetActKind;
  actOn: string;
  amount: string;
  notes: string;
}
const SERVER_FIELDS = ['kind', 'actOn', 'amountCents', 'notes'] as const;
type ServerValues = Record<(typeof SERVER_FIELDS)[number], string>;
const native = { select: { native: true }, inputLabel: { shrink: true } } as const;

/** Records a veterinary act of the stay; it is added to the fees the owner pays on return. */
export function VetActForm({ animalId }: { animalId: string }) {
  // the outcome form's fee quote must include the new act
  const [add] = useMutation(AddFourriereVetActMutation, {
    refetchQueries: [FourriereAnimalQuery, FourriereOutcomeOptionsQuery],
  });
  const [serverError, setServerError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    defaultValues: { kind: 'VACCINATION', actOn: todayInFrance(), amount: '', notes: '' },
  });
  // the amount is typed in euros; the server speaks of cents
  const setServerFieldError: UseFormSetError<ServerValues> = (name, e, o) =>
    setError(name === 'amountCents' ? 'amount' : name, e, o);
  const submit = handleSubmit(async (v) => {
    setServerError(null);
    try {
      await add({
        variables: {
          input: {
            animalId,
            kind: v.kind,
            actOn: v.actOn,
            amountCents: parseEuros(v.amount)!,
            notes: v.notes.trim() || null,
          },
        },
      });
      reset({ ...v, amount: '', notes: '' });
      setFocus('kind');
    } catch (error) {
      setServerError(applyServerErrors(error, setServerFieldError, SERVER_FIELDS));
    }
  });
  return (
    <Box component="form" noValidate onSubmit={submit} aria-label="Acte vétérinaire">
      <Stack spacing={2}>
        {serverError && <Alert severity="error">{serverError}</Alert>}
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          <TextField
            select
            label="Nature de l’acte"
            slotProps={native}
            {...register('kind')}
            error={!!errors.kind}
            helperText={errors.kind?.message}
          >
            {FOURRIERE_VET_ACT_KINDS.map((k) => (
              <option key={k.code} value={k.code}>
                {k.label}
              </option>
            ))}
          </TextField>
          <TextField
            type="date"
            label="Date de l’acte"
            slotProps={{ inputLabel: { shrink: true } }}
            {...register('actOn', { required: 'La date de l’acte est obligatoire.' })}
            error={!!errors.actOn}
            helperText={errors.actOn?.message}
          />
          <TextField
            label="Montant (€)"
            slotProps={{ htmlInput: { inputMode: 'decimal' } }}
            {...register('amount', {
              required: 'Le montant est obligatoire.',
              validate: (a) => parseEuros(a) !== null || 'Saisissez un montant en euros (ex. 42,00).',
            })}
            error={!!errors.amount}
            helperText={errors.amount?.message}
          />
        </Stack>
        <TextField
          label="Notes de l’acte"
          {...register('notes')}
          error={!!errors.notes}
          helperText={errors.notes?.message}
        />
        <Box>
          <Button type="submit" variant="outlined" loading={isSubmitting}>
            Enregistrer l’acte
          </Button>
        </Box>
      </Stack>
    </Box>
  );
}
