import { useMutation } from '@apollo/client/react';
import { Alert, Box, Button, Stack, TextField } from '@mui/material';
import { COURT_RULINGS, type CourtRuling } from '@call/domain';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { applyServerErrors } from '../../shared/graphql-errors';
import { todayInFrance } from '../../shared/format';
import { FourriereAnimalQuery } from './graphql/fourriere-animal.query';
import { FourriereOutcomeOptionsQuery } from './graphql/fourriere-outcome-options.query';
import { RecordFourriereCourtDecisionMutation } from './graphql/record-fourriere-court-decision.mutation';

interface Values {
  decidedOn: string;
  ruling: CourtRuling;
  content: string;
}
const native = { select: { native: true }, inputLabel: { shrink: true } } as const;

/** The court's decision for a seized animal: it says which outcome is possible, from which day. */
/** `version`: the animal's version on screen; a decision recorded meanwhile by someone else is not overwritten. */
export function CourtDecisionForm({ animalId, version }: { animalId: string; version: number }) {
  const [record] = useMutation(RecordFourriereCourtDecisionMutation, {
    refetchQueries: [FourriereAnimalQuery, FourriereOutcomeOptionsQuery],
  });
  const [serverError, setServerError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ defaultValues: { decidedOn: todayInFrance(), ruling: 'RESTITUTION', content: '' } });
  const submit = handleSubmit(async (v) => {
    setServerError(null);
    try {
      await record({ variables: { input: { animalId, ...v, expectedVersion: version } } });
    } catch (error) {
      setServerError(applyServerErrors(error, setError, ['decidedOn', 'ruling', 'content']));
    }
  });
  return (
    <Box component="form" noValidate onSubmit={submit} aria-label="Décision judiciaire">
      <Stack spacing={2}>
        {serverError && <Alert severity="error">{serverError}</Alert>}
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          <TextField
            type="date"
            label="Date de la décision"
            slotProps={{ inputLabel: { shrink: true } }}
            {...register('decidedOn', { required: 'La date est obligatoire.' })}
            error={!!errors.decidedOn}
            helperText={errors.decidedOn?.message}
          />
          <TextField select label="Décision" slotProps={native} {...register('ruling')}>
            {COURT_RULINGS.map((r) => (
              <option key={r.code} value={r.code}>
                {r.label}
              </option>
            ))}
          </TextField>
        </Stack>
        <TextField
          label="Contenu de la décision"
          {...register('content', { required: 'Le contenu de la décision est obligatoire.' })}
          error={!!errors.content}
          helperText={errors.content?.message}
        />
        <Box>
          <Button type="submit" variant="outlined" loading={isSubmitting}>
            Enregistrer la décision
          </Button>
        </Box>
      </Stack>
    </Box>
  );
}
