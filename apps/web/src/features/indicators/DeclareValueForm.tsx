import { useMutation } from '@apollo/client/react';
import { Alert, Box, Button, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { applyServerErrors } from '../../shared/graphql-errors';
import { DeclareIndicatorValueMutation } from './graphql/declare-indicator-value.mutation';

interface Values {
  value: string;
  source: string;
}

/** Accepts the French decimal comma ("12,5") as well as a dot, and spaces between thousands. */
function parseFrenchNumber(text: string): number | null {
  const normalized = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(normalized)) return null;
  return Number(normalized);
}

interface Props {
  indicatorKey: string;
  year: number;
  current: number | null | undefined;
  /** Where the value comes from, as noted with it. */
  currentSource?: string | null;
}

export function DeclareValueForm({ indicatorKey, year, current, currentSource }: Props) {
  const [declare] = useMutation(DeclareIndicatorValueMutation);
  const [message, setMessage] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    defaultValues: { value: current == null ? '' : String(current).replace('.', ','), source: currentSource ?? '' },
  });

  const submit = handleSubmit(async ({ value, source }) => {
    setMessage(null);
    try {
      await declare({
        variables: { key: indicatorKey, year, value: parseFrenchNumber(value)!, source: source.trim() || null },
      });
      setMessage({ severity: 'success', text: 'Valeur enregistrée.' });
    } catch (error) {
      const text = applyServerErrors(error, setError, ['value', 'source']);
      if (text) setMessage({ severity: 'error', text });
    }
  });

  return (
    <Box component="form" noValidate onSubmit={submit} aria-label={`Déclarer la valeur ${year}`}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        <TextField
          label={`Valeur ${year}`}
          inputMode="decimal"
          {...register('value', {
            required: 'Veuillez saisir une valeur.',
            validate: (v) => parseFrenchNumber(v) !== null || 'Veuillez saisir un nombre (ex. : 12,5).',
          })}
          error={!!errors.value}
          helperText={errors.value?.message}
        />
        <TextField
          label="Source"
          placeholder="Bilan social, compte administratif…"
          {...register('source', { maxLength: { value: 500, message: '500 caractères au plus.' } })}
          error={!!errors.source}
          helperText={errors.source?.message}
        />
        <Button type="submit" variant="outlined" loading={isSubmitting}>
          Enregistrer
        </Button>
      </Stack>
      {message && (
        <Alert severity={message.severity} sx={{ mt: 1 }}>
          {message.text}
        </Alert>
      )}
    </Box>
  );
}
