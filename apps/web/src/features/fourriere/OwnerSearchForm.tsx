import { useMutation } from '@apollo/client/react';
import { Alert, Box, Button, Stack, TextField } from '@mui/material';
import { OWNER_SEARCH_KINDS, OWNER_SEARCH_RESULTS, type OwnerSearchKind, type OwnerSearchResult } from '@call/domain';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { applyServerErrors } from '../../shared/graphql-errors';
import { todayInFrance } from '../../shared/format';
import { FourriereAnimalQuery } from './graphql/fourriere-animal.query';
import { RecordFourriereOwnerSearchMutation } from './graphql/record-fourriere-owner-search.mutation';

interface Values {
  doneOn: string;
  kind: OwnerSearchKind;
  result: OwnerSearchResult;
  ownerName: string;
  ownerPhone: string;
  ownerAddress: string;
  notes: string;
}
const FIELDS = ['doneOn', 'kind', 'result', 'ownerName', 'ownerPhone', 'ownerAddress', 'notes'] as const;
const native = { select: { native: true }, inputLabel: { shrink: true } } as const;

/** Logs an I-CAD lookup, a call or a letter: the proof of the owner search. */
export function OwnerSearchForm({ animalId }: { animalId: string }) {
  const [record] = useMutation(RecordFourriereOwnerSearchMutation, { refetchQueries: [FourriereAnimalQuery] });
  const [serverError, setServerError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    watch,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    defaultValues: {
      doneOn: todayInFrance(),
      kind: 'ICAD_LOOKUP',
      result: 'OWNER_FOUND',
      ownerName: '',
      ownerPhone: '',
      ownerAddress: '',
      notes: '',
    },
  });
  const found = watch('result') === 'OWNER_FOUND';
  const submit = handleSubmit(async (v) => {
    setServerError(null);
    try {
      await record({ variables: { input: { animalId, ...v } } });
      reset({ ...v, ownerName: '', ownerPhone: '', ownerAddress: '', notes: '' });
    } catch (error) {
      setServerError(applyServerErrors(error, setError, FIELDS));
    }
  });
  return (
    <Box component="form" noValidate onSubmit={submit} aria-label="Consigner une démarche">
      <Stack spacing={2}>
        {serverError && <Alert severity="error">{serverError}</Alert>}
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          <TextField
            type="date"
            label="Date de la démarche"
            slotProps={{ inputLabel: { shrink: true } }}
            {...register('doneOn', { required: 'La date est obligatoire.' })}
            error={!!errors.doneOn}
            helperText={errors.doneOn?.message}
          />
          <TextField select label="Démarche" slotProps={native} {...register('kind')}>
            {OWNER_SEARCH_KINDS.map((k) => (
              <option key={k.code} value={k.code}>
                {k.label}
              </option>
            ))}
          </TextField>
          <TextField select label="Résultat" slotProps={native} {...register('result')}>
            {OWNER_SEARCH_RESULTS.map((k) => (
              <option key={k.code} value={k.code}>
                {k.label}
              </option>
            ))}
          </TextField>
        </Stack>
        {found && (
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
            <TextField
              label="Propriétaire"
              {...register('ownerName', { required: 'Le nom du propriétaire trouvé est obligatoire.' })}
              error={!!errors.ownerName}
              helperText={errors.ownerName?.message}
            />
            <TextField label="Téléphone" {...register('ownerPhone')} />
            <TextField label="Adresse" sx={{ flex: 1 }} {...register('ownerAddress')} />
          </Stack>
        )}
        <TextField label="Notes" {...register('notes')} />
        <Box>
          <Button type="submit" variant="outlined" loading={isSubmitting}>
            Consigner la démarche
          </Button>
        </Box>
      </Stack>
    </Box>
  );
}
