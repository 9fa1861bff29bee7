import { Alert, Box, Button, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useForm, type UseFormSetError } from 'react-hook-form';

export interface SignInValues {
  login: string;
  password: string;
}

export const SIGN_IN_FIELDS = ['login', 'password'] as const;

interface Props {
  /** Resolves with an error message for the Alert, or null on success. */
  onSubmit: (values: SignInValues, setError: UseFormSetError<SignInValues>) => Promise<string | null>;
}

export function SignInForm({ onSubmit }: Props) {
  const [serverError, setServerError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SignInValues>({ defaultValues: { login: '', password: '' } });

  const submit = handleSubmit(async (values) => {
    setServerError(null);
    setServerError(await onSubmit(values, setError));
  });

  return (
    <Box component="form" noValidate onSubmit={submit} aria-label="Connexion">
      <Stack spacing={2}>
        {serverError && <Alert severity="error">{serverError}</Alert>}
        <TextField
          label="Identifiant"
          autoComplete="username"
          autoFocus
          fullWidth
          {...register('login', { required: 'Veuillez saisir votre identifiant.' })}
          error={!!errors.login}
          helperText={errors.login?.message}
        />
        <TextField
          label="Mot de passe"
          type="password"
          autoComplete="current-password"
          fullWidth
          {...register('password', { required: 'Veuillez saisir votre mot de passe.' })}
          error={!!errors.password}
          helperText={errors.password?.message}
        />
        <Button type="submit" variant="contained" size="large" loading={isSubmitting}>
          Se connecter
        </Button>
      </Stack>
    </Box>
  );
}
